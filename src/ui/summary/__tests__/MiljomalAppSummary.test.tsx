/** @jest-environment jsdom */
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { demoRegion2023, demoToday } from '../../../domain';
import { MiljomalApp } from '../../MiljomalApp';
import { MemoryRepository } from '../../../../test/support/memoryRepository';
import { english, swedish } from './support/summaryTestKit';

describe('MiljomalApp with a repository', () => {
  it('shows the summary view under the view’s heading', async () => {
    render(<MiljomalApp view="summary" strings={swedish} repository={new MemoryRepository([demoRegion2023])} today={demoToday} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Sammanställning' })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 3, name: 'Totalt för Regionstyrelsen, helår 2023' })).toBeTruthy();
    expect(screen.queryByText(/finns inte i den här versionen/)).toBeNull();
  });

  it('writes the report in the page’s language', async () => {
    render(
      <MiljomalApp view="summary" strings={english} locale="en-US" repository={new MemoryRepository([demoRegion2023])} today={demoToday} />
    );
    expect(await screen.findByText(/^A summary shows that/)).toBeTruthy();
  });

});
