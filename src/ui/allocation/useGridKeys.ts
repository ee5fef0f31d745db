// An editable grid is one Tab stop (WAI-ARIA's roving tabindex): Tab enters at the cell last
// used, the arrow keys move between cells, Home and End go to the row's ends, Ctrl+Home and
// Ctrl+End to the grid's corners. Cells are found by their data-row and data-column attributes,
// so the grid's markup stays a plain table of buttons.
import * as React from 'react';

export interface IGridKeys {
  /** The key of the cell that Tab enters at. */
  active: string;
  onFocusCell(key: string): void;
  onKeyDown(event: React.KeyboardEvent<HTMLElement>): void;
}

export function useGridKeys(firstKey: string, rows: number, columns: number): IGridKeys {
  const [active, setActive] = React.useState<string | undefined>(undefined);
  const onKeyDown = React.useCallback((event: React.KeyboardEvent<HTMLElement>) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-row][data-column]');
    if (cell === null) return;
    const row = Number(cell.dataset.row);
    const column = Number(cell.dataset.column);
    let next: [number, number] | undefined;
    switch (event.key) {
      case 'ArrowUp': next = [Math.max(0, row - 1), column]; break;
      case 'ArrowDown': next = [Math.min(rows - 1, row + 1), column]; break;
      case 'ArrowLeft': next = [row, Math.max(0, column - 1)]; break;
      case 'ArrowRight': next = [row, Math.min(columns - 1, column + 1)]; break;
      case 'Home': next = event.ctrlKey ? [0, 0] : [row, 0]; break;
      case 'End': next = event.ctrlKey ? [rows - 1, columns - 1] : [row, columns - 1]; break;
      default: return;
    }
    event.preventDefault();
    const table = cell.closest('table');
    table?.querySelector<HTMLElement>(`[data-row="${next[0]}"][data-column="${next[1]}"]`)?.focus();
  }, [rows, columns]);
  return { active: active ?? firstKey, onFocusCell: setActive, onKeyDown };
}
