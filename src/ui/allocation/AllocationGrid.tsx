import * as React from 'react';
import type { Allocation, Goal, OrgUnit, YearPicture } from '../../domain/model';
import { format } from '../format';
import { StatusGlyph } from '../common/StatusGlyph';
import { useUniqueId } from '../common/useUniqueId';
import { allocationAt, cellKey, type AllocationGrid as Grid } from '../common/allocationModel';
import { useEditingClassNames } from '../common/workspaceStyles';
import { EditGlyph } from './Glyph';
import type { AllocationProblem } from './useAllocationWrites';
import { goalName } from '../edit/names';
import { useServices } from '../services/services';
import { useGridKeys, type IGridKeys } from './useGridKeys';
import { ScrollRegion } from '../common/ScrollRegion';

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
 * does and for which goal and unit; the grid is one Tab stop and the arrow keys move within it. A
 * read-only grid shows the same state as words and shapes. Either way its scroll region is a Tab stop
 * of its own, so a keyboard can scroll it sideways in a narrow column.
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
  const firstKey = grid.rows.length > 0 && grid.goals.length > 0 ? cellKey(grid.goals[0].id, grid.rows[0].id) : '';
  const keys = useGridKeys(firstKey, grid.rows.length, grid.goals.length);
  return (
    // The buttons take focus in an editable grid; a read-only one is scrolled from its own Tab stop.
    <ScrollRegion labelledBy={captionId}>
      <table className={classNames.table} onKeyDown={grid.editable ? keys.onKeyDown : undefined}>
        <caption id={captionId} className={classNames.caption}>
          {caption}{grid.editable ? ` ${strings.AllocCaptionHowTo} ${strings.AllocCaptionKeys}` : ''}
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
          {grid.rows.map((unit, row) => (
            <tr key={unit.id}>
              <th scope="row" className={classNames.rowHeader}>
                {unit.name}
                <span className={classNames.headName}>
                  {unit.head === undefined ? strings.AllocNoHead : format(strings.AllocHeadOf, unit.head.name)}
                </span>
              </th>
              {grid.goals.map((goal, column) => (
                <Cell key={goal.id} {...props} goal={goal} unit={unit} row={row} column={column} keys={keys} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

interface ICellProps extends IAllocationGridProps {
  goal: Goal;
  unit: OrgUnit;
  row: number;
  column: number;
  keys: IGridKeys;
}

function Cell({ grid, picture, pending, problems, onOpen, goal, unit, row, column, keys }: ICellProps): React.ReactElement {
  const { strings } = useServices();
  const classNames = useEditingClassNames();
  const allocation = allocationAt(picture, goal.id, unit.id);
  const held = allocation !== undefined;
  // Read-only cells take focus only from a link that names them (tabIndex -1): a gap lands here.
  const place = { 'data-cell': cellKey(goal.id, unit.id), 'data-cell-unit': unit.id, tabIndex: -1 };
  if (!grid.editable) {
    return held ? (
      <td className={classNames.readHeld} {...place}>
        <StatusGlyph kind="allocated" className={classNames.heldGlyph} />
        {strings.MatrixAllocated}
      </td>
    ) : (
      <td className={classNames.readMissing} {...place}>
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
  // Held but never agreed with the head: marked in words, as the summary counts it as a gap.
  const unagreed = held && !allocation.agreedWithUnitHead && !saving;
  const problemText = problem === undefined || saving ? undefined
    : problem.kind === 'conflict' ? strings.AllocCellConflictText : strings.AllocCellProblemText;
  const stateText = saving ? strings.AllocCellSavingText : held ? strings.MatrixAllocated : strings.AllocCellAllocateText;
  const shown = [stateText, agreed ? strings.AllocCellAgreed : unagreed ? strings.AllocCellNotAgreed : undefined, problemText].filter((part) => part !== undefined).join(' ');
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
        data-cell-unit={unit.id}
        data-row={row}
        data-column={column}
        tabIndex={keys.active === key ? 0 : -1}
        onFocus={() => keys.onFocusCell(key)}
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
        {agreed || unagreed ? (
          <>{' '}<span className={classNames.cellDetail}>{agreed ? strings.AllocCellAgreed : strings.AllocCellNotAgreed}</span></>
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
