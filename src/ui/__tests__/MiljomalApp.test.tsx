/** @jest-environment jsdom */
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { MiljomalApp } from '../MiljomalApp';
import { allViews, toView, viewLabel } from '../views';
import { MemoryRepository } from '../summary/__tests__/support/memoryRepository';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadLoc } = require('../../../test/jest/loadLoc');

const swedish: IMiljomalWebPartStrings = loadLoc('sv-se');
const english: IMiljomalWebPartStrings = loadLoc('en-us');

describe('MiljomalApp', () => {
  const notBuilt = allViews.filter((view) => view !== 'summary');
  const repository = new MemoryRepository([]);

  it.each(notBuilt)('says honestly that the %s view is not built, in Swedish', async (view) => {
    render(<MiljomalApp view={view} strings={swedish} repository={repository} />);
    expect(screen.getByRole('heading', { name: viewLabel(view, swedish) })).toBeTruthy();
    // MessageBar renders its text a moment later so screen readers announce it.
    expect(await screen.findByText(/finns inte i den här versionen/)).toBeTruthy();
  });

  it('speaks English with English strings', async () => {
    render(<MiljomalApp view="allocation" strings={english} repository={repository} />);
    expect(screen.getByRole('heading', { name: 'Allocation' })).toBeTruthy();
    expect(await screen.findByText(/"Allocation" is not in this version/)).toBeTruthy();
  });

  it('falls back to the summary for an unknown stored view', () => {
    expect(toView('somethingOld')).toBe('summary');
    expect(toView(undefined)).toBe('summary');
    expect(toView('myUnit')).toBe('myUnit');
  });
});
