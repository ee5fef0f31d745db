// Where a head or the regional staff start a reminder: in Fördelning, beside what they allocate.
// The regional staff remind the department heads; a department head the heads of its units.

import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import type { Actor } from '../../../domain/rules/actor';
import type { FollowUpPeriod, YearPicture } from '../../../domain/model';
import type { ReminderAudience } from '../../../domain/reminders/reminders';
import { periodName } from '../../common/summaryText';
import { format } from '../../format';
import { useServices } from '../../services/services';
import { RemindDialog } from './RemindDialog';

export interface IRemindersEntryProps {
  actor: Actor;
  picture: YearPicture;
  period: FollowUpPeriod;
}

/** The audiences this person may remind: the staff all department heads, a head each department they lead. */
export function audiencesOf(actor: Actor, picture: YearPicture): ReminderAudience[] {
  const audiences: ReminderAudience[] = actor.isRegionalStaff ? [{ kind: 'departmentHeads' }] : [];
  for (const id of actor.headOfOrgUnitIds) {
    if (picture.orgUnits.find((unit) => unit.id === id)?.level === 'avdelning') audiences.push({ kind: 'unitHeads', departmentId: id });
  }
  return audiences;
}

export function RemindersEntry({ actor, picture, period }: IRemindersEntryProps): React.ReactElement | null {
  const { strings } = useServices();
  const [open, setOpen] = React.useState<ReminderAudience | undefined>(undefined);
  const opener = React.useRef<HTMLElement | null>(null);
  const audiences = audiencesOf(actor, picture);
  if (audiences.length === 0) return null;
  const label = (audience: ReminderAudience): string => audience.kind === 'departmentHeads'
    ? format(strings.RemindOpenDepartmentHeads, periodName(period, strings))
    : format(strings.RemindOpenUnitHeads, picture.orgUnits.find((unit) => unit.id === audience.departmentId)?.name ?? '', periodName(period, strings));
  const close = (): void => {
    setOpen(undefined);
    opener.current?.focus();
  };
  return (
    <>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        {audiences.map((audience) => (
          <DefaultButton key={audience.kind === 'departmentHeads' ? 'staff' : audience.departmentId} text={label(audience)}
            onClick={(event) => { opener.current = event.currentTarget as HTMLElement; setOpen(audience); }} />
        ))}
      </Stack>
      {open === undefined ? null : <RemindDialog audience={open} picture={picture} period={period} sender={actor.person} onClose={close} />}
    </>
  );
}
