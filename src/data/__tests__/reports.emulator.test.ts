import { computeCoverageSummary, demoFollowUpPeriod, demoMiljostrateg } from '../../domain';
import { freezeReport, type FrozenReportDraft } from '../../domain/report/frozenReport';
import type { YearPicture } from '../../domain/model';
import { roleGroupTitles } from '../roles';
import { reportPartLength, splitIntoParts } from '../reportStore';
import { listUrl } from '../yearReader';
import { connectToEmulator, Connected, seedDemoInto } from '../../../test/support/emulator';

let connected: Connected;
beforeAll(async () => {
  connected = await connectToEmulator();
  await seedDemoInto(connected);
  await connected.sp().web.siteGroups.getByName(roleGroupTitles.departmentHeads).users.add(head);
});
afterAll(async () => { await connected.emulator.close(); });

const staff = demoMiljostrateg.login;
const head = 'avdchef@region.example';

function draftOf(picture: YearPicture, version = 1, overrides: Partial<FrozenReportDraft> = {}): FrozenReportDraft {
  const summary = computeCoverageSummary(picture, demoFollowUpPeriod);
  return {
    ...freezeReport({ summary, picture, version, analysis: 'Varför så få aktiviteter registreras.', frozenBy: demoMiljostrateg, frozenAt: '2023-09-01T08:00:00Z',
      correctionReason: version > 1 ? 'Rättad siffra' : undefined }),
    ...overrides
  };
}

describe('fastställda reports in SharePoint', () => {
  it('stores a report of the regional staff, reads it back as it was, and records who and when as SharePoint did', async () => {
    const { picture } = await connected.repository(staff).loadYear(2023);
    const draft = draftOf(picture);
    const outcome = await connected.repository(staff).freezeReport(draft);
    expect(outcome.kind).toBe('saved');
    const [stored] = await connected.repository(head).reports(2023);
    const { frozenBy: claimedBy, frozenAt: claimedAt, ...sent } = draft;
    const { frozenBy, frozenAt, id, ...read } = stored;
    expect(read).toEqual(sent);
    expect(id).toBe(outcome.kind === 'saved' ? outcome.value.id : -1);
    expect(claimedBy.login).toBe(staff);
    // SharePoint's record of the creation, not the client's claim.
    expect(frozenAt).not.toBe(claimedAt);
    expect(frozenBy.login.toLowerCase()).toBe(staff.toLowerCase());
    expect(Date.parse(frozenAt)).toBeGreaterThan(Date.parse('2024-01-01'));
    expect(stored.summary.totals.activities).toBe(10);
    expect(await connected.repository(staff).reports(2022)).toEqual([]);
  });

  it('refuses a department head writing a report: SharePoint answers forbidden', async () => {
    const { picture } = await connected.repository(head).loadYear(2023);
    expect(await connected.repository(head).freezeReport(draftOf(picture, 7))).toEqual({ kind: 'forbidden', action: 'freezeReport' });
    expect((await connected.repository(staff).reports(2023)).map((report) => report.version)).not.toContain(7);
  });

  it('lets nobody change or remove a fastställd report, not even the regional staff who wrote it', async () => {
    const [report] = await connected.repository(staff).reports(2023);
    const url = listUrl(connected.webUrl, 'reports');
    for (const login of [staff, head]) {
      const item = connected.sp(login).web.getList(url).items.getById(report.id);
      await expect(item.update({ ReportData: '{}' })).rejects.toMatchObject({ status: 403 });
      await expect(item.delete()).rejects.toMatchObject({ status: 403 });
      await expect(item.resetRoleInheritance()).rejects.toMatchObject({ status: 403 });
    }
    expect((await connected.repository(staff).reports(2023))[0]).toEqual(report);
  });

  it('does not change when the data changes: the archive shows the figures the board saw', async () => {
    const repository = connected.repository(staff);
    const [before] = await repository.reports(2023);
    const { picture } = await repository.loadYear(2023);
    const allocation = picture.allocations[0];
    const added = await repository.addActivity({ allocationId: allocation.id, title: 'Efter fastställandet', description: '', status: 'planerad' }, 2023, 'after-freeze-1');
    expect(added.kind).toBe('saved');
    const today = computeCoverageSummary((await repository.loadYear(2023)).picture, demoFollowUpPeriod);
    expect(today.totals.activities).toBe(11);
    const [after] = await repository.reports(2023);
    expect(after).toEqual(before);
    expect(after.summary.totals.activities).toBe(10);
  });

  it('takes a version once: a second report of the same version is a conflict with the first; a correction is the next', async () => {
    const repository = connected.repository(staff);
    const { picture } = await repository.loadYear(2023);
    const again = await repository.freezeReport(draftOf(picture, 1, { analysis: 'Ett annat stycke.' }));
    expect(again.kind).toBe('conflict');
    if (again.kind === 'conflict') expect(again.current.analysis).toBe('Varför så få aktiviteter registreras.');
    const correction = await repository.freezeReport(draftOf(picture, 2));
    expect(correction.kind).toBe('saved');
    const reports = await repository.reports(2023);
    expect(reports.map((report) => [report.version, report.correctionReason])).toEqual([[1, undefined], [2, 'Rättad siffra']]);
    expect(reports[1].summary.totals.activities).toBe(11);
  });

  it('stores a report too large for one column in parts, each locked, and reads it whole', async () => {
    const repository = connected.repository(staff);
    const { picture } = await repository.loadYear(2023);
    const long = 'Analys 🌍 '.repeat(14000);
    const draft = { ...draftOf(picture, 3), analysis: long };
    expect(JSON.stringify(draft).length).toBeGreaterThan(2 * reportPartLength);
    expect((await repository.freezeReport(draft)).kind).toBe('saved');
    const stored = (await repository.reports(2023)).find((report) => report.version === 3)!;
    expect(stored.analysis).toBe(long);
    const parts = await connected.sp().web.getList(listUrl(connected.webUrl, 'reports')).items
      .select('Id', 'ReportPart', 'HasUniqueRoleAssignments').filter('ReportVersion eq 3')();
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.every((part: { HasUniqueRoleAssignments: boolean }) => part.HasUniqueRoleAssignments)).toBe(true);
    const item = connected.sp(staff).web.getList(listUrl(connected.webUrl, 'reports')).items.getById(parts[1].Id);
    await expect(item.update({ ReportData: '' })).rejects.toMatchObject({ status: 403 });
  });
});

describe('splitting a report into parts', () => {
  it('never cuts a surrogate pair in two, and joins back to the same text', () => {
    const text = 'a🌍'.repeat(10);
    const parts = splitIntoParts(text, 4);
    expect(parts.join('')).toBe(text);
    expect(parts.every((part) => !/[\ud800-\udbff]$/.test(part))).toBe(true);
    expect(splitIntoParts('')).toEqual(['']);
  });
});
