// Units written in SharePoint's $batch against the emulator: a hundred operations to a request,
// people resolved once per login, each unit its own outcome, and a $batch whose answer is lost
// leaves no twin and reports what landed.
import { provisionLists } from '../provisioning';
import { SharePointRepository } from '../SharePointRepository';
import type { OrgUnit } from '../../domain/model';
import type { Draft, OrgUnitAdd } from '../../ports';
import { connectToEmulator, Connected } from '../../../test/support/emulator';
import { loseAnswers, LostAnswers } from '../../../test/support/lostAnswers';

let connected: Connected;
let lost: LostAnswers | undefined;
afterEach(async () => {
  lost?.restore();
  lost = undefined;
  await connected.emulator.close();
});

const isBatch = (method: string, url: string): boolean => method === 'POST' && url.includes('/_api/$batch');

async function provisioned(): Promise<number> {
  connected = await connectToEmulator();
  if ((await provisionLists(connected.sp(), connected.webUrl)).kind !== 'done') throw new Error('provisioning failed');
  const top = await connected.repository().addOrgUnit({ name: 'Förvaltningen', level: 'forvaltning' }, 'top');
  if (top.kind !== 'saved') throw new Error('no top unit');
  return top.value.id;
}

function units(count: number, parentId: number, head: (index: number) => string | undefined = () => undefined): OrgUnitAdd[] {
  return Array.from({ length: count }, (_, index) => {
    const login = head(index);
    const unit: Draft<OrgUnit> = { name: `Avdelning ${index + 1}`, level: 'avdelning', parentId, ...(login ? { head: { login, name: login } } : {}) };
    return { unit, clientKey: `key-${index + 1}` };
  });
}

async function stored(): Promise<OrgUnit[]> {
  return (await connected.repository().loadYear(2024)).picture.orgUnits.filter((unit) => unit.level === 'avdelning');
}

describe('adding org units in batches', () => {
  it('writes 250 units with 120 heads in a handful of requests, each its own outcome', async () => {
    const parentId = await provisioned();
    const heads = Array.from({ length: 120 }, (_, index) => `chef${index}@region.example`);
    await connected.emulator.addPeople(...heads);
    const repository = connected.repository();
    const before = connected.emulator.stats.snapshot();
    const outcomes = await repository.addOrgUnits(units(250, parentId, (index) => heads[index % heads.length]));
    const requests = connected.emulator.stats.snapshot().requests - before.requests;
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(Array(250).fill('saved'));
    // Two $batches of ensureUser (120 people), three of adds (250 units), the site's calendar, and
    // one to see whether the site has places to keep in step (places.ts; without role groups it has none).
    expect(requests).toBeLessThanOrEqual(8);
    const saved = await stored();
    expect(saved).toHaveLength(250);
    const first = outcomes[0];
    expect(first.kind === 'saved' && saved.find((unit) => unit.id === first.value.id)).toMatchObject({ name: 'Avdelning 1', head: { login: heads[0] } });
    expect(saved.find((unit) => unit.name === 'Avdelning 121')?.head?.login).toBe(heads[0]);
  });

  it('fails only the units whose head nobody knows', async () => {
    const parentId = await provisioned();
    await connected.emulator.addPeople('känd@region.example');
    const outcomes = await connected.repository().addOrgUnits(units(3, parentId, (index) => (index === 1 ? 'okänd@region.example' : 'känd@region.example')));
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['saved', 'failed', 'saved']);
    expect((await stored()).map((unit) => unit.name).sort()).toEqual(['Avdelning 1', 'Avdelning 3']);
  });

  it('a $batch whose answer is lost, retried by PnPjs, adds each unit once and reports it saved', async () => {
    const parentId = await provisioned();
    const repository = connected.repository();
    await repository.addOrgUnits(units(1, parentId)); // the site's calendar read, so the next $batch is the adds'
    lost = loseAnswers(1, isBatch);
    const outcomes = await repository.addOrgUnits(units(30, parentId).slice(1));
    expect(lost.lost).toBe(1);
    expect(outcomes.every((outcome) => outcome.kind === 'saved')).toBe(true);
    const saved = await stored();
    expect(saved).toHaveLength(30);
    expect(new Set(saved.map((unit) => unit.name)).size).toBe(30);
    expect(outcomes.map((outcome) => outcome.kind === 'saved' ? outcome.value.id : 0).sort()).toEqual(saved.slice(1).map((unit) => unit.id).sort());
  });

  it('a $batch never answered is looked up by its keys: what landed is saved, with no twin', async () => {
    const parentId = await provisioned();
    const once = new SharePointRepository(connected.emulator.sp(undefined, { retries: 1, interval: 1 }), connected.webUrl);
    await once.addOrgUnits(units(1, parentId));
    lost = loseAnswers(1, isBatch);
    const outcomes = await once.addOrgUnits(units(12, parentId).slice(1));
    expect(lost.lost).toBe(1);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(Array(11).fill('saved'));
    expect(await stored()).toHaveLength(12);
  });

  it('a $batch refused as a whole fails every unit of it and adds nothing', async () => {
    const parentId = await provisioned();
    const reader = connected.repository('reader@region.example');
    const outcomes = await reader.addOrgUnits(units(3, parentId));
    expect(outcomes.every((outcome) => outcome.kind === 'forbidden' || outcome.kind === 'failed')).toBe(true);
    expect(await stored()).toHaveLength(0);
  });
});

describe('updating org units in batches', () => {
  it('saves each changed unit, and one someone else changed first is a conflict with their version', async () => {
    const parentId = await provisioned();
    const repository = connected.repository();
    await repository.addOrgUnits(units(3, parentId));
    const { picture, etags } = await repository.loadYear(2024);
    const [one, two, three] = picture.orgUnits.filter((unit) => unit.level === 'avdelning');
    const theirs = await repository.updateOrgUnit({ ...two, shortName: 'Deras' }, etags.orgUnits.get(two.id)!);
    expect(theirs.kind).toBe('saved');
    const outcomes = await repository.updateOrgUnits([one, two, three].map((unit) => ({ unit: { ...unit, shortName: 'Vår' }, etag: etags.orgUnits.get(unit.id)! })));
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['saved', 'conflict', 'saved']);
    expect(outcomes[1].kind === 'conflict' && outcomes[1].current.shortName).toBe('Deras');
    expect((await stored()).map((unit) => unit.shortName)).toEqual(['Vår', 'Deras', 'Vår']);
  });
});

describe('resolving people in batches', () => {
  it('answers each login, found or not, in one request per hundred', async () => {
    await provisioned();
    await connected.emulator.addPeople('karin.lind@region.example');
    const before = connected.emulator.stats.snapshot().requests;
    const outcomes = await connected.repository().resolvePeople([' karin.lind@region.example ', 'ingen.alls@region.example', 'KARIN.LIND@region.example']);
    expect(connected.emulator.stats.snapshot().requests - before).toBeLessThanOrEqual(2);
    expect(outcomes).toEqual([
      { kind: 'found', person: expect.objectContaining({ login: 'karin.lind@region.example' }) },
      { kind: 'notFound', login: 'ingen.alls@region.example' },
      { kind: 'found', person: expect.objectContaining({ login: 'karin.lind@region.example' }) }
    ]);
  });
});
