/** @jest-environment jsdom */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { demoRegion2023, demoToday } from '../../domain';
import { MiljomalApp } from '../MiljomalApp';
import { allViews, toView, viewLabel } from '../views';
import { MemoryRepository } from '../../../test/support/memoryRepository';
import { english, swedish } from '../../../test/support/strings';


describe('MiljomalApp', () => {
  it.each(allViews)('renders the %s view under its own heading, loading its code on demand', async (view) => {
    const repository = new MemoryRepository([demoRegion2023]);
    render(<MiljomalApp view={view} strings={swedish} repository={repository} today={demoToday} />);
    expect(screen.getByRole('heading', { level: 2, name: viewLabel(view, swedish) })).toBeTruthy();
    // Each view, once its code is there, reads the year from the repository.
    await waitFor(() => expect(repository.calls).toContain('loadYear 2023'));
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
});
