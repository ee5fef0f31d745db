/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { demoDepartmentIds, demoRegion2023, demoUnitIds } from '../../../../domain';
import {
  dialog, headOf, loaded, maltidsserviceHead, reader, regionserviceHead, renderAllocation, strategist
} from '../../__tests__/support/allocationTestKit';

const lokalvardHead = headOf('Lokalvård');

// Delår 2023 is open: eleven days to its deadline.
const today = '2023-08-20';
const regionservice = 'Miljömål till enheterna i Regionservice';

function query(href: string): URLSearchParams {
  return new URL(href).searchParams;
}

function mailto(href: string): { to: string[]; subject: string; body: string } {
  const [address, rest] = href.slice('mailto:'.length).split('?');
  const params = new URLSearchParams(rest.replace(/\+/g, '%2B'));
  return { to: address.split(',').map(decodeURIComponent), subject: params.get('subject') ?? '', body: params.get('body') ?? '' };
}

/** The activities of a unit, split by whether they have a delår 2023 follow-up. */
function activitiesOf(unitId: number): { followedUp: string[]; missing: string[] } {
  const allocationIds = new Set(demoRegion2023.allocations.filter((allocation) => allocation.orgUnitId === unitId).map((allocation) => allocation.id));
  const activities = demoRegion2023.activities.filter((activity) => allocationIds.has(activity.allocationId));
  const done = new Set(demoRegion2023.followUps.filter((followUp) => followUp.period.kind === 'delar').map((followUp) => followUp.activityId));
  return {
    followedUp: activities.filter((activity) => done.has(activity.id)).map((activity) => activity.title),
    missing: activities.filter((activity) => !done.has(activity.id)).map((activity) => activity.title)
  };
}

describe('Påminn', () => {
  it('lets a department head remind a unit head by Teams or e-mail of exactly what that unit lacks', async () => {
    renderAllocation(regionserviceHead, { props: { today } });
    await loaded(regionservice);
    fireEvent.click(screen.getByRole('button', { name: 'Påminn enhetscheferna i Regionservice om delår 2023 …' }));
    expect(within(dialog()).getByText(/Sista dag för delår 2023 är 31 augusti 2023, om 11 dagar/)).toBeTruthy();

    // Måltidsservice has followed up everything: its head is not reminded at all.
    expect(within(dialog()).queryByRole('link', { name: new RegExp(maltidsserviceHead.name) })).toBeNull();
    expect(activitiesOf(demoUnitIds.maltidsservice).missing).toEqual([]);

    const teams = within(dialog()).getByRole('link', { name: `Öppna en Teams-chatt med ${lokalvardHead.name} med påminnelsen ifylld` });
    const chat = query(teams.getAttribute('href') ?? '');
    expect(teams.getAttribute('href')).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/chat\/0\/0\?/);
    expect(chat.get('users')).toBe(lokalvardHead.login);
    // A chat of two takes no name.
    expect(chat.has('topicName')).toBe(false);
    const { followedUp, missing } = activitiesOf(demoUnitIds.lokalvard);
    expect(missing.length).toBeGreaterThan(0);
    const message = chat.get('message') ?? '';
    expect(message).toContain(`Hej ${lokalvardHead.name.split(' ')[0]}!`);
    expect(message).toContain('Det här saknas för Lokalvård:');
    for (const title of missing) expect(message).toContain(title);
    for (const title of followedUp) expect(message).not.toContain(title);
    expect(message).toContain(regionserviceHead.name);

    const mail = mailto(within(dialog()).getByRole('link', { name: `Skriv e-post till ${lokalvardHead.name} med påminnelsen ifylld` }).getAttribute('href') ?? '');
    expect(mail.to).toEqual([lokalvardHead.email ?? lokalvardHead.login]);
    expect(mail.subject).toBe('Miljömål, delår 2023: det här saknas för Lokalvård');
    expect(mail.body.split('\r\n').join('\n')).toBe(message);
    expect(mail.body).toContain('\r\n');
  });

  it('records a reminder when it is opened, and shows who reminded whom and how, also the next time', async () => {
    const { repository } = renderAllocation(regionserviceHead, { props: { today } });
    await loaded(regionservice);
    const open = (): void => { fireEvent.click(screen.getByRole('button', { name: 'Påminn enhetscheferna i Regionservice om delår 2023 …' })); };
    open();
    const teams = within(dialog()).getByRole('link', { name: `Öppna en Teams-chatt med ${lokalvardHead.name} med påminnelsen ifylld` });
    // The link opens Teams in a new tab; jsdom does not navigate, and the page stays.
    teams.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(teams);
    expect(await within(dialog()).findByText(new RegExp(`^Påmind senast .* av ${regionserviceHead.name}, via Teams\\.$`))).toBeTruthy();
    expect(repository.writes.filter((write) => write.startsWith('recordReminder'))).toEqual([`recordReminder teams ${lokalvardHead.login}`]);
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Stäng' }));
    open();
    expect(await within(dialog()).findByText(new RegExp(`^Påmind senast .* av ${regionserviceHead.name}, via Teams\\.$`))).toBeTruthy();
    // Only the unit reminded shows it.
    expect(within(dialog()).getAllByText(/^Påmind senast/)).toHaveLength(1);
  });

  it('says so beside the links when SharePoint refuses to record it, and the reminder still opens', async () => {
    const { repository } = renderAllocation(regionserviceHead, { props: { today }, prepare: (memory) => memory.force('recordReminder', { kind: 'forbidden' }) });
    await loaded(regionservice);
    fireEvent.click(screen.getByRole('button', { name: 'Påminn enhetscheferna i Regionservice om delår 2023 …' }));
    const mail = within(dialog()).getByRole('link', { name: `Skriv e-post till ${lokalvardHead.name} med påminnelsen ifylld` });
    mail.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(mail);
    expect(await within(dialog()).findByText(/Påminnelsen öppnades men kunde inte registreras: SharePoint nekade att registrera påminnelsen/)).toBeTruthy();
    expect(repository.writes).toContain(`recordReminder email ${lokalvardHead.login}`);
  });

  it('lets the regional staff remind every department head behind, in one group chat, never themselves', async () => {
    renderAllocation(strategist, { regionalStaff: true, props: { today } });
    await screen.findByRole('button', { name: 'Påminn avdelningscheferna om delår 2023 …' });
    fireEvent.click(screen.getByRole('button', { name: 'Påminn avdelningscheferna om delår 2023 …' }));
    const list = within(dialog()).getByRole('list', { name: /Mottagare som ligger efter/ });
    const named = within(list).getAllByRole('link', { name: /^Öppna en Teams-chatt med / })
      .map((link) => query(link.getAttribute('href') ?? '').get('users'));
    const groupLink = within(dialog()).getByRole('link', { name: /i en Teams-gruppchatt$/ });
    const group = query(groupLink.getAttribute('href') ?? '');
    expect((group.get('users') ?? '').split(',').sort()).toEqual([...named].sort());
    expect(named).toContain(regionserviceHead.login);
    expect(named).not.toContain(strategist.login);
    expect(group.get('topicName')).toBe('Miljömål, delår 2023: det här saknas');
    const regionserviceUnit = demoRegion2023.orgUnits.find((unit) => unit.id === demoDepartmentIds.regionservice);
    expect(group.get('message')).toContain(`Regionservice (${regionserviceUnit?.head?.name}):`);
    const mail = mailto(within(dialog()).getByRole('link', { name: /i ett e-postmeddelande$/ }).getAttribute('href') ?? '');
    expect(mail.to).toHaveLength(named.length);
  });

  it('is offered to nobody who has no one to remind: a unit head, a reader', async () => {
    for (const person of [maltidsserviceHead, reader]) {
      const view = renderAllocation(person, { props: { today } });
      await screen.findAllByRole('heading');
      expect(screen.queryByRole('button', { name: /^Påminn/ })).toBeNull();
      view.unmount();
    }
  });
});
