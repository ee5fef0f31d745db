// What an editing view works on: the year's picture with the ETags it was read with, the signed-in
// user and the actor the domain rules judge (regional staff from the SharePoint group, heads from
// the organisation list). Loaded once; edits update it in place through `update`.
import * as React from 'react';
import type { CollectionPlace, CurrentUser, IMiljoRepository, ItemVersions } from '../../ports';
import type { IsoDate, Year, YearPicture } from '../../domain/model';
import { Actor, deriveActor } from '../../domain/rules/actor';
import { defaultYear } from './defaultSelection';
import { useLoad } from './useLoad';

export interface YearWorkspace {
  year: Year;
  picture: YearPicture;
  etags: ItemVersions;
  user: CurrentUser;
  actor: Actor;
}

export type WorkspaceState =
  | { kind: 'loading' }
  | { kind: 'listsMissing'; missing: CollectionPlace[] }
  | { kind: 'error'; error: unknown }
  | { kind: 'ready'; workspace: YearWorkspace };

export interface IYearWorkspace {
  state: WorkspaceState;
  reload(): void;
  /** Applies a change to the loaded workspace (an optimistic edit, or its rollback). */
  update(change: (workspace: YearWorkspace) => YearWorkspace): void;
}

export async function loadWorkspace(repository: IMiljoRepository, today: IsoDate, requestedYear?: Year): Promise<WorkspaceState> {
  const lists = await repository.checkLists();
  if (lists.missing.length > 0) return { kind: 'listsMissing', missing: lists.missing };
  const [user, years] = await Promise.all([repository.currentUser(), repository.years()]);
  const year = requestedYear ?? defaultYear(years, today);
  const { picture, etags } = await repository.loadYear(year);
  const actor = deriveActor(user.person, picture.orgUnits, user.isRegionalStaff, user.staffOfForvaltningIds);
  return { kind: 'ready', workspace: { year, picture, etags, user, actor } };
}

export function useYearWorkspace(repository: IMiljoRepository, today: IsoDate, requestedYear?: Year): IYearWorkspace {
  const load = useLoad(() => loadWorkspace(repository, today, requestedYear), [repository, today, requestedYear]);
  const state = React.useMemo((): WorkspaceState => load.status === 'loaded' ? load.value
    : load.status === 'error' ? { kind: 'error', error: load.error } : { kind: 'loading' }, [load]);
  const reload = load.status === 'error' ? load.retry : load.status === 'loaded' ? load.reload : ignore;
  const update = React.useCallback((change: (workspace: YearWorkspace) => YearWorkspace) => {
    if (load.status === 'loaded') load.update((previous) => previous.kind === 'ready' ? { kind: 'ready', workspace: change(previous.workspace) } : previous);
  }, [load]);
  return { state, reload, update };
}

/** Reading is under way already. */
function ignore(): void {}
