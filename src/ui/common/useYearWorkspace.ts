// What an editing view works on: the year's picture with the ETags it was read with, the signed-in
// user and the actor the domain rules judge (regional staff from the SharePoint group, heads from
// the organisation list). Loaded once; edits update it in place through `update`.
import * as React from 'react';
import type { CollectionPlace, CurrentUser, IMiljoRepository, ItemVersions } from '../../ports';
import type { IsoDate, Year, YearPicture } from '../../domain/model';
import { Actor, deriveActor } from '../../domain/rules/actor';
import { defaultYear } from './defaultSelection';

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
  const actor = deriveActor(user.person, picture.orgUnits, user.isRegionalStaff);
  return { kind: 'ready', workspace: { year, picture, etags, user, actor } };
}

export function useYearWorkspace(repository: IMiljoRepository, today: IsoDate, requestedYear?: Year): IYearWorkspace {
  const [state, setState] = React.useState<WorkspaceState>({ kind: 'loading' });
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    loadWorkspace(repository, today, requestedYear).then(
      (next) => { if (current) setState(next); },
      (error: unknown) => { if (current) setState({ kind: 'error', error }); });
    return () => { current = false; };
  }, [repository, today, requestedYear, attempt]);

  const reload = React.useCallback(() => setAttempt((value) => value + 1), []);
  const update = React.useCallback((change: (workspace: YearWorkspace) => YearWorkspace) => {
    setState((previous) => previous.kind === 'ready' ? { kind: 'ready', workspace: change(previous.workspace) } : previous);
  }, []);
  return { state, reload, update };
}
