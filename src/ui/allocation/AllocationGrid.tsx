import * as React from 'react';
import type { Allocation, Goal, OrgUnit, YearPicture } from '../../domain/model';
import { format } from '../format';
import { StatusGlyph } from '../common/StatusGlyph';
import { useUniqueId } from '../common/useUniqueId';
import { allocationAt, cellKey, type AllocationGrid as Grid } from './allocationModel';
import { useEditingClassNames } from '../common/workspaceStyles';
import { EditGlyph } from './Glyph';
import type { AllocationProblem } from './useAllocationWrites';
import { goalName } from '../edit/names';
import { useServices } from '../services/services';

export interface IAllocationGridProps {
  grid: Grid;
  picture: YearPicture;
  pending: ReadonlySet<string>;
  problems: ReadonlyMap<string, AllocationProblem>;
  /** Opens the cell: a dialog to allocate, or the allocation's details. */
  onOpen: (goal: Goal, unit: OrgUnit, allocation: Allocation | undefined) => void;
}

/**
 * Org units down, the goals their parent holds across. An editable grid's every cell is one button
 * (click, tap, Enter or Space): "Fördela" when empty, "Fördelat" when held; its name says what it
 * does and for which goal and unit. A read-only grid shows the same state as words and shapes.
 */
export function AllocationGrid(props: IAllocationGridProps): React.ReactElement {
  const { grid } = props;
  const { strings } = useServices();
  const classNames = useEditingClassNames();
  const captionId = useUniqueId('miljomal-allocation-caption');
  const toDepartments = grid.parent.level === 'forvaltning';
  const caption = toDepartments
    ? strings.AllocCaptionDepartments
    : format(strings.AllocCaptionUnits, grid.parent.name);
  return (
    <div className={classNames.scroll} role="group" aria-labelledby={captionId} tabIndex={0}>
      <table className={classNames.table}>
        <caption id={captionId} className={classNames.caption}>
          {caption}{grid.editable ? ` ${strings.AllocCaptionHowTo}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={classNames.cornerHeader}>{toDepartments ? strings.ColumnDepartment : strings.AllocColumnUnit}</th>
            {grid.goals.map((goal) => (
              <th key={goal.id} scope="col" className={classNames.th}>
                <span className={classNames.goalCode}>{goal.code}</span>
                <span className={classNames.goalTitle}>{goal.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((unit) => (
            <tr key={unit.id}>
              <th scope="row" className={classNames.rowHeader}>
                {unit.name}
                <span className={classNames.headName}>
                  {unit.head === undefined ? strings.AllocNoHead : format(strings.AllocHeadOf, unit.head.name)}
                </span>
              </th>
              {grid.goals.map((goal) => (
                <Cell key={goal.id} {...props} goal={goal} unit={unit} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface ICellProps extends IAllocationGridProps {
  goal: Goal;
  unit: OrgUnit;
}

function Cell({ grid, picture, pending, problems, onOpen, goal, unit }: ICellProps): React.ReactElement {
  const { strings } = useServices();
  const classNames = useEditingClassNames();
  const allocation = allocationAt(picture, goal.id, unit.id);
  const held = allocation !== undefined;
  if (!grid.editable) {
    return held ? (
      <td className={classNames.readHeld}>
        <StatusGlyph kind="allocated" className={classNames.heldGlyph} />
        {strings.MatrixAllocated}
      </td>
    ) : (
      <td className={classNames.readMissing}>
        <StatusGlyph kind="missing" className={classNames.heldGlyph} />
        {strings.AllocCellNotAllocated}
      </td>
    );
  }

  const key = cellKey(goal.id, unit.id);
  const saving = pending.has(key);
  const problem = problems.get(key);
  const name = goalName(goal, goal.id);
  // The name starts with the words the button shows (WCAG 2.5.3), then says which goal and unit.
  const agreed = held && allocation.agreedWithUnitHead && !saving;
  const problemText = problem === undefined || saving ? undefined
    : problem.kind === 'conflict' ? strings.AllocCellConflictText : strings.AllocCellProblemText;
  const stateText = saving ? strings.AllocCellSavingText : held ? strings.MatrixAllocated : strings.AllocCellAllocateText;
  const shown = [stateText, agreed ? strings.AllocCellAgreed : undefined, problemText].filter((part) => part !== undefined).join(' ');
  let label = format(strings.AllocCellLabel, shown, name, unit.name);
  if (problemText !== undefined) label = `${label}. ${strings.AllocCellProblemHint}`;
  else if (held && !saving) label = `${label}. ${strings.AllocCellAllocatedHint}`;
  else if (!held && !saving) label = format(strings.AllocCellAllocateLabel, name, unit.name);

  const open = (): void => {
    if (!saving) onOpen(goal, unit, allocation);
  };
  const className = [
    classNames.cellButton,
    held ? classNames.cellHeld : classNames.cellOpen,
    problem !== undefined ? classNames.cellProblem : ''
  ].join(' ');
  return (
    <td className={classNames.td}>
      <button
        type="button"
        className={className}
        aria-label={label}
        aria-haspopup="dialog"
        aria-disabled={saving ? true : undefined}
        data-cell={key}
        onClick={open}
      >
        <span className={classNames.cellWords}>
          {saving ? (
            <EditGlyph kind="saving" className={classNames.openGlyph} />
          ) : held ? (
            <StatusGlyph kind="allocated" className={classNames.glyph} />
          ) : (
            <EditGlyph kind="add" className={classNames.openGlyph} />
          )}
          {stateText}
        </span>
        {/* Spaces between the lines, so the button's text reads as words (and matches its name). */}
        {agreed ? (
          <>{' '}<span className={classNames.cellDetail}>{strings.AllocCellAgreed}</span></>
        ) : null}
        {problemText !== undefined ? (
          <>{' '}<span className={classNames.cellWords}>
            <EditGlyph kind="problem" className={classNames.problemGlyph} />
            {problemText}
          </span></>
        ) : null}
      </button>
    </td>
  );
}
