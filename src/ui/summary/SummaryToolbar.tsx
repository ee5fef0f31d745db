import * as React from 'react';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import type { FollowUpPeriodKind, Year } from '../../domain/model';
import { useSummaryClassNames } from './useSummaryClassNames';
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
  const yearOptions: IDropdownOption[] = years.map((option) => ({ key: option, text: String(option) }));
  const periodOptions: IChoiceGroupOption[] = [
    { key: 'delar', text: strings.PeriodDelar },
    { key: 'helar', text: strings.PeriodHelar }
  ];
  return (
    <div className={classNames.toolbar}>
      <Dropdown
        label={strings.SummaryYearLabel}
        options={yearOptions}
        selectedKey={year}
        onChange={(_event, option) => { if (option !== undefined) onYear(Number(option.key)); }}
        styles={{ root: { minWidth: 120 } }}
      />
      <ChoiceGroup
        label={strings.SummaryPeriodLabel}
        options={periodOptions}
        selectedKey={periodKind}
        onChange={(_event, option) => { if (option?.key === 'delar' || option?.key === 'helar') onPeriodKind(option.key); }}
        styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '16px' } }}
      />
    </div>
  );
}
