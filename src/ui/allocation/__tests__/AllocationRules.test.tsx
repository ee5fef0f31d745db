/** @jest-environment jsdom */
// The domain rules are asked before every write, whatever the controls showed: a call the view
// would never make is refused with the rule's reason, in words, and nothing reaches SharePoint.
import * as React from 'react';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { demoRegion2023, demoToday, type Person, type YearPicture } from '../../../domain';
import { useYearWorkspace, type YearWorkspace } from '../../common/useYearWorkspace';
import { emptyDraft } from '../allocationDraft';
import { AllocationProblemBar } from '../AllocationProblemBar';
import { useAllocationWrites, type IAllocationWrites } from '../useAllocationWrites';
import { namesIn } from '../../edit/names';
import { MemoryRepository, readerOf } from '../../../../test/support/memoryRepository';
import { renderWithServices } from '../../../../test/support/render';
import { cell, dialog, headOf, loaded, regionserviceHead, renderAllocation, within } from './support/allocationTestKit';

interface IHandle {
  writes: IAllocationWrites;
  workspace: YearWorkspace;
}

function Inner({ workspace, update, handle }: {
  workspace: YearWorkspace;
  update: ReturnType<typeof useYearWorkspace>['update'];
  handle: React.MutableRefObject<IHandle | undefined>;
}): React.ReactElement {
  const writes = useAllocationWrites({ workspace, update, announce: () => undefined });
  handle.current = { writes, workspace };
  const names = namesIn(workspace.picture);
  return (
    <div role="region" aria-label="problems">
      {Array.from(writes.problems.entries()).map(([key, problem]) => (
        <AllocationProblemBar key={key} problemKey={key} problem={problem} names={names}
          onRetry={writes.retry} onDismiss={writes.dismiss} onEdit={() => undefined} />
      ))}
    </div>
  );
}

function Harness({ repository, handle }: { repository: MemoryRepository; handle: React.MutableRefObject<IHandle | undefined> }): React.ReactElement | null {
  const { state, update } = useYearWorkspace(repository, demoToday);
  return state.kind === 'ready' ? <Inner workspace={state.workspace} update={update} handle={handle} /> : null;
}

async function harness(user: Person, picture: YearPicture = demoRegion2023): Promise<{ handle: IHandle; repository: MemoryRepository }> {
  const repository = new MemoryRepository([picture], readerOf(user));
  const ref: React.MutableRefObject<IHandle | undefined> = { current: undefined };
  renderWithServices(<Harness repository={repository} handle={ref} />, { repository });
  await waitFor(() => expect(ref.current).toBeDefined());
  return { handle: ref.current as IHandle, repository };
}

async function refusedWith(text: RegExp, repository: MemoryRepository): Promise<void> {
  expect(await screen.findByText(text)).toBeTruthy();
  expect(repository.writes).toEqual([]);
}

const draft = emptyDraft(demoToday);

describe('the rules before every write', () => {
  it('refuses allocating outside the head\'s department', async () => {
    const { handle, repository } = await harness(regionserviceHead);
    await act(() => handle.writes.allocate(232, 121, draft));
    await refusedWith(/^Fördelningen av M2 Minskad energianvändning till Projekt och byggnation gjordes inte\. Mål fördelas av nivån ovanför: avdelningschefen till sina enheter/, repository);
  });

  it('refuses allocating to a closed unit', async () => {
    const { handle, repository } = await harness(headOf('Kommunikationsavdelningen'));
    await act(() => handle.writes.allocate(231, 163, draft));
    await refusedWith(/Tryckeriet är stängd och tar inte emot något nytt; det som finns där är historik\./, repository);
  });

  it('refuses a goal the department does not hold', async () => {
    const { handle, repository } = await harness(headOf('Digitaliseringsavdelningen'));
    await act(() => handle.writes.allocate(234, 131, draft));
    await refusedWith(/Digitaliseringsavdelningen har inte fått M4 Fossilfria transporter, så målet kan inte fördelas vidare därifrån\. Regionstaben fördelar först målet till avdelningen\./, repository);
  });

  it('refuses a retired goal', async () => {
    const retired = { ...demoRegion2023, goals: demoRegion2023.goals.map((goal) => (goal.id === 232 ? { ...goal, retired: true } : goal)) };
    const { handle, repository } = await harness(regionserviceHead, retired);
    await act(() => handle.writes.allocate(232, 114, draft));
    await refusedWith(/Miljömålet M2 Minskad energianvändning är tillbakadraget och tar inte emot något nytt\./, repository);
  });

  it('refuses a second allocation of the same goal to the same unit', async () => {
    const { handle, repository } = await harness(regionserviceHead);
    await act(() => handle.writes.allocate(233, 111, draft));
    await refusedWith(/Målet är redan fördelat hit\./, repository);
  });

  it('refuses removing an allocation that has activities', async () => {
    const { handle, repository } = await harness(regionserviceHead);
    const allocation = handle.workspace.picture.allocations.find((candidate) => candidate.id === 1113);
    await act(() => handle.writes.remove(allocation!));
    await refusedWith(/^Borttagningen av M3 Minskade mängder avfall från Måltidsservice gjordes inte\. Fördelningen har 2 aktiviteter\./, repository);
  });

  it('refuses moving activities to the same allocation, or to another department\'s', async () => {
    const { handle, repository } = await harness(regionserviceHead);
    const allocation = handle.workspace.picture.allocations.find((candidate) => candidate.id === 1124)!;
    await act(() => handle.writes.moveAndRemove(allocation, 1124));
    await refusedWith(/Aktiviteterna ligger redan på den fördelningen\./, repository);
    // Fastighetsavdelningen's M1 is outside the head's department.
    await act(() => handle.writes.moveAndRemove(allocation, 121));
    await refusedWith(/^Flytten av aktiviteterna på M4 Fossilfria transporter hos Fordonsservice gjordes inte\. Det här ligger utanför det du ansvarar för/, repository);
  });

  it('refuses a unit head and a reader anything', async () => {
    const { handle, repository } = await harness(headOf('Måltidsservice'));
    await act(() => handle.writes.allocate(232, 111, draft));
    await refusedWith(/Mål fördelas av nivån ovanför/, repository);
  });
});

describe('the keyboard', () => {
  it('makes the grid one Tab stop with arrow keys inside, opens a cell with Enter, starts on i samråd, and Esc returns to the cell', async () => {
    renderAllocation(regionserviceHead);
    await loaded('Miljömål till enheterna i Regionservice');
    const grid = (name: string): HTMLElement => cell(name).closest('table') as HTMLElement;
    const table = grid('Fördela M2 Minskad energianvändning till Logistik');
    // One cell of the grid is in the Tab order; the others are reached with the arrow keys.
    const tabbable = Array.from(table.querySelectorAll('button')).filter((button) => button.tabIndex === 0);
    expect(tabbable).toHaveLength(1);
    tabbable[0].focus();
    fireEvent.keyDown(tabbable[0], { key: 'ArrowDown' });
    const below = document.activeElement as HTMLElement;
    expect(below).not.toBe(tabbable[0]);
    expect(below.dataset.row).toBe('1');
    expect(below.dataset.column).toBe(tabbable[0].dataset.column);
    // The cell last used is where Tab enters next time.
    expect(below.tabIndex).toBe(0);
    expect(tabbable[0].tabIndex).toBe(-1);
    fireEvent.keyDown(below, { key: 'End' });
    expect((document.activeElement as HTMLElement).dataset.column).toBe(String(table.querySelectorAll('thead th').length - 2));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home', ctrlKey: true });
    expect(document.activeElement).toBe(tabbable[0]);

    const target = cell('Fördela M2 Minskad energianvändning till Logistik');
    // A native button: Enter and Space press it, in SharePoint and in Teams.
    expect(target.tagName).toBe('BUTTON');
    expect(target.getAttribute('aria-haspopup')).toBe('dialog');
    target.focus();
    fireEvent.keyDown(target, { key: 'Enter' });
    fireEvent.click(target);
    const samrad = within(dialog()).getByRole('checkbox', { name: /I samråd med enhetschef/ });
    await waitFor(() => expect(document.activeElement).toBe(samrad));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape', code: 'Escape', keyCode: 27, which: 27 });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(cell('Fördela M2 Minskad energianvändning till Logistik')));
  });
});
