/** @jest-environment jsdom */
import { ReadError } from '../../../ports';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { findWholeSummary, renderSummary, swedish, totalsValue } from './support/summaryTestKit';

/** The reads of the year and the lists; the periods' settings are read beside them (usePeriodSettings). */
// The periods' settings and the klarmarkeringar are read beside the year, not as part of it.
const yearReads = (repository: { calls: string[] }): string[] => repository.calls.filter((call) => !call.startsWith('periodSettings') && !call.startsWith('readiness'));

const figuresShown = async (): Promise<void> => {
  await screen.findByRole('heading', { name: 'Totalt för Regionstyrelsen, delår 2023' });
  expect(totalsValue('Aktiviteter totalt').value).toBe('10');
  await findWholeSummary();
};

describe('the summary’s states', () => {
  it('shimmers while loading, and says what it is doing', async () => {
    const { repository, container } = renderSummary({}, undefined, (memory) => {
      memory.hold = new Promise<void>(() => undefined);
    });
    // The Shimmer adds its label to a polite status region a moment later, so it is announced.
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Hämtar sammanställningen …'));
    expect(container.querySelector('.ms-Shimmer-container')).not.toBeNull();
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(yearReads(repository)).toEqual(['checkLists']);
  });

  it('says there are no goals for the year yet, and what to do', async () => {
    renderSummary({ today: '2024-03-01', periodKind: undefined }, []);
    expect(await screen.findByText('Inga miljömål för 2024 ännu.')).toBeTruthy();
    expect(screen.getByText(/lägger in årets miljömål i vyn Administration/)).toBeTruthy();
    // The year picker stays, so an earlier year can be chosen.
    expect(screen.getByRole('combobox', { name: /^År/ }).textContent).toContain('2024');
  });

  it('offers "Skapa listor" to a site owner when lists are missing, and then loads', async () => {
    const { repository } = renderSummary({ canManageLists: true }, undefined, (memory) => {
      memory.missingLists = ['goals', 'activities'];
    });
    expect(await screen.findByText(
      'Webbdelen hittar inte de här listorna på den här webbplatsen: Miljömål (Lists/MiljoGoals) och Aktiviteter (Lists/MiljoActivities).',
      { exact: false }
    )).toBeTruthy();
    expect(screen.queryByText(/Be en webbplatsägare/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Skapa listor' }));
    await figuresShown();
    expect(yearReads(repository)).toEqual(['checkLists', 'provision', 'checkLists', 'years', 'loadSummaryYear 2023', 'loadSummaryTexts 2023 3 0']);
  });

  it('tells others to ask a site owner, naming the lists and the site, without a button', async () => {
    renderSummary({ canManageLists: false, siteUrl: 'https://contoso.sharepoint.com/sites/miljo' }, undefined, (memory) => {
      memory.missingLists = ['orgUnits'];
    });
    expect(await screen.findByText(/Listorna för Miljömål saknas/)).toBeTruthy();
    expect(screen.getByText(/på https:\/\/contoso.sharepoint.com\/sites\/miljo: Organisation \(Lists\/MiljoOrgUnits\)\./)).toBeTruthy();
    expect(screen.getByText(/Be en webbplatsägare öppna den här sidan och välja Skapa listor\. Det kräver behörigheten Hantera listor/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Skapa listor' })).toBeNull();
  });

  it('asks the repository whether the user may create lists when the host does not say', async () => {
    const { repository } = renderSummary({ canManageLists: undefined }, undefined, (memory) => {
      memory.missingLists = ['goals'];
      memory.managesLists = true;
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Skapa listor' }));
    await figuresShown();
    expect(repository.calls.filter((call) => call === 'canManageLists')).toHaveLength(1);
  });

  it('tells a reader to ask a site owner when the repository says they may not create lists', async () => {
    renderSummary({ canManageLists: undefined }, undefined, (memory) => {
      memory.missingLists = ['goals'];
    });
    expect(await screen.findByText(/Be en webbplatsägare öppna den här sidan/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Skapa listor' })).toBeNull();
  });

  it('does not ask about permissions when the lists are fine', async () => {
    const { repository } = renderSummary({ canManageLists: undefined });
    await figuresShown();
    expect(repository.calls).not.toContain('canManageLists');
  });

  it('says so when SharePoint refuses to create the lists', async () => {
    renderSummary({ canManageLists: true }, undefined, (memory) => {
      memory.missingLists = ['goals'];
      memory.provisionAnswer = 'forbidden';
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Skapa listor' }));
    expect(await screen.findByText('Du har inte behörigheten Hantera listor på webbplatsen. Be en webbplatsägare skapa listorna.')).toBeTruthy();
  });

  it('shows the summary with a notice when lists need updating', async () => {
    const { repository } = renderSummary({ canManageLists: true }, undefined, (memory) => {
      memory.outdatedLists = ['followUps'];
    });
    await figuresShown();
    expect(screen.getByText(/Listorna Uppföljningar \(Lists\/MiljoFollowUps\) behöver uppdateras/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Uppdatera listor' }));
    await waitFor(() => expect(screen.queryByText(/behöver uppdateras/)).toBeNull());
    await figuresShown();
    expect(repository.calls.filter((call) => call === 'provision')).toHaveLength(1);
  });

  it('says in plain words that loading failed, and "Försök igen" loads', async () => {
    const { repository } = renderSummary({}, undefined, (memory) => {
      memory.failingReads = 1;
    });
    expect(await screen.findByText(/SharePoint svarade inte som väntat/)).toBeTruthy();
    expect(screen.getByText('Det gick inte att hämta sammanställningen.')).toBeTruthy();
    expect(screen.getByText('Teknisk information: HTTP 503: Service Unavailable')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: swedish.Retry }));
    await figuresShown();
    expect(yearReads(repository)).toEqual(['checkLists', 'checkLists', 'years', 'loadSummaryYear 2023', 'loadSummaryTexts 2023 3 0']);
  });

  it('names the missing permission when SharePoint refuses to read', async () => {
    renderSummary({}, undefined, (memory) => {
      memory.failingReads = 3;
      memory.failure = new ReadError('forbidden', 'HTTP 403: Access denied');
    });
    expect(await screen.findByText(/Du har inte behörighet att läsa listorna för Miljömål/)).toBeTruthy();
  });
});
