import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { CoverageSummary } from '../../domain/summary/coverageTypes';
import { gapCodes, type Gap, type GapCode } from '../../domain/summary/gaps';
import { format } from '../format';
import { formatCount } from '../common/text';
import { useUniqueId } from '../common/useUniqueId';
import { gapGroupTitle, gapNames, gapText, groupGaps, type IGapNames } from '../common/gapText';
import type { IPictureIndex } from '../common/pictureIndex';
import { periodName } from '../common/summaryText';
import { useSummaryClassNames } from '../common/useSummaryClassNames';
import { useServices } from '../services/services';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { indexWithTexts, useSummaryTexts } from '../common/summaryTexts';
import { PlaceLink, useNavigation } from '../navigation';
import { viewLabel } from '../views';
import { gapPlace } from '../common/gapPlace';

export interface IGapsListProps {
  summary: CoverageSummary;
  index: IPictureIndex;
  /** Opens a goal's page; each gap then links the goals it concerns. */
  onOpenGoal?: (goalId: number) => void;
}

/** The goals a gap concerns, for its links to their pages. */
function goalsOf(gap: Gap, index: IPictureIndex): number[] {
  switch (gap.code) {
    case 'departmentMissingGoals': return gap.missingGoalIds;
    case 'departmentWithoutUnitAllocations': return [];
    case 'allocationWithoutActivities':
    case 'allocationWithoutAgreement': return [gap.goalId];
    case 'activityWithoutFollowUp': {
      const allocation = index.allocation(gap.allocationId);
      return allocation === undefined ? [] : [allocation.goalId];
    }
  }
}

/** How many of a kind show before "Visa alla". */
export const gapsShownAtFirst = 8;

/** The domain's gaps, worst kind first, in plain words. */
export function GapsList({ summary, index, onOpenGoal }: IGapsListProps): React.ReactElement {
  const { strings, locale } = useServices();
  const classNames = useSummaryClassNames();
  // Activities are named by their titles, which the summary's year leaves out: read for the gaps shown.
  const names = React.useMemo(() => gapNames(summary, indexWithTexts(index), strings), [summary, index, strings]);
  const groups = React.useMemo(() => groupGaps(summary.gaps, gapCodes), [summary]);
  const navigation = useNavigation();
  return (
    <section className={classNames.section}>
      <h3 className={classNames.heading}>{strings.GapsHeading}</h3>
      {groups.length > 0 && navigation !== undefined ? <p className={classNames.subtle}>{strings.GapsFixHint}</p> : null}
      {groups.length === 0 ? (
        <p className={classNames.subtle}>{format(strings.GapsNone, periodName(summary.period, strings))}</p>
      ) : (
        groups.map((group) => (
          <GapGroup
            key={group.code}
            code={group.code}
            gaps={group.gaps}
            title={gapGroupTitle(group.code, formatCount(group.gaps.length, locale), summary, strings)}
            names={names}
            index={index}
            year={summary.year}
            onOpenGoal={onOpenGoal}
          />
        ))
      )}
    </section>
  );
}

interface IGapGroupProps {
  code: GapCode;
  gaps: readonly Gap[];
  title: string;
  names: IGapNames;
  index: IPictureIndex;
  year: number;
  onOpenGoal?: (goalId: number) => void;
}

function GapGroup({ code, gaps, title, names, index, year, onOpenGoal }: IGapGroupProps): React.ReactElement {
  const { strings, locale } = useServices();
  const classNames = useSummaryClassNames();
  const listId = useUniqueId(`miljomal-gaps-${code}`);
  const [showAll, setShowAll] = React.useState(false);
  const shown = React.useMemo(() => (showAll ? gaps : gaps.slice(0, gapsShownAtFirst)), [gaps, showAll]);
  const wanted = React.useMemo(() => ({
    activityIds: shown.flatMap((gap) => (gap.code === 'activityWithoutFollowUp' ? [gap.activityId] : [])), followUpIds: []
  }), [shown]);
  const texts = useSummaryTexts(index.picture, wanted);
  return (
    <div>
      <h4 className={classNames.subheading}>{title}</h4>
      {texts.kind === 'loading' ? <LoadingState label={strings.GapNamesLoading} shape="lines" /> : null}
      {texts.kind === 'error' ? <ErrorState title={strings.GapNamesErrorTitle} error={texts.error} onRetry={texts.retry} /> : null}
      <ul id={listId} className={classNames.list} hidden={texts.kind !== 'loaded'}>
        {shown.map((gap, position) => (
          <li key={position}>
            <GapLine gap={gap} text={gapText(gap, names, strings)} year={year} />
            {onOpenGoal === undefined ? null : goalsOf(gap, index).map((goalId) => (
              <React.Fragment key={goalId}>
                {' '}
                <Link aria-label={format(strings.GoalPageOpenLabel, index.goalLabel(goalId))} onClick={() => onOpenGoal(goalId)}>
                  {format(strings.GoalPageOpen, index.goal(goalId)?.code ?? String(goalId))}
                </Link>
              </React.Fragment>
            ))}
          </li>
        ))}
      </ul>
      {gaps.length > gapsShownAtFirst ? (
        <Link aria-expanded={showAll} aria-controls={listId} onClick={() => setShowAll(!showAll)}>
          {showAll ? strings.ShowFewer : format(strings.ShowAll, formatCount(gaps.length, locale))}
        </Link>
      ) : null}
    </div>
  );
}

/** The gap's words as a link to where it is fixed; its name says which view opens. */
function GapLine({ gap, text, year }: { gap: Gap; text: string; year: number }): React.ReactElement {
  const { strings } = useServices();
  const place = gapPlace(gap, year);
  return (
    <PlaceLink target={place} aria-label={format(strings.GapFixLinkLabel, text, viewLabel(place.view, strings))}>
      {text}
    </PlaceLink>
  );
}
