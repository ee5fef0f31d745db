// The year, the follow-up under way and its deadline (days left, or late), as Min enhet and
// Fördelning open: the same words the summary's totals use for the deadline.
import * as React from 'react';
import type { FollowUpPeriod, Year } from '../../domain/model';
import type { PeriodSettings } from '../../domain/periodSettings';
import { format } from '../format';
import { useServices } from '../services/services';
import { deadlineText, periodName } from './summaryText';
import { usePeriodSettings } from './usePeriodSettings';

export interface IPeriodLineProps {
  year: Year;
  period: FollowUpPeriod;
  className?: string;
  /** The period's settings when the view has read them already; else read here. */
  settings?: PeriodSettings;
}

export function PeriodLine({ year, period, className, settings }: IPeriodLineProps): React.ReactElement {
  const { strings, today, locale } = useServices();
  const periods = usePeriodSettings(period.year);
  return (
    <p className={className} data-period-line="">
      {format(strings.UnitYearLine, year, periodName(period, strings))} {deadlineText(period, today, strings, locale, settings ?? periods.of(period))}
    </p>
  );
}
