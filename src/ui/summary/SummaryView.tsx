import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import type { FollowUpPeriod, FollowUpPeriodKind, Year, YearPicture } from '../../domain/model';
import { useReportText } from './useReportText';
import { computeCoverageSummary } from '../../domain/summary/computeCoverageSummary';
import { format } from '../format';
import { ErrorState } from '../common/ErrorState';
import { LightMessageBar, MessageBarType } from '../common/light/LightMessageBar';
import { ListsState } from '../common/ListsState';
import { LoadingState } from '../common/LoadingState';

import { defaultPeriodKind, yearChoices } from '../common/defaultSelection';
import { indexPicture } from '../common/pictureIndex';
import { useCanManageLists } from '../common/useCanManageLists';
import { SummaryContent } from './SummaryContent';
import { useReadiness } from '../common/useReadiness';
import { departmentReadiness } from '../../domain/readiness/readinessReport';
import { SummaryToolbar } from './SummaryToolbar';
import { useSummaryLoad } from './useSummaryLoad';
import { useServices } from '../services/services';

export interface ISummaryViewProps {
  /** The year to open on; by default the year followed up today if it has goals, else the newest before it. */
  year?: Year;
  /** delår or helår to open on; by default the period followed up today (for a past year, helår). */
  periodKind?: FollowUpPeriodKind;
  /**
   * Whether the user may create or update the lists (Manage Lists; site owners may). When absent,
   * the view asks the repository, and only once a list is missing or outdated.
   */
  canManageLists?: boolean;
  /** The site that holds the lists, to name it when they are missing; this site when absent. */
  siteUrl?: string;
}

/**
 * Sammanställning: loads the lists' state and the year through the repository, has the domain
 * compute the coverage summary and the report text, and shows them. It computes no figure itself.
 */
export function SummaryView(props: ISummaryViewProps): React.ReactElement {
  const { repository, strings, today } = useServices();
  const [chosenYear, setChosenYear] = React.useState<Year | undefined>(props.year);
  const [chosenKind, setChosenKind] = React.useState<FollowUpPeriodKind | undefined>(props.periodKind);
  const { state, setup, reload } = useSummaryLoad(repository, chosenYear, today);
  const provision = React.useCallback(() => repository.provision(), [repository]);
  const listsNeedWork = state.kind === 'listsMissing' || (setup !== undefined && setup.outdated.length > 0);
  const canManageLists = useCanManageLists(repository, listsNeedWork, props.canManageLists);

  const shownYear = state.kind === 'loaded' ? state.year : chosenYear;
  const kind = chosenKind ?? (shownYear === undefined ? undefined : defaultPeriodKind(shownYear, today));

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      {setup !== undefined && shownYear !== undefined && kind !== undefined ? (
        <SummaryToolbar
          years={yearChoices(setup.years, shownYear)}
          year={shownYear}
          periodKind={kind}
          onYear={setChosenYear}
          onPeriodKind={setChosenKind}
        />
      ) : null}
      {setup !== undefined && setup.outdated.length > 0 ? (
        <ListsState
          problem="outdated"
          lists={setup.outdated}
          canManageLists={canManageLists}
          siteUrl={props.siteUrl}
          provision={provision}
          onProvisioned={reload}
        />
      ) : null}
      {state.kind === 'loading' ? <LoadingState label={strings.SummaryLoading} /> : null}
      {state.kind === 'listsMissing' ? (
        <ListsState
          problem="missing"
          lists={state.missing}
          canManageLists={canManageLists}
          siteUrl={props.siteUrl}
          provision={provision}
          onProvisioned={reload}
        />
      ) : null}
      {state.kind === 'error' ? (
        <ErrorState title={strings.ErrorTitle} error={state.error} onRetry={reload} />
      ) : null}
      {state.kind === 'loaded' && kind !== undefined ? (
        <LoadedSummary
          picture={state.picture}
          period={{ year: state.year, kind }}
        />
      ) : null}
    </Stack>
  );
}

interface ILoadedSummaryProps {
  picture: YearPicture;
  period: FollowUpPeriod;
}

function LoadedSummary({ picture, period }: ILoadedSummaryProps): React.ReactElement {
  const { strings, locale } = useServices();
  const { year, kind } = period;
  const summary = React.useMemo(() => computeCoverageSummary(picture, { year, kind }), [picture, year, kind]);
  // Who stands behind the figures: read beside the year; shown once read (never a "0 av 9" that is only not read yet).
  const { events, loaded } = useReadiness(year);
  const readiness = React.useMemo(() => loaded ? departmentReadiness(summary, events) : undefined, [summary, events, loaded]);
  const text = useReportText(summary, picture, locale, readiness);
  const index = React.useMemo(() => indexPicture(picture), [picture]);
  if (summary.goalIds.length === 0) {
    return (
      <LightMessageBar messageBarType={MessageBarType.info}>
        <strong>{format(strings.EmptyTitle, year)}.</strong> {strings.EmptyWhatToDo}
      </LightMessageBar>
    );
  }
  return <SummaryContent summary={summary} reportText={text} index={index} readiness={readiness} />;
}
