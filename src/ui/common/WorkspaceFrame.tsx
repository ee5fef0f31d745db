import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import type { IMiljoRepository } from '../../ports';
import type { Year } from '../../domain/model';
import { ErrorState } from './ErrorState';
import { ListsState } from './ListsState';
import { LoadingState } from './LoadingState';
import { SharePointWaitNotice } from './SharePointWaitNotice';
import { useCanManageLists } from './useCanManageLists';
import { useLoad } from './useLoad';
import { useYearWorkspace, type IYearWorkspace, type YearWorkspace } from './useYearWorkspace';
import { useEditingClassNames } from './workspaceStyles';
import { useServices } from '../services/services';

export interface IReadyWorkspace {
  workspace: YearWorkspace;
  update: IYearWorkspace['update'];
  reload: () => void;
  /** Opens another year (e.g. one just started). */
  showYear: (year: Year) => void;
  /** Years that have goals, newest first, and the one shown. */
  years: readonly Year[];
  /** Asks again which years have goals (after goals were added to a new one). */
  refreshYears: () => void;
}

export interface IWorkspaceFrameProps {
  loadingLabel: string;
  errorTitle: string;
  /** Offers the other years that have goals (default). Min enhet works on the current year only. */
  offerYears?: boolean;
  /** The year to open on (a link's); the year followed up today when absent. */
  year?: Year;
  children: (ready: IReadyWorkspace) => React.ReactNode;
}

/**
 * What every editing view does around its content: loads the year's workspace, says when lists are
 * missing (offering "Skapa listor" to those who may) or reading failed, and offers the other years.
 */
export function WorkspaceFrame({ loadingLabel, errorTitle, offerYears = true, year, children }: IWorkspaceFrameProps): React.ReactElement {
  const { repository, strings, today } = useServices();
  const classNames = useEditingClassNames();
  const [requestedYear, setRequestedYear] = React.useState<Year | undefined>(year);
  const { state, reload, update } = useYearWorkspace(repository, today, requestedYear);
  const [yearsWithGoals, refreshYears] = useYears(repository, offerYears);
  const canManageLists = useCanManageLists(repository, state.kind === 'listsMissing');
  const provision = React.useCallback(() => repository.provision(), [repository]);

  if (state.kind === 'loading') return <LoadingState label={loadingLabel} />;
  if (state.kind === 'listsMissing') {
    return (
      <ListsState
        problem="missing"
        lists={state.missing}
        canManageLists={canManageLists}
        provision={provision}
        onProvisioned={reload}
      />
    );
  }
  if (state.kind === 'error') return <ErrorState title={errorTitle} error={state.error} onRetry={reload} />;

  const { workspace } = state;
  const years = Array.from(new Set([...yearsWithGoals, workspace.year])).sort((a, b) => b - a);
  const options: IDropdownOption[] = years.map((year) => ({ key: year, text: String(year) }));
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <SharePointWaitNotice />
      {offerYears && years.length > 1 ? (
        <div className={classNames.toolbar}>
          <Dropdown
            label={strings.SummaryYearLabel}
            options={options}
            selectedKey={workspace.year}
            onChange={(_event, option) => { if (option !== undefined) setRequestedYear(Number(option.key)); }}
            styles={{ root: { minWidth: 120 } }}
          />
        </div>
      ) : null}
      {children({ workspace, update, reload, showYear: setRequestedYear, years, refreshYears })}
    </Stack>
  );
}

function useYears(repository: IMiljoRepository, wanted: boolean): [Year[], () => void] {
  // Goals added to a new year: ask again, even while an earlier ask is under way.
  const [asking, setAsking] = React.useState(0);
  const years = useLoad(wanted ? () => repository.years() : undefined, [repository, wanted, asking]);
  // The years shown stay until a new answer; without one the view still works on the year it loaded.
  const [shown, setShown] = React.useState<Year[]>([]);
  React.useEffect(() => { if (years.status === 'loaded') setShown(years.value); }, [years]);
  return [shown, React.useCallback(() => setAsking((previous) => previous + 1), [])];
}
