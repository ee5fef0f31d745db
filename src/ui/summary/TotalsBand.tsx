import * as React from 'react';
import type { CoverageSummary } from '../../domain/summary/coverageTypes';
import { format } from '../format';
import { countOf, formatCount } from '../common/text';
import { completenessText, deadlineText, periodName } from '../common/summaryText';
import { useSummaryClassNames } from '../common/useSummaryClassNames';
import { useServices } from '../services/services';
import { usePeriodSettings } from '../common/usePeriodSettings';
import { readyCount, type DepartmentReadinessRow } from '../../domain/readiness/readinessReport';

export interface ITotalsBandProps {
  summary: CoverageSummary;
  /** Each department's klarmarkering (a report from before it: none, and no line for it). */
  readiness?: readonly DepartmentReadinessRow[];
}

interface ITotalsItem {
  key: string;
  label: string;
  value: string;
  note?: string;
}

/** What the board paper said, from live data: the same figures the report text states. */
export function totalsItems({ summary, readiness }: ITotalsBandProps): ITotalsItem[] {
  const { strings, locale } = useServices();
  const totals = summary.totals;
  const ofDepartments = (count: number): string => countOf(strings, locale, count, totals.departments);
  const items: ITotalsItem[] = [
    { key: 'allGoals', label: format(strings.TotalsAllGoals, formatCount(totals.goalsPossible, locale)), value: ofDepartments(totals.departmentsWithAllGoals) }
  ];
  // "At least three" says something only when more than three goals are possible.
  if (totals.goalsPossible > 3) {
    items.push({ key: 'threeOrMore', label: strings.TotalsThreeOrMoreGoals, value: ofDepartments(totals.departmentsWithThreeOrMoreGoals) });
  }
  items.push(
    { key: 'units', label: strings.TotalsAllocatedToUnits, value: ofDepartments(totals.departmentsAllocatedToUnits) },
    // The consultation the paper takes for granted, counted: an allocation is not agreed just by being made.
    { key: 'withoutAgreement', label: strings.TotalsWithoutAgreement, value: formatCount(totals.allocationsWithoutAgreement, locale) },
    {
      key: 'departmentLevelActivity',
      label: strings.TotalsDepartmentLevelActivity,
      value: ofDepartments(totals.departmentsWithDepartmentLevelActivity),
      note: format(strings.TotalsAnyLevelActivity, ofDepartments(totals.departmentsWithActivity))
    },
    {
      key: 'activities',
      label: strings.TotalsActivities,
      value: formatCount(totals.activities, locale),
      note: format(
        strings.TotalsActivitiesSplit,
        formatCount(totals.departmentLevelActivities, locale),
        formatCount(totals.unitLevelActivities, locale)
      )
    },
    {
      key: 'followUp',
      label: format(strings.TotalsFollowedUp, periodName(summary.period, strings)),
      value: completenessText(totals.followUp, strings, locale) ?? strings.NothingDue
    }
  );
  if (readiness !== undefined && totals.departments > 0) {
    items.push({ key: 'ready', label: format(strings.TotalsReady, periodName(summary.period, strings)),
      value: format(strings.TotalsReadyValue, formatCount(readyCount(readiness), locale), formatCount(totals.departments, locale)) });
  }
  return items;
}

export function TotalsBand(props: ITotalsBandProps): React.ReactElement {
  const classNames = useSummaryClassNames();
  const { summary } = props;
  const { strings, today, locale } = useServices();
  const period = periodName(summary.period, strings);
  // The staff's deadline and closing, once read; the default until then.
  const periods = usePeriodSettings(summary.period.year);
  const heading = summary.organisationName === ''
    ? format(strings.SummaryTotalsHeadingNoOrganisation, period)
    : format(strings.SummaryTotalsHeading, summary.organisationName, period);
  return (
    <section className={classNames.section}>
      <h3 className={classNames.heading}>{heading}</h3>
      <p className={classNames.subtle}>{deadlineText(summary.period, today, strings, locale, periods.of(summary.period))}</p>
      <dl className={classNames.band}>
        {totalsItems(props).map((item) => (
          <div key={item.key} className={classNames.bandItem} data-totals={item.key}>
            <dt className={classNames.bandLabel}>{item.label}</dt>
            <dd className={classNames.bandLabel}>
              <span className={classNames.bandValue}>{item.value}</span>
              {item.note === undefined ? null : <span className={classNames.bandNote}>{item.note}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
