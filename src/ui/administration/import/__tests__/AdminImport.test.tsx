/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { demoForvaltningId } from '../../../../domain/demo/demoOrganisation';
import { demoToday } from '../../../../domain';
import { dialog, strategist } from '../../../allocation/__tests__/support/allocationTestKit';
import { loadedAdministration, renderAdministration } from '../../__tests__/support/administrationTestKit';
import { decodeText } from '../readImportFile';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';

// jsdom has no TextDecoder; browsers (and Node) do.
Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });

const top = 'Regionstyrelsens förvaltning';

function csvFile(lines: string[], name = 'organisation.csv'): File {
  return new File(['\uFEFF' + lines.join('\r\n')], name, { type: 'text/csv' });
}

async function openImport(button: string): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('button', { name: button }));
  return screen.findByRole('dialog');
}

function choose(file: File): void {
  fireEvent.change(within(dialog()).getByLabelText('Välj fil (.xlsx eller .csv)'), { target: { files: [file] } });
}

function rowOfFile(rowNumber: number): HTMLElement {
  const cell = within(dialog()).getAllByRole('cell').find((candidate) => candidate.textContent === String(rowNumber) && (candidate as HTMLTableCellElement).cellIndex === 0);
  const row = cell?.closest('tr');
  if (row === null || row === undefined) throw new Error(`no row ${rowNumber}`);
  return row;
}

describe('importing the organisation in Administration', () => {
  it('previews every row with its fate and errors in Swedish, imports the valid rows, and the same file again is unchanged', async () => {
    const { repository } = renderAdministration(strategist);
    await loadedAdministration();
    await openImport('Importera organisation');
    const file = csvFile([
      'Nivå;Namn;Överordnad;Kortnamn',
      `avdelning;Hälso- och sjukvård;${top};HS`,
      'enhet;Planering;Hälso- och sjukvård;',
      'enhet;Vårdhygien;Hälso- och sjukvård;',
      'enhet;Okänd;Finns inte;',
      'sektion;Fel nivå;Regionservice;',
      'enhet;Planering;Hälso- och sjukvård;',
      `förvaltning;${top};;`
    ]);
    choose(file);
    expect(await within(dialog()).findByText('3 nya, 0 ändrade, 1 oförändrade, 3 med fel')).toBeTruthy();
    expect(rowOfFile(5).textContent).toContain('Överordnad ”Finns inte” finns varken i filen eller i organisationen.');
    expect(rowOfFile(6).textContent).toContain('Okänd nivå ”sektion”: skriv förvaltning, avdelning eller enhet.');
    expect(rowOfFile(7).textContent).toContain('”Planering” finns redan under samma överordnad på rad 3.');
    expect(rowOfFile(2).textContent).toContain('Ny');
    // What the organisation has and the file lacks is listed, not removed.
    expect(within(dialog()).getByText(/I organisationen men inte i filen/)).toBeTruthy();

    fireEvent.click(within(dialog()).getByRole('button', { name: 'Importera de giltiga raderna (3)' }));
    expect(await within(dialog()).findByText(/Klart: 3 sparade, 0 sparades inte, 0 inte påbörjade\./)).toBeTruthy();
    const stored = repository.stored(2023).orgUnits;
    const department = stored.find((unit) => unit.name === 'Hälso- och sjukvård');
    expect(department).toMatchObject({ level: 'avdelning', parentId: demoForvaltningId, shortName: 'HS' });
    expect(stored.filter((unit) => unit.parentId === department?.id).map((unit) => unit.name).sort()).toEqual(['Planering', 'Vårdhygien']);
    // Parents first: the department was written before its units.
    const adds = repository.writes.filter((write) => write.startsWith('addOrgUnit'));
    expect(adds).toHaveLength(3);
    // A batch per level: the department, then its two units together.
    expect(repository.batches.filter((call) => call.startsWith('addOrgUnits'))).toEqual(['addOrgUnits 1', 'addOrgUnits 2']);

    choose(file);
    expect(await within(dialog()).findByText('0 nya, 0 ändrade, 4 oförändrade, 3 med fel')).toBeTruthy();
    expect(within(dialog()).getByRole('button', { name: 'Importera de giltiga raderna (0)' }).hasAttribute('disabled')
      || within(dialog()).getByRole('button', { name: 'Importera de giltiga raderna (0)' }).getAttribute('aria-disabled') === 'true').toBe(true);
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('rowheader', { name: /Vårdhygien/ })).toBeTruthy();
  });

  it('closes what the file lacks only when asked, children before parents, from today', async () => {
    const { repository } = renderAdministration(strategist);
    await loadedAdministration();
    const open = repository.stored(2023).orgUnits.filter((unit) => unit.closed !== true);
    await openImport('Importera organisation');
    choose(csvFile(['Nivå;Namn;Överordnad', `förvaltning;${top};`]));
    const lacking = open.length - 1;
    const offer = await within(dialog()).findByRole('button', { name: `Stäng det som saknas i filen (${lacking}) …` });
    expect(repository.batches.filter((call) => call.startsWith('updateOrgUnits'))).toEqual([]);

    fireEvent.click(offer);
    expect(await within(dialog()).findByText(/stängs från och med i dag\. Inget tas bort/)).toBeTruthy();
    // Asked, not done: going back writes nothing.
    fireEvent.click(within(dialog()).getAllByRole('button', { name: 'Avbryt' })[0]);
    expect(repository.stored(2023).orgUnits.filter((unit) => unit.closed !== true)).toHaveLength(open.length);

    fireEvent.click(within(dialog()).getByRole('button', { name: `Stäng det som saknas i filen (${lacking}) …` }));
    fireEvent.click(within(dialog()).getByRole('button', { name: `Ja, stäng (${lacking})` }));
    expect(await within(dialog()).findByText(`Stängda: ${lacking}. Kunde inte stängas: 0.`)).toBeTruthy();
    // The services' today (the demo's), not the machine's: the product has one clock.
    const today = demoToday;
    const stored = repository.stored(2023).orgUnits;
    const closedNow = stored.filter((unit) => unit.closed === true && open.some((before) => before.id === unit.id));
    expect(closedNow.map((unit) => unit.closedOn)).toEqual(new Array(lacking).fill(today));
    expect(stored.find((unit) => unit.name === top)?.closed).not.toBe(true);
    expect(repository.batches.filter((call) => call.startsWith('updateOrgUnits'))).toEqual([`updateOrgUnits ${lacking}`]);
  });

  it('says in the preview which heads SharePoint cannot find, asking about them all in one call, before anything is written', async () => {
    const { repository } = renderAdministration(strategist);
    repository.directory = [{ login: 'karin.lind@region.example', name: 'Karin Lind', email: 'karin.lind@region.example' }];
    await loadedAdministration();
    await openImport('Importera organisation');
    choose(csvFile([
      'Nivå;Namn;Överordnad;Chefens e-post',
      `avdelning;Ekonomi;${top};karin.lind@region.example`,
      'enhet;Redovisning;Ekonomi;ingen.alls@region.example',
      'enhet;Lön;Ekonomi;INGEN.ALLS@region.example'
    ]));
    expect(await within(dialog()).findByText('1 nya, 0 ändrade, 0 oförändrade, 2 med fel')).toBeTruthy();
    expect(rowOfFile(3).textContent).toContain('Chefen ingen.alls@region.example finns inte i SharePoint.');
    expect(rowOfFile(4).textContent).toContain('finns inte i SharePoint.');
    expect(repository.batches).toEqual(['resolvePeople 2']);
    expect(repository.writes).toEqual([]);
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Importera de giltiga raderna (1)' }));
    expect(await within(dialog()).findByText(/Klart: 1 sparade/)).toBeTruthy();
    expect(repository.stored(2023).orgUnits.find((unit) => unit.name === 'Ekonomi')?.head).toMatchObject({ login: 'karin.lind@region.example', name: 'Karin Lind' });
  });

  it('takes a head as the file names them when the directory cannot be asked, and SharePoint checks them on saving', async () => {
    const { repository } = renderAdministration(strategist);
    repository.failingResolutions = 1;
    await loadedAdministration();
    await openImport('Importera organisation');
    choose(csvFile(['Nivå;Namn;Överordnad;Chefens e-post;Chefens namn', `avdelning;Ekonomi;${top};okand@region.example;Okänd Person`]));
    expect(await within(dialog()).findByText('1 nya, 0 ändrade, 0 oförändrade, 0 med fel')).toBeTruthy();
  });

  it('updates a changed unit in place, in a batch of updates', async () => {
    const { repository } = renderAdministration(strategist);
    await loadedAdministration();
    await openImport('Importera organisation');
    choose(csvFile(['Nivå;Namn;Överordnad;Kortnamn', `avdelning;Regionservice;${top};RS-ny`]));
    expect(await within(dialog()).findByText('0 nya, 1 ändrade, 0 oförändrade, 0 med fel')).toBeTruthy();
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Importera de giltiga raderna (1)' }));
    expect(await within(dialog()).findByText(/Klart: 1 sparade, 0 sparades inte, 0 inte påbörjade\./)).toBeTruthy();
    expect(repository.batches).toContain('updateOrgUnits 1');
    expect(repository.stored(2023).orgUnits.find((unit) => unit.name === 'Regionservice')?.shortName).toBe('RS-ny');
  });

  it('a failed save leaves its units not started; importing again carries on', async () => {
    const { repository } = renderAdministration(strategist);
    await loadedAdministration();
    await openImport('Importera organisation');
    const file = csvFile(['Level,Name,Parent', `department,Ekonomi,${top}`, 'unit,Redovisning,Ekonomi']);
    repository.force('addOrgUnit', { kind: 'failed', cause: 'busy', message: 'HTTP 503' });
    choose(file);
    await within(dialog()).findByText('2 nya, 0 ändrade, 0 oförändrade, 0 med fel');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Importera de giltiga raderna (2)' }));
    expect(await within(dialog()).findByText(/Klart: 0 sparade, 1 sparades inte, 1 inte påbörjade\. Importera samma fil igen/)).toBeTruthy();
    expect(rowOfFile(3).textContent).toContain('Inte påbörjad');
    expect(repository.stored(2023).orgUnits.some((unit) => unit.name === 'Ekonomi')).toBe(false);
    choose(file);
    await within(dialog()).findByText('2 nya, 0 ändrade, 0 oförändrade, 0 med fel');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Importera de giltiga raderna (2)' }));
    expect(await within(dialog()).findByText(/Klart: 2 sparade/)).toBeTruthy();
  });

  it('shows the progress as a bar with its count; a stop lets the writes already sent finish and starts no more', async () => {
    const { repository } = renderAdministration(strategist);
    await loadedAdministration();
    await openImport('Importera organisation');
    let release: () => void = () => undefined;
    repository.writeGate = new Promise((resolve) => { release = resolve; });
    choose(csvFile(['Nivå;Namn;Överordnad', `avdelning;Ekonomi;${top}`, 'enhet;Redovisning;Ekonomi', 'enhet;Lön;Ekonomi']));
    await within(dialog()).findByText('3 nya, 0 ändrade, 0 oförändrade, 0 med fel');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Importera de giltiga raderna (3)' }));
    const bar = await within(dialog()).findByRole('progressbar', { name: 'Importerar' });
    expect(bar.getAttribute('aria-valuetext')).toBe('0 av 3 klara');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Avbryt importen' }));
    expect(within(dialog()).getByText('Avbryter när de rader som redan skickats är klara …')).toBeTruthy();
    repository.writeGate = undefined;
    release();
    expect(await within(dialog()).findByText(/Klart: 1 sparade, 0 sparades inte, 2 inte påbörjade\./)).toBeTruthy();
    const stored = repository.stored(2023).orgUnits;
    const department = stored.find((unit) => unit.name === 'Ekonomi');
    expect(department?.parentId).toBe(demoForvaltningId);
    expect(stored.filter((unit) => unit.parentId === department?.id)).toEqual([]);
  });

  it('refuses a file that is neither .xlsx nor .csv, and one without the columns, saying which', async () => {
    renderAdministration(strategist);
    await loadedAdministration();
    await openImport('Importera organisation');
    choose(new File(['x'], 'organisation.pdf'));
    expect(await within(dialog()).findByText('Välj en fil som slutar på .xlsx eller .csv.')).toBeTruthy();
    choose(csvFile(['Chef;Telefon', 'a@b.se;1']));
    expect(await within(dialog()).findByText(/Filen saknar kolumnen ”Namn”\. .*Filen saknar kolumnen ”Nivå” eller ”Överordnad”/)).toBeTruthy();
  });
});

describe('importing the year\'s goals in Administration', () => {
  it('updates a goal by its code and adds a new one', async () => {
    const { repository } = renderAdministration(strategist);
    await loadedAdministration();
    await openImport('Importera mål');
    const before = repository.stored(2023).goals.length;
    const first = repository.stored(2023).goals[0];
    choose(csvFile(['Målkod;Mål;Indikator', `${first.code};${first.title};Nytt mått`, 'M9;Hållbara inköp;Andel avtal'], 'mål.csv'));
    expect(await within(dialog()).findByText(`1 nya, 1 ändrade, 0 oförändrade, 0 med fel`)).toBeTruthy();
    expect(rowOfFile(2).textContent).toContain('Ändrar: indikator');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Importera de giltiga raderna (2)' }));
    expect(await within(dialog()).findByText(/Klart: 2 sparade/)).toBeTruthy();
    const goals = repository.stored(2023).goals;
    expect(goals).toHaveLength(before + 1);
    expect(goals.find((goal) => goal.id === first.id)?.indicator).toBe('Nytt mått');
    expect(goals.find((goal) => goal.code === 'M9')).toMatchObject({ title: 'Hållbara inköp', year: 2023 });
  });
});

describe('reading files', () => {
  it('decodes UTF-8, and falls back to the Windows code page older Excel saves', () => {
    expect(decodeText(new TextEncoder().encode('Nivå;Öst').buffer)).toBe('Nivå;Öst');
    expect(decodeText(new Uint8Array([0x4e, 0x69, 0x76, 0xe5]).buffer)).toBe('Nivå');
  });
});
