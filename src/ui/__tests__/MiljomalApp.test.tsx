/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { demoRegion2023, demoToday } from '../../domain';
import { MiljomalApp } from '../MiljomalApp';
import { allViews, followedView, storedView, switchableViews, toView, viewLabel } from '../views';
import { MemoryRepository, readerOf } from '../../../test/support/memoryRepository';
import { english, swedish } from '../../../test/support/strings';


describe('MiljomalApp', () => {
  it.each(allViews)('renders the %s view under its own heading, loading its code on demand', async (view) => {
    const repository = new MemoryRepository([demoRegion2023]);
    render(<MiljomalApp view={view} strings={swedish} repository={repository} today={demoToday} />);
    expect(screen.getByRole('heading', { level: 2, name: viewLabel(view, swedish) })).toBeTruthy();
    // Each view, once its code is there, reads the year from the repository: the summary its lean read.
    await waitFor(() => expect(repository.calls).toContain(view === 'summary' ? 'loadSummaryYear 2023' : 'loadYear 2023'));
  });

  it('speaks English with English strings', () => {
    render(<MiljomalApp view="administration" strings={english} repository={new MemoryRepository([])} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Administration' })).toBeTruthy();
  });

  it('falls back to the summary for an unknown stored view', () => {
    expect(toView('somethingOld')).toBe('summary');
    expect(toView(undefined)).toBe('summary');
    expect(toView('myUnit')).toBe('myUnit');
  });

  it('leaves an unset stored view to the user', () => {
    expect(storedView(undefined)).toBeUndefined();
    expect(storedView('')).toBeUndefined();
    expect(storedView('allocation')).toBe('allocation');
  });
});

describe('a page (or Teams personal app) that leaves the view unset', () => {
  const person = { login: 'enhetschef@region.example', name: 'Enhetschef' };
  const none = { isRegionalStaff: false, isDepartmentHead: false, isUnitHead: false };

  it('starts each role where its work is', () => {
    expect(followedView({ ...none, isUnitHead: true })).toBe('myUnit');
    expect(followedView({ ...none, isDepartmentHead: true })).toBe('allocation');
    expect(followedView({ ...none, isDepartmentHead: true, isUnitHead: true })).toBe('allocation');
    expect(followedView({ ...none, isRegionalStaff: true, isDepartmentHead: true })).toBe('summary');
    expect(followedView(none)).toBe('summary');
    expect(switchableViews(none)).not.toContain('administration');
    expect(switchableViews({ ...none, isRegionalStaff: true })).toContain('administration');
  });

  it('opens Min enhet for a unit head, with the other views a button away', async () => {
    const repository = new MemoryRepository([demoRegion2023], readerOf(person, false, { unitHead: true }));
    render(<MiljomalApp strings={swedish} repository={repository} today={demoToday} />);
    expect(await screen.findByRole('heading', { level: 2, name: swedish.ViewMyUnit })).toBeTruthy();
    const views = screen.getByRole('navigation', { name: swedish.ViewSwitcherLabel });
    expect(views.querySelector('[aria-current="page"]')?.textContent).toBe(swedish.ViewMyUnit);
    expect(views.textContent).not.toContain(swedish.ViewAdministration);
    fireEvent.click(screen.getByRole('button', { name: swedish.ViewSummary }));
    expect(await screen.findByRole('heading', { level: 2, name: swedish.ViewSummary })).toBeTruthy();
  });

  it('opens the summary when it cannot tell who the user is', async () => {
    const repository = new MemoryRepository([demoRegion2023]);
    repository.currentUser = () => Promise.reject(new Error('offline'));
    render(<MiljomalApp strings={english} repository={repository} today={demoToday} />);
    expect(await screen.findByRole('heading', { level: 2, name: english.ViewSummary })).toBeTruthy();
  });
});

describe('Hjälp beside every view\'s heading', () => {
  const person = { login: 'enhetschef@region.example', name: 'Enhetschef' };
  const helpPage = 'https://contoso.sharepoint.com/sites/miljo/SitePages/hjalp/';

  it.each(allViews)('opens the unit head\'s guide from the %s view', async (view) => {
    const repository = new MemoryRepository([demoRegion2023], readerOf(person, false, { unitHead: true }));
    render(<MiljomalApp view={view} strings={swedish} repository={repository} today={demoToday} helpPage={helpPage} />);
    const help = await screen.findByRole('link', { name: swedish.HelpLinkLabel });
    expect(help.textContent).toBe(swedish.HelpLink);
    expect(help.getAttribute('href')).toBe(`${helpPage}enhetschef.aspx`);
    expect(help.getAttribute('target')).toBe('_blank');
  });

  it('opens the reader\'s guide when it cannot tell who the user is, and shows no link without a help page', async () => {
    const repository = new MemoryRepository([demoRegion2023]);
    repository.currentUser = () => Promise.reject(new Error('offline'));
    const { unmount } = render(<MiljomalApp view="summary" strings={english} repository={repository} today={demoToday} helpPage={helpPage} />);
    expect((await screen.findByRole('link', { name: english.HelpLinkLabel })).getAttribute('href')).toBe(`${helpPage}lasare.aspx`);
    unmount();
    render(<MiljomalApp view="summary" strings={english} repository={new MemoryRepository([demoRegion2023])} today={demoToday} />);
    await screen.findByRole('heading', { level: 2, name: english.ViewSummary });
    expect(screen.queryByRole('link', { name: english.HelpLinkLabel })).toBeNull();
  });
});
