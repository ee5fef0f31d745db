/** @jest-environment jsdom */
import * as React from 'react';
import { act, screen } from '@testing-library/react';
import { MemoryRepository } from '../../../../test/support/memoryRepository';
import { renderWithServices } from '../../../../test/support/render';
import { english } from '../../../../test/support/strings';
import { SharePointWaitNotice } from '../SharePointWaitNotice';

describe('the notice that a save waits for SharePoint', () => {
  it('says when the save tries again and that the draft is kept, and goes when it tries', async () => {
    const repository = new MemoryRepository([]);
    renderWithServices(<SharePointWaitNotice />, { repository });
    expect(screen.queryByRole('status')).toBeNull();
    let done = (): void => undefined;
    act(() => { done = repository.waits.begin(Date.now() + 30000); });
    const notice = await screen.findByText(/SharePoint har mycket att göra och ber oss vänta\. Det som sparas skickas igen kl\. \d{2}:\d{2}:\d{2} \(om (30|29) sekunder\)\. Det du skrivit finns kvar/);
    expect(notice.closest('[role="status"]')).not.toBeNull();
    act(() => done());
    expect(screen.queryByText(/ber oss vänta/)).toBeNull();
  });

  it('stays quiet for a wait too short to read about, and speaks English in English', async () => {
    const repository = new MemoryRepository([]);
    renderWithServices(<SharePointWaitNotice />, { repository, strings: english, locale: 'en-US' });
    act(() => { repository.waits.begin(Date.now() + 500); });
    expect(screen.queryByText(/asks us to wait/)).toBeNull();
    act(() => { repository.waits.begin(Date.now() + 45000); });
    expect(await screen.findByText(/SharePoint is busy and asks us to wait\. What is being saved is sent again at .* \(in (45|44) seconds\)/)).toBeTruthy();
  });
});
