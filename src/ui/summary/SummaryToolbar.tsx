import * as React from 'react';
import { LightChoiceGroup, type ILightChoiceOption } from '../common/light/LightChoiceGroup';
import { LightDropdown, type ILightDropdownOption } from '../common/light/LightDropdown';
import type { FollowUpPeriodKind, Year } from '../../domain/model';
import { useSummaryClassNames } from '../common/useSummaryClassNames';
import { useServices } from '../services/services';

export interface ISummaryToolbarProps {
  years: readonly Year[];
  year: Year;
  periodKind: FollowUpPeriodKind;
  onYear: (year: Year) => void;
  onPeriodKind: (kind: FollowUpPeriodKind) => void;
}

/** The year and the follow-up period the summary is for. */
export function SummaryToolbar({ years, year, periodKind, onYear, onPeriodKind }: ISummaryToolbarProps): React.ReactElement {
  const { strings } = useServices();
  const classNames = useSummaryClassNames();
  const yearOptions: ILightDropdownOption<Year>[] = years.map((option) => ({ key: option, text: String(option) }));
  const periodOptions: ILightChoiceOption<FollowUpPeriodKind>[] = [
    { key: 'delar', text: strings.PeriodDelar },
    { key: 'helar', text: strings.PeriodHelar }
  ];
  return (
    <div className={classNames.toolbar}>
      <LightDropdown label={strings.SummaryYearLabel} options={yearOptions} selectedKey={year} onChange={onYear} minWidth={120} />
      <LightChoiceGroup
        label={strings.SummaryPeriodLabel}
        options={periodOptions}
        selectedKey={periodKind}
        onChange={onPeriodKind}
        flexContainerClassName={classNames.periodOptions}
      />
    </div>
  );
}
