// The place groups against the heads of the Organisation list, on demand (a request per place):
// who should be in a department's group and is not, who is and heads nothing there. "Rätta
// medlemmarna" puts the groups in step the way an organisation edit does; a group that is missing
// takes a site owner ("Skapa listor").
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import type { PlaceGroupMismatch } from '../../ports';
import { joinList } from '../common/text';
import { useEditingClassNames } from '../common/workspaceStyles';
import { failedText, forbiddenText } from '../edit/refusalText';
import { format } from '../format';
import { useServices } from '../services/services';

export interface IPlaceGroupsCheckProps {
  unitName: (id: number) => string;
  /** A person's name by sign-in name, where the organisation knows them. */
  personName: (login: string) => string;
  announce: (message: string) => void;
}

type Checked = { kind: 'idle' } | { kind: 'checking' } | { kind: 'done'; mismatches: PlaceGroupMismatch[] } | { kind: 'failed' };

export function PlaceGroupsCheck({ unitName, personName, announce }: IPlaceGroupsCheckProps): React.ReactElement {
  const { repository, strings } = useServices();
  const classNames = useEditingClassNames();
  const [checked, setChecked] = React.useState<Checked>({ kind: 'idle' });
  const [fixing, setFixing] = React.useState(false);
  const [problem, setProblem] = React.useState<string | undefined>(undefined);
  const check = React.useCallback(async (): Promise<void> => {
    setChecked({ kind: 'checking' });
    try {
      setChecked({ kind: 'done', mismatches: await repository.placeGroupMismatches() });
    } catch {
      setChecked({ kind: 'failed' });
    }
  }, [repository]);
  const fix = async (): Promise<void> => {
    setFixing(true);
    setProblem(undefined);
    const outcome = await repository.syncPlaceGroups();
    setFixing(false);
    if (outcome.kind === 'saved') {
      announce(format(strings.AdminGroupsFixed, outcome.value));
      await check();
      return;
    }
    setProblem(outcome.kind === 'forbidden' ? forbiddenText(outcome.action, strings) : outcome.kind === 'failed' ? failedText(outcome.cause, strings) : failedText('rejected', strings));
  };
  const names = (logins: readonly string[]): string => joinList(logins.map(personName), strings.ListAnd);
  return (
    <section className={classNames.section} aria-label={strings.AdminGroupsHeading}>
      <h3 className={classNames.heading}>{strings.AdminGroupsHeading}</h3>
      <p className={classNames.subtle}>{strings.AdminGroupsIntro}</p>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <DefaultButton text={checked.kind === 'checking' ? strings.AdminGroupsChecking : strings.AdminGroupsCheck} disabled={checked.kind === 'checking' || fixing}
          onClick={() => { check().catch(() => undefined); }} />
      </Stack>
      {checked.kind === 'failed' ? <MessageBar messageBarType={MessageBarType.error} isMultiline>{strings.AdminGroupsCheckFailed}</MessageBar> : null}
      {checked.kind === 'done' && checked.mismatches.length === 0 ? (
        <MessageBar messageBarType={MessageBarType.success} isMultiline>{strings.AdminGroupsAgree}</MessageBar>
      ) : null}
      {checked.kind === 'done' && checked.mismatches.length > 0 ? (
        <>
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>{strings.AdminGroupsDiffer}</MessageBar>
          <ul className={classNames.list} aria-label={strings.AdminGroupsDiffer}>
            {checked.mismatches.map((mismatch) => (
              <li key={mismatch.placeId} className={classNames.text}>
                <strong>{unitName(mismatch.placeId)}:</strong>{' '}
                {mismatch.groupMissing ? strings.AdminGroupsMissingGroup : [
                  mismatch.missing.length > 0 ? format(strings.AdminGroupsNotMembers, names(mismatch.missing)) : undefined,
                  mismatch.extra.length > 0 ? format(strings.AdminGroupsNotHeads, names(mismatch.extra)) : undefined
                ].filter((part) => part !== undefined).join(' ')}
              </li>
            ))}
          </ul>
          {checked.mismatches.some((mismatch) => !mismatch.groupMissing) ? (
            <Stack horizontal>
              <PrimaryButton text={fixing ? strings.AdminGroupsFixing : strings.AdminGroupsFix} disabled={fixing} onClick={() => { fix().catch(() => undefined); }} />
            </Stack>
          ) : null}
        </>
      ) : null}
      {problem === undefined ? null : <MessageBar messageBarType={MessageBarType.error} isMultiline>{problem}</MessageBar>}
    </section>
  );
}
