/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { demoDepartmentIds, demoRegion2023, demoUnitIds } from '../../../domain';
import { demo, english, freshTab, goalSection, renderMyUnit, swedish, userOf } from './support/myUnitTestKit';
import * as React from 'react';
import { demoToday } from '../../../domain';
import { MemoryRepository } from '../../../../test/support/memoryRepository';
import { renderWithServices } from '../../../../test/support/render';
import { NavigationProvider, targetHref, type INavigation, type NavTarget } from '../../navigation';
import { MyUnitView } from '../MyUnitView';

beforeEach(freshTab);

describe('Min enhet for whom', () => {
  it('says a department\'s own goal was agreed with the department head, a unit\'s with the unit head', async () => {
    const agreed = {
      ...demoRegion2023,
      allocations: demoRegion2023.allocations.map((allocation) =>
        allocation.orgUnitId === demoDepartmentIds.regionservice || allocation.orgUnitId === demoUnitIds.maltidsservice
          ? { ...allocation, agreedWithUnitHead: true, agreedOn: undefined } : allocation)
    };
    renderMyUnit(demo.regionserviceHead, {}, agreed);
    expect(await screen.findByRole('heading', { level: 3, name: 'Regionservice' })).toBeTruthy();
    expect((await screen.findAllByText(/I samråd med avdelningschefen\./)).length).toBeGreaterThan(0);
    expect(screen.queryByText(/I samråd med enhetschefen\./)).toBeNull();
  });

  it('tells a unit head with nothing allocated who allocates, with a Teams chat to them', async () => {
    renderMyUnit(demo.logistikHead);
    expect(await screen.findByRole('heading', { level: 3, name: 'Logistik' })).toBeTruthy();
    expect(await screen.findByText('Inga miljömål är fördelade till Logistik för 2023 än.')).toBeTruthy();
    expect(screen.getByText(/^Målen fördelas av avdelningschefen för Regionservice, Anders Lindqvist, i samråd med dig\./)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Skriv till Anders Lindqvist i Teams' });
    const message = 'Hej! Kan du fördela miljömål för 2023 till Logistik? Då kan vi börja lägga in våra aktiviteter.';
    expect(link.getAttribute('href')).toBe(
      `https://teams.microsoft.com/l/chat/0/0?users=avdchef.regionservice%40region.example&message=${encodeURIComponent(message)}`);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(screen.queryByRole('button', { name: 'Lägg till aktivitet' })).toBeNull();
  });

  it('offers the department head Fördelning for his own unit with nothing allocated, not a chat with himself', async () => {
    const visits: NavTarget[] = [];
    const navigation: INavigation = {
      arrival: undefined,
      navigate: (target) => visits.push(target),
      hrefFor: (target) => targetHref(target, {}, 'https://region.example/sites/miljo/SitePages/Miljomal.aspx'),
      leave: () => undefined
    };
    const repository = new MemoryRepository([demoRegion2023], userOf(demo.regionserviceHead));
    renderWithServices(<NavigationProvider navigation={navigation}><MyUnitView /></NavigationProvider>, { repository, strings: swedish, today: demoToday });
    fireEvent.click(await screen.findByRole('combobox', { name: /^Enhet eller avdelning/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Logistik' }));
    expect(await screen.findByText('Inga miljömål är fördelade till Logistik för 2023 än.')).toBeTruthy();
    expect(screen.getByText(/^Det är du som fördelar målen till Logistik: gör det i Fördelning/)).toBeTruthy();
    expect(screen.queryByText(/fördelas av avdelningschefen/)).toBeNull();
    expect(screen.queryByRole('link', { name: /i Teams$/ })).toBeNull();
    const link = screen.getByRole('link', { name: 'Fördela mål till Logistik' });
    const address = new URL(link.getAttribute('href') ?? '');
    expect(address.searchParams.get('miljomal-view')).toBe('allocation');
    expect(address.searchParams.get('miljomal-unit')).toBe(String(demoUnitIds.logistik));
    fireEvent.click(link);
    expect(visits).toEqual([{ view: 'allocation', year: 2023, orgUnitId: demoUnitIds.logistik }]);
  });

  it('writes the Teams request in English for an English page', async () => {
    renderMyUnit(demo.logistikHead, { strings: english, locale: 'en-US' });
    const link = await screen.findByRole('link', { name: 'Message Anders Lindqvist in Teams' });
    const url = new URL(link.getAttribute('href') ?? '');
    expect(url.searchParams.get('users')).toBe('avdchef.regionservice@region.example');
    expect(url.searchParams.get('message')).toBe('Hi! Could you allocate the environmental goals for 2023 to Logistik? Then we can start adding our activities.');
    expect(screen.getByText('No environmental goals have been allocated to Logistik for 2023 yet.')).toBeTruthy();
  });

  it('lets a reader read any unit, with no way to change anything and whom to ask', async () => {
    renderMyUnit(demo.reader);
    expect(await screen.findByText('Du kan läsa men inte ändra.')).toBeTruthy();
    expect(screen.getByText(/^Du är inte chef för någon enhet eller avdelning i organisationen för 2023/)).toBeTruthy();
    // Nothing chosen yet: a picker over every department and unit.
    const picker = screen.getByRole('combobox', { name: /^Enhet eller avdelning/ });
    fireEvent.click(picker);
    fireEvent.click(await screen.findByRole('option', { name: 'Måltidsservice' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Måltidsservice' })).toBeTruthy();
    expect(screen.getByText('Du kan läsa här men inte ändra. Vill du ändra något för Måltidsservice, fråga Maja Engström.')).toBeTruthy();
    within(goalSection('M3 Minskade mängder avfall')).getAllByRole('article');
    expect(screen.queryByRole('button', { name: 'Lägg till aktivitet' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ändra' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Följ upp/ })).toBeNull();
    // The earlier period's follow-up is there to read.
    expect(screen.getAllByText('Tidigare perioder').length).toBeGreaterThan(0);
  });

  it('gives a department head their department’s own level and each unit, with a picker', async () => {
    renderMyUnit(demo.regionserviceHead);
    expect(await screen.findByRole('heading', { level: 3, name: 'Regionservice' })).toBeTruthy();
    expect(screen.getByText('Avdelning. Avdelningschef: Anders Lindqvist.')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual([
      'Att göra nu för helår 2023', 'M1 Minskade koldioxidutsläpp från resor', 'M2 Minskad energianvändning', 'M3 Minskade mängder avfall', 'M4 Fossilfria transporter'
    ]);
    expect(screen.getAllByRole('button', { name: 'Lägg till aktivitet' })).toHaveLength(4);
    fireEvent.click(screen.getByRole('combobox', { name: /^Enhet eller avdelning/ }));
    const options = (await screen.findAllByRole('option')).map((option) => option.textContent);
    expect(options).toEqual(['Regionservice, avdelningsnivå', 'Fordonsservice', 'Logistik', 'Lokalvård', 'Måltidsservice']);
    fireEvent.click(screen.getByRole('option', { name: 'Fordonsservice' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Fordonsservice' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual([
      'Att göra nu för helår 2023', 'Klarmarkering för helår 2023', 'M1 Minskade koldioxidutsläpp från resor', 'M4 Fossilfria transporter'
    ]);
    // Heads above the unit may work there too.
    expect(within(goalSection('M4 Fossilfria transporter')).getByRole('button', { name: 'Lägg till aktivitet' })).toBeTruthy();
  });
});
