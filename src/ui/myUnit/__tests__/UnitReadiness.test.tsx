/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { demo, freshTab, renderMyUnit } from './support/myUnitTestKit';

beforeEach(freshTab);

const section = async (): Promise<HTMLElement> => {
  const heading = await screen.findByRole('heading', { level: 4, name: 'Klarmarkering för helår 2023' });
  return heading.closest('section')!;
};

describe('Min enhet: a unit head marks the period ready', () => {
  it('asks why when activities are not followed up, keeps the text on a refusal, then marks with the reason and can take it back', async () => {
    const { repository } = renderMyUnit(demo.maltidsserviceHead);
    const place = await section();
    expect(within(place).getByText('Måltidsservice: inte markerad som klar.')).toBeTruthy();
    fireEvent.click(within(place).getByRole('button', { name: 'Markera helår 2023 som klar' }));
    const dialog = await screen.findByRole('dialog', { name: 'Markera Måltidsservice som klar för helår 2023' });
    expect(within(dialog).getByText(/^2 aktiviteter saknar uppföljning för helår 2023\./)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Markera helår 2023 som klar' }));
    expect(await within(dialog).findByText(/2 aktiviteter saknar uppföljning: skriv varför/)).toBeTruthy();
    expect(repository.writes.filter((write) => write.startsWith('recordReadiness'))).toEqual([]);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Varför är inte allt uppföljt\?/ }), { target: { value: 'Kajutan svarar i februari.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Markera helår 2023 som klar' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(place).getByRole('status').textContent).toBe('Måltidsservice är markerad som klar för helår 2023.');
    expect(within(place).getByText(/^Måltidsservice: klar, markerad av Maja Engström/)).toBeTruthy();
    expect(within(place).getByText(/Kommentar: ”Kajutan svarar i februari\.”$/)).toBeTruthy();
    expect(await repository.readiness(2023)).toEqual([expect.objectContaining({ kind: 'ready', orgUnitId: 111, comment: 'Kajutan svarar i februari.' })]);

    fireEvent.click(within(place).getByRole('button', { name: 'Ta tillbaka markeringen' }));
    const back = await screen.findByRole('dialog', { name: 'Ta tillbaka markeringen för Måltidsservice?' });
    fireEvent.click(within(back).getByRole('button', { name: 'Ta tillbaka markeringen' }));
    await waitFor(() => expect(within(place).getByText('Måltidsservice: inte markerad som klar.')).toBeTruthy());
  });

  it('keeps the reason typed when SharePoint refuses, and says so in the user\'s words', async () => {
    const { repository } = renderMyUnit(demo.maltidsserviceHead, {}, undefined, (memory) => memory.force('recordReadiness', { kind: 'forbidden' }));
    const place = await section();
    fireEvent.click(within(place).getByRole('button', { name: 'Markera helår 2023 som klar' }));
    const dialog = await screen.findByRole('dialog');
    const box = within(dialog).getByRole('textbox');
    fireEvent.change(box, { target: { value: 'En orsak.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Markera helår 2023 som klar' }));
    expect(await within(dialog).findByText(/SharePoint nekade markeringen/)).toBeTruthy();
    expect((box as HTMLTextAreaElement).value).toBe('En orsak.');
    expect(repository.writes).toEqual(['recordReadiness ready 111 2023-helar']);
  });

  it('shows a reader the state and no button', async () => {
    renderMyUnit(demo.reader);
    const heading = await screen.findAllByRole('heading', { level: 4, name: 'Klarmarkering för helår 2023' }).catch(() => []);
    for (const found of heading) expect(within(found.closest('section')!).queryByRole('button')).toBeNull();
  });
});
