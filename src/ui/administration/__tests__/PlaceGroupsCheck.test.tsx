/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import { demoRegion2023, demoToday } from '../../../domain';
import { MemoryRepository, readerOf } from '../../../../test/support/memoryRepository';
import { renderWithServices } from '../../../../test/support/render';
import { english, swedish } from '../../../../test/support/strings';
import { strategist } from '../../allocation/__tests__/support/allocationTestKit';
import { AdministrationView } from '../AdministrationView';

const regionservice = demoRegion2023.orgUnits.find((unit) => unit.name === 'Regionservice')!;

function render(strings: IMiljomalWebPartStrings = swedish): MemoryRepository {
  const repository = new MemoryRepository([demoRegion2023], readerOf(strategist, true));
  repository.mismatches = [
    { placeId: regionservice.id, groupMissing: false, missing: [regionservice.head!.login.toLowerCase()], extra: ['per@region.example'] },
    { placeId: 12, groupMissing: true, missing: ['ny@region.example'], extra: [] }
  ];
  renderWithServices(<AdministrationView />, { repository, strings, locale: strings === english ? 'en-US' : 'sv-SE', today: demoToday });
  return repository;
}

const section = (name: string): Promise<HTMLElement> => screen.findByRole('region', { name }, { timeout: 10000 });

describe('the place groups against the heads, in Administration', () => {
  it('names each group that differs, and puts the members right when asked', async () => {
    const repository = render();
    const groups = await section('Grupper och chefer');
    expect(repository.calls).not.toContain('placeGroupMismatches');
    fireEvent.click(within(groups).getByRole('button', { name: 'Jämför grupperna med cheferna' }));
    const list = await within(groups).findByRole('list', { name: 'De här grupperna skiljer sig från organisationen' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      `Regionservice: ${regionservice.head!.name} är chef här men finns inte i gruppen. per@region.example finns i gruppen men är inte chef här.`,
      `${demoRegion2023.orgUnits.find((unit) => unit.id === 12)?.name ?? '#12'}: gruppen finns inte än: en webbplatsägare skapar den med ”Skapa listor”.`
    ]);
    fireEvent.click(within(groups).getByRole('button', { name: 'Rätta medlemmarna' }));
    expect(await screen.findByText('Grupperna följer organisationen igen (2 ändringar).')).toBeTruthy();
    expect(repository.writes).toEqual(['syncPlaceGroups 2']);
    // What a site owner must do stays.
    expect(await within(groups).findByText(/gruppen finns inte än/)).toBeTruthy();
    expect(within(groups).queryByRole('button', { name: 'Rätta medlemmarna' })).toBeNull();
  });

  it('says when they agree, in English too', async () => {
    const repository = render(english);
    repository.mismatches = [];
    const groups = await section('Groups and heads');
    fireEvent.click(within(groups).getByRole('button', { name: 'Compare the groups with the heads' }));
    expect(await within(groups).findByText('Every group holds exactly the heads the organisation names.')).toBeTruthy();
  });
});
