import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import type { FollowUpPeriod, FollowUpPeriodKind, Year, YearPicture } from '../../domain/model';
import { useReportText } from './useReportText';
import { computeCoverageSummary } from '../../domain/summary/computeCoverageSummary';
import { computeRegionSummary } from '../../domain/summary/regionSummary';
import { forvaltningarOf, textName } from '../../domain/organisation';
import { LightDropdown } from '../common/light/LightDropdown';
import { RegionOverview } from './RegionOverview';
import { useSummaryClassNames } from '../common/useSummaryClassNames';
import { format } from '../format';
import { ErrorState } from '../common/ErrorState';
import { LightMessageBar, MessageBarType } from '../common/light/LightMessageBar';
import { ListsState } from '../common/ListsState';
import { LoadingState } from '../common/LoadingState';

import { defaultPeriodKind, defaultYear, yearChoices } from '../common/defaultSelection';
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

  // The year being read is known with the lists: its toolbar shows while it loads (and is drawn by then).
  const shownYear = state.kind === 'loaded' ? state.year : chosenYear ?? (setup === undefined ? undefined : defaultYear(setup.years, today));
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
  const { strings, forvaltningId: fixedId } = useServices();
  const classNames = useSummaryClassNames();
  const forvaltningar = React.useMemo(() => forvaltningarOf(picture.orgUnits), [picture.orgUnits]);
  // The page's förvaltning, when it still exists; else the region (or the only one) with a chooser.
  const fixed = forvaltningar.find((unit) => unit.id === fixedId);
  const [chosen, setChosen] = React.useState<number>(regionKey);
  // Opened from the region's table, whose button goes away: focus lands on the chooser that now names it.
  const chooser = React.useRef<HTMLDivElement>(null);
  const opened = React.useRef(false);
  const open = React.useCallback((id: number) => { opened.current = true; setChosen(id); }, []);
  React.useEffect(() => {
    if (!opened.current) return;
    opened.current = false;
    chooser.current?.querySelector('select')?.focus();
  }, [chosen]);
  if (fixed !== undefined) return <ForvaltningSummary picture={picture} period={period} forvaltningId={fixed.id} />;
  const gone = fixedId !== undefined ? <LightMessageBar messageBarType={MessageBarType.warning}>{strings.ForvaltningGone}</LightMessageBar> : null;
  if (forvaltningar.length <= 1) return <>{gone}<ForvaltningSummary picture={picture} period={period} /></>;
  const shown = forvaltningar.some((unit) => unit.id === chosen) ? chosen : regionKey;
  const options = [{ key: regionKey, text: strings.WholeRegion }, ...forvaltningar.map((unit) => ({ key: unit.id, text: textName(unit) }))];
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      {gone}
      <div ref={chooser} className={classNames.toolbar}>
        <LightDropdown label={strings.ForvaltningLabel} options={options} selectedKey={shown} onChange={setChosen} minWidth={200} />
      </div>
      {shown === regionKey
        ? <RegionSummaryView picture={picture} period={period} onOpen={open} />
        : <ForvaltningSummary key={shown} picture={picture} period={period} forvaltningId={shown} />}
    </Stack>
  );
}

/** The chooser's key for the whole region: SharePoint's item ids start at 1. */
const regionKey = 0;

function RegionSummaryView({ picture, period, onOpen }: ILoadedSummaryProps & { onOpen: (id: number) => void }): React.ReactElement {
  const region = React.useMemo(() => computeRegionSummary(picture, period), [picture, period]);
  return <RegionOverview region={region} onOpen={onOpen} />;
}

function ForvaltningSummary({ picture, period, forvaltningId }: ILoadedSummaryProps & { forvaltningId?: number }): React.ReactElement {
  const { strings, locale } = useServices();
  const { year, kind } = period;
  const summary = React.useMemo(() => computeCoverageSummary(picture, { year, kind }, { forvaltningId }), [picture, year, kind, forvaltningId]);
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
