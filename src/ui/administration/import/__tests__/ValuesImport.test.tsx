/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import { TextDecoder as NodeTextDecoder } from 'util';
import { demoMiljostrateg, demoRegion2023, demoToday } from '../../../../domain';
import { demoIndicators } from '../../../../domain/demo/demoIndicators';
import { forgetDraftMemory } from '../../../edit/draftStore';
import { MemoryRepository, readerOf } from '../../../../../test/support/memoryRepository';
import { renderWithServices } from '../../../../../test/support/render';
import { swedish } from '../../../../../test/support/strings';
import { IndicatorsView } from '../../../indicators/IndicatorsView';

// jsdom has no TextDecoder; browsers (and Node) do.
Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

beforeEach(() => {
  window.sessionStorage.clear();
  forgetDraftMemory();
});

describe('importing indicator values in the indicators view', () => {
  it('previews, writes the new and changed values, and the same file again is unchanged', async () => {
    const repository = new MemoryRepository([demoRegion2023], readerOf(demoMiljostrateg, true));
    renderWithServices(<IndicatorsView />, { repository, strings: swedish, today: demoToday });
    fireEvent.click(await screen.findByRole('button', { name: 'Importera utfall' }));
    const dialog = await screen.findByRole('dialog', { name: 'Importera indikatorernas utfall' });
    const [first, second] = demoIndicators;
    const file = new File(['\uFEFF' + [
      'Indikator;År;Utfall;Kommentar;Preliminärt',
      `${first.name};2024;1 100,5;Prognos;ja`,
      `${second.name};2023;1000;;nej`,
      'Vatten;2023;1;;'
    ].join('\r\n')], 'utfall.csv');
    fireEvent.change(within(dialog).getByLabelText('Välj fil (.xlsx eller .csv)'), { target: { files: [file] } });
    expect(await within(dialog).findByText(/^1 nya, 1 ändrade, 0 oförändrade, 1 med fel$/)).toBeTruthy();
    expect(within(dialog).getByText('Ingen indikator heter ”Vatten”.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Importera de giltiga raderna (2)' }));
    expect(await within(dialog).findByText(/Klart: 2 sparade, 0 sparades inte/)).toBeTruthy();
    const values = repository.stored(2023).indicatorValues;
    expect(values.find((value) => value.indicatorId === first.id && value.year === 2024)).toMatchObject({ value: 1100.5, comment: 'Prognos', preliminary: true });
    expect(values.find((value) => value.indicatorId === second.id && value.year === 2023)).toMatchObject({ value: 1000, preliminary: false });
    fireEvent.change(within(dialog).getByLabelText('Välj fil (.xlsx eller .csv)'), { target: { files: [file] } });
    expect(await within(dialog).findByText(/^0 nya, 0 ändrade, 2 oförändrade, 1 med fel$/)).toBeTruthy();
  });
});
