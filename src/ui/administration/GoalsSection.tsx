import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Stack } from '@fluentui/react/lib/Stack';
import type { Goal } from '../../domain/model';
import { format } from '../format';
import { StatusGlyph } from '../common/StatusGlyph';
import { useUniqueId } from '../common/useUniqueId';
import type { YearWorkspace } from '../common/useYearWorkspace';
import { compareGoals } from '../common/allocationModel';
import { useEditingClassNames } from '../common/workspaceStyles';
import { goalDraftOf } from './goalDraft';
import type { AdminOp } from './useAdminWrites';
import { useServices } from '../services/services';
import { ScrollRegion } from '../common/ScrollRegion';

export interface IGoalsSectionProps {
  workspace: YearWorkspace;
  pending: ReadonlySet<string>;
  onAdd: () => void;
  onEdit: (goal: Goal) => void;
  onNewYear: () => void;
  /** Opens the import of the year's goals from a file. */
  onImport: () => void;
  run: (op: AdminOp) => void;
}

/** The year's goals: add, change, retire (kept as history) and reinstate; start the next year. */
export function GoalsSection({ workspace, pending, onAdd, onEdit, onNewYear, onImport, run }: IGoalsSectionProps): React.ReactElement {
  const { strings } = useServices();
  const classNames = useEditingClassNames();
  const captionId = useUniqueId('miljomal-admin-goals');
  const [retiring, setRetiring] = React.useState<Goal | undefined>(undefined);
  const goals = workspace.picture.goals.filter((goal) => goal.year === workspace.year).sort(compareGoals);
  const heading = format(strings.AdminGoalsHeading, workspace.year);
  return (
    <section className={classNames.section} aria-label={heading}>
      <h3 className={classNames.heading}>{heading}</h3>
      <p className={classNames.subtle}>{strings.AdminGoalsIntro}</p>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={strings.AdminGoalAdd} onClick={onAdd} />
        <DefaultButton text={strings.AdminNewYear} onClick={onNewYear} />
        <DefaultButton text={strings.ImportGoals} onClick={onImport} />
      </Stack>
      {goals.length === 0 ? (
        <p className={classNames.text}>{format(strings.AdminNoGoals, workspace.year)}</p>
      ) : (
        <ScrollRegion labelledBy={captionId}>
          <table className={classNames.wideTable}>
            <caption id={captionId} className={classNames.caption}>{format(strings.AdminGoalsCaption, workspace.year)}</caption>
            <thead>
              <tr>
                <th scope="col" className={classNames.th}>{strings.AdminGoalCode}</th>
                <th scope="col" className={classNames.th}>{strings.AdminGoalTitle}</th>
                <th scope="col" className={classNames.th}>{strings.AdminGoalIndicator}</th>
                <th scope="col" className={classNames.th}>{strings.AdminGoalRegionWide}</th>
                <th scope="col" className={classNames.th}>{strings.AdminGoalStatus}</th>
                <th scope="col" className={classNames.th}>{strings.AdminActions}</th>
              </tr>
            </thead>
            <tbody>
              {goals.map((goal) => {
                const saving = goal.id < 0 || pending.has(`goal:${goal.id}`);
                return (
                  <tr key={goal.id}>
                    <th scope="row" className={classNames.rowHeader}>{goal.code}</th>
                    <td className={classNames.td}>
                      <strong>{goal.title}</strong>
                      {goal.description.trim() === '' ? null : <p className={`${classNames.plainText} ${classNames.subtle}`}>{goal.description}</p>}
                    </td>
                    <td className={classNames.td}>{goal.indicator}</td>
                    <td className={classNames.td}>{goal.measuredRegionWide ? strings.AdminYes : strings.AdminNo}</td>
                    <td className={classNames.td}>
                      {goal.retired === true ? (
                        <span className={classNames.cellWords}><StatusGlyph kind="missing" className={classNames.glyph} />{strings.AdminGoalRetired}</span>
                      ) : (
                        <span className={classNames.cellWords}><StatusGlyph kind="allocated" className={classNames.glyph} />{strings.AdminGoalActive}</span>
                      )}
                      {saving ? <span className={classNames.cellDetail}> {strings.AllocCellSavingText}</span> : null}
                    </td>
                    <td className={classNames.td}>
                      <div className={classNames.rowActions}>
                        <DefaultButton text={strings.AdminEdit} ariaLabel={format(strings.AdminEditNamed, goal.code)} onClick={() => onEdit(goal)} disabled={saving} />
                        {goal.retired === true ? (
                          <DefaultButton text={strings.AdminGoalReinstate} ariaLabel={format(strings.AdminGoalReinstateNamed, goal.code)} disabled={saving}
                            onClick={() => run({ kind: 'updateGoal', id: goal.id, draft: { ...goalDraftOf(goal), retired: false } })} />
                        ) : (
                          <DefaultButton text={strings.AdminGoalRetire} ariaLabel={format(strings.AdminGoalRetireNamed, goal.code)} disabled={saving}
                            onClick={() => setRetiring(goal)} />
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {retiring !== undefined ? (
        <Dialog
          hidden={false}
          onDismiss={() => setRetiring(undefined)}
          dialogContentProps={{
            type: DialogType.normal,
            title: format(strings.AdminGoalRetireTitle, `${retiring.code} ${retiring.title}`),
            subText: strings.AdminGoalRetireExplain,
            showCloseButton: false
          }}
          modalProps={{ isBlocking: true }}
        >
          <DialogFooter>
            <PrimaryButton text={strings.AdminGoalRetire} onClick={() => {
              run({ kind: 'updateGoal', id: retiring.id, draft: { ...goalDraftOf(retiring), retired: true } });
              setRetiring(undefined);
            }} />
            <DefaultButton text={strings.EditCancel} onClick={() => setRetiring(undefined)} />
          </DialogFooter>
        </Dialog>
      ) : null}
    </section>
  );
}
