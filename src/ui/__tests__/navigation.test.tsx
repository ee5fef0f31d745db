/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { demoMiljostrateg, demoOrgUnits, demoRegion2023, demoToday, demoUnitIds } from '../../domain';
import { computeCoverageSummary } from '../../domain/summary/computeCoverageSummary';
import { MiljomalApp } from '../MiljomalApp';
import { navParams, targetFromSearch, targetHref } from '../navigation';
import { MemoryRepository, readerOf } from '../../../test/support/memoryRepository';
import { swedish } from '../../../test/support/strings';
import { findWholeSummary } from '../../../test/support/render';

describe('a place as an address', () => {
  const page = 'https://contoso.sharepoint.com/sites/miljo/SitePages/Hem.aspx?stay=1#top';

  it('names the place in its own parameters and keeps the page\'s', () => {
    const href = targetHref({ view: 'allocation', year: 2023, orgUnitId: 11, goalId: 3 }, {}, page);
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe('https://contoso.sharepoint.com/sites/miljo/SitePages/Hem.aspx');
    expect(url.searchParams.get('stay')).toBe('1');
    expect(url.hash).toBe('');
    expect(targetFromSearch(url.search)).toEqual({ view: 'allocation', year: 2023, orgUnitId: 11, goalId: 3 });
  });

  it('points to the page set for the view, replacing an earlier place', () => {
    const pages = { myUnit: 'https://contoso.sharepoint.com/sites/miljo/SitePages/MinEnhet.aspx' };
    const earlier = `${page.replace('#top', '')}&${navParams.view}=allocation&${navParams.goal}=9`;
    const href = targetHref({ view: 'myUnit', orgUnitId: 111, activityId: 5 }, pages, earlier);
    expect(href).toBe(`${pages.myUnit}?miljomal-view=myUnit&miljomal-unit=111&miljomal-activity=5`);
    // The allocation page is not set: its links stay on this page.
    expect(targetHref({ view: 'allocation', orgUnitId: 11 }, pages, page)).toMatch(/^https:\/\/contoso\.sharepoint\.com\/sites\/miljo\/SitePages\/Hem\.aspx\?/);
  });

  it('ignores addresses that name no place, or one it does not know', () => {
    expect(targetFromSearch('')).toBeUndefined();
    expect(targetFromSearch('?miljomal-view=allocation')).toBeUndefined();
    expect(targetFromSearch('?miljomal-view=administration&miljomal-unit=11')).toBeUndefined();
    expect(targetFromSearch('?miljomal-view=myUnit&miljomal-unit=11x')).toBeUndefined();
    expect(targetFromSearch('?miljomal-view=myUnit&miljomal-unit=111&miljomal-goal=-1')).toEqual({ view: 'myUnit', orgUnitId: 111 });
  });
});

describe('gaps that lead to the fix', () => {
  const firstMissing = computeCoverageSummary(demoRegion2023, { year: 2023, kind: 'delar' }).gaps
    .find((gap) => gap.code === 'departmentMissingGoals');

  it('opens the Fördelning cell of a missing goal from the gaps list, focused, with the way back', async () => {
    if (firstMissing?.code !== 'departmentMissingGoals') throw new Error('the demo region has a department missing goals');
    const repository = new MemoryRepository([demoRegion2023], readerOf(demoMiljostrateg, true));
    render(<MiljomalApp view="summary" strings={swedish} repository={repository} today={demoToday} />);
    const links = await screen.findAllByRole('link', { name: /\(öppnar Fördelning\)$/ });
    const link = links[0];
    const href = new URL(link.getAttribute('href') ?? '');
    expect(href.searchParams.get(navParams.view)).toBe('allocation');
    expect(href.searchParams.get(navParams.unit)).toBe(String(firstMissing.departmentId));
    expect(href.searchParams.get(navParams.goal)).toBe(String(firstMissing.missingGoalIds[0]));

    fireEvent.click(link);
    expect(await screen.findByRole('heading', { level: 2, name: swedish.ViewAllocation })).toBeTruthy();
    const key = `${firstMissing.missingGoalIds[0]}:${firstMissing.departmentId}`;
    await waitFor(() => expect((document.activeElement as HTMLElement | null)?.dataset.cell).toBe(key));
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Fördela /);

    fireEvent.click(screen.getByRole('button', { name: 'Tillbaka till Sammanställning' }));
    expect(await screen.findByRole('heading', { level: 2, name: swedish.ViewSummary })).toBeTruthy();
  });

  it('lets a modified click open the link as a link (a new tab), not in the web part', async () => {
    const repository = new MemoryRepository([demoRegion2023], readerOf(demoMiljostrateg, true));
    render(<MiljomalApp view="summary" strings={swedish} repository={repository} today={demoToday} />);
    const links = await screen.findAllByRole('link', { name: /\(öppnar Fördelning\)$/ });
    // What the web part did with the click, read after it (React listens at its root), before jsdom would navigate.
    let preventedByWebPart: boolean | undefined;
    const look = (seen: Event): void => { preventedByWebPart = seen.defaultPrevented; seen.preventDefault(); };
    window.addEventListener('click', look);
    links[0].dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
    window.removeEventListener('click', look);
    expect(preventedByWebPart).toBe(false);
    expect(screen.getByRole('heading', { level: 2, name: swedish.ViewSummary })).toBeTruthy();
  });

  it('links the matrix\'s "Saknas" cells and an opened department\'s missing follow-ups, to the pages the property pane set', async () => {
    const pages = { allocation: 'https://contoso.sharepoint.com/sites/miljo/SitePages/Fordelning.aspx', myUnit: 'https://contoso.sharepoint.com/sites/miljo/SitePages/MinEnhet.aspx' };
    const repository = new MemoryRepository([demoRegion2023], readerOf(demoMiljostrateg, true));
    render(<MiljomalApp view="summary" strings={swedish} repository={repository} today={demoToday} pages={pages} />);
    await findWholeSummary();
    const missing = await screen.findAllByRole('link', { name: /^Saknas: fördela M\d .* till .* \(öppnar Fördelning\)$/ });
    const summary = computeCoverageSummary(demoRegion2023, { year: 2023, kind: 'helar' });
    // One per department and goal it lacks, in the matrix and in the department table.
    expect(missing).toHaveLength(2 * summary.departments.reduce((total, department) => total + department.missingGoalIds.length, 0));
    for (const link of missing) expect(link.getAttribute('href')).toMatch(new RegExp(`^${pages.allocation}\\?miljomal-view=allocation&miljomal-year=2023&miljomal-unit=\\d+&miljomal-goal=\\d+$`));

    fireEvent.click(screen.getByRole('button', { name: /^.?Regionservice$/ }));
    const followUps = await screen.findAllByRole('link', { name: /^Inte uppföljd: följ upp .* \(öppnar Min enhet\)$/ });
    const first = new URL(followUps[0].getAttribute('href') ?? '');
    expect(first.origin + first.pathname).toBe(pages.myUnit);
    const activity = demoRegion2023.activities.find((candidate) => candidate.id === Number(first.searchParams.get(navParams.activity)));
    const allocation = demoRegion2023.allocations.find((candidate) => candidate.id === activity?.allocationId);
    // The activity's own unit, and the link says which activity.
    expect(first.searchParams.get(navParams.unit)).toBe(String(allocation?.orgUnitId));
    expect(followUps[0].getAttribute('aria-label')).toContain(activity?.title);
  });

  it('gives way to the page\'s own view when that changes (the property pane, the workbench)', async () => {
    const repository = new MemoryRepository([demoRegion2023], readerOf(demoMiljostrateg, true));
    const target = { view: 'allocation' as const, orgUnitId: 11 };
    const { rerender } = render(<MiljomalApp view="summary" strings={swedish} repository={repository} today={demoToday} target={target} />);
    expect(await screen.findByRole('heading', { level: 2, name: swedish.ViewAllocation })).toBeTruthy();
    rerender(<MiljomalApp view="indicators" strings={swedish} repository={repository} today={demoToday} target={target} />);
    expect(await screen.findByRole('heading', { level: 2, name: swedish.ViewIndicators })).toBeTruthy();
  });

  it('lands a unit head on an activity\'s follow-up from the address the page was opened with', async () => {
    const unitId = demoUnitIds.maltidsservice;
    const head = demoOrgUnits.find((unit) => unit.id === unitId)?.head;
    const allocationIds = new Set(demoRegion2023.allocations.filter((allocation) => allocation.orgUnitId === unitId).map((allocation) => allocation.id));
    const activity = demoRegion2023.activities.find((candidate) => allocationIds.has(candidate.allocationId));
    if (head === undefined || activity === undefined) throw new Error('the demo unit has a head and an activity');
    const repository = new MemoryRepository([demoRegion2023], readerOf(head, false, { unitHead: true }));
    const target = targetFromSearch(`?miljomal-view=myUnit&miljomal-unit=${unitId}&miljomal-activity=${activity.id}`);
    render(<MiljomalApp view="summary" strings={swedish} repository={repository} today={demoToday} target={target} />);
    expect(await screen.findByRole('heading', { level: 2, name: swedish.ViewMyUnit })).toBeTruthy();
    await waitFor(() => {
      const focused = document.activeElement as HTMLElement | null;
      expect(focused?.dataset.followUpFor ?? focused?.dataset.activity).toBe(String(activity.id));
    });
  });
});
