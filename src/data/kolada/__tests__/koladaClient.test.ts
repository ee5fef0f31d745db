// The browser's Kolada client against the local stand-in of Kolada v3 (local/kolada), which this
// file starts itself: paging by next_url, missing and deleted figures, an unknown key figure, a
// 5xx, a slow answer, an answer of another shape, and nothing Kolada never sent.
import { startKoladaStandIn, type KoladaStandIn } from '../../../../local/kolada/standIn';
import { KoladaClient } from '../koladaClient';

let standIn: KoladaStandIn;

beforeAll(async () => { standIn = await startKoladaStandIn({ pageSize: 2, slowMs: 3000 }); });
afterAll(async () => { await standIn.close(); });
beforeEach(() => {
  standIn.fault = 'none';
  standIn.requests.length = 0;
});

const client = (timeoutMs = 2000): KoladaClient => new KoladaClient({ baseUrl: standIn.baseUrl, timeoutMs });

describe('the Kolada client', () => {
  it('searches key figures by title across pages, and finds one by its id', async () => {
    const found = await client().searchKpis('växthusgaser totalt');
    expect(found).toEqual({ kind: 'ok', value: [
      expect.objectContaining({ id: 'N00401', title: expect.stringMatching(/växthusgaser totalt/) }),
      expect.objectContaining({ id: 'N07702' })
    ] });
    const all = await client().searchKpis('utsläpp');
    expect(all.kind === 'ok' && all.value.map((kpi) => kpi.id)).toEqual(['N00401', 'N07702', 'N85532', 'N85538']);
    // Two to a page: the second page came from next_url.
    expect(standIn.requests.filter((request) => request.startsWith('/v3/kpi?title=utsl'))).toHaveLength(2);
    expect(await client().searchKpis('n00401')).toEqual({ kind: 'ok', value: [expect.objectContaining({ id: 'N00401' })] });
  });

  it('searches organisations, regions first', async () => {
    const found = await client().searchOrganisations('a');
    expect(found.kind).toBe('ok');
    const types = found.kind === 'ok' ? found.value.map((org) => org.type) : [];
    expect(types.indexOf('K')).toBeGreaterThan(types.lastIndexOf('L'));
    expect(await client().searchOrganisations('dalarna')).toEqual({ kind: 'ok', value: [{ id: '0020', title: 'Region Dalarna', type: 'L' }] });
  });

  it('reads every page of a key figure\'s values, with missing and deleted figures as Kolada marks them', async () => {
    const read = await client().readValues({ kpis: ['N00401'], orgs: ['0020'], years: [2019, 2020, 2021, 2022, 2023] });
    expect(read.kind).toBe('ok');
    const points = read.kind === 'ok' ? read.value : [];
    expect(points.map((point) => [point.year, point.value, point.status, point.deleted])).toEqual([
      [2019, 5.4, '', false], [2020, 4.9, '', false], [2021, null, 'Missing', false], [2022, 4.6, '', false], [2023, 4.4, '', true]
    ]);
    expect(standIn.requests.filter((request) => request.startsWith('/v3/data/'))).toHaveLength(3);
  });

  it('asks at most 25 ids in a segment', async () => {
    const years = Array.from({ length: 30 }, (_, index) => 1996 + index);
    const read = await client().readValues({ kpis: ['N00401'], orgs: ['0020'], years });
    expect(read.kind).toBe('ok');
    const asked = standIn.requests.filter((request) => request.startsWith('/v3/data/') && !request.includes('page='));
    expect(asked.map((request) => request.split('/year/')[1].split(',').length)).toEqual([25, 5]);
  });

  it('answers an unknown key figure with no values, not an error', async () => {
    expect(await client().readValues({ kpis: ['N99999'], orgs: ['0020'], years: [2022] })).toEqual({ kind: 'ok', value: [] });
    expect(await client().searchKpis('N99999')).toEqual({ kind: 'ok', value: [] });
  });

  it.each([
    ['unavailable', 'failed'],
    ['unexpected', 'unexpected'],
    ['html', 'unexpected']
  ] as const)('words a %s answer as %s', async (fault, cause) => {
    standIn.fault = fault;
    expect(await client().readValues({ kpis: ['N00401'], orgs: ['0020'], years: [2022] })).toEqual({ kind: 'failed', cause });
    expect(await client().searchKpis('utsläpp')).toEqual({ kind: 'failed', cause });
  });

  it('gives up on a slow answer', async () => {
    standIn.fault = 'slow';
    const started = Date.now();
    expect(await client(300).readValues({ kpis: ['N00401'], orgs: ['0020'], years: [2022] })).toEqual({ kind: 'failed', cause: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('says unreachable when nothing answers', async () => {
    const closed = await startKoladaStandIn();
    const baseUrl = closed.baseUrl;
    await closed.close();
    expect(await new KoladaClient({ baseUrl, timeoutMs: 2000 }).searchKpis('utsläpp')).toEqual({ kind: 'failed', cause: 'unreachable' });
  });

  it('follows no next page that leads away from Kolada', async () => {
    const elsewhere = new KoladaClient({
      baseUrl: 'https://api.kolada.se/v3',
      fetch: async () => new Response(JSON.stringify({ values: [{ id: 'N00401', title: 'x' }], count: 1, next_url: 'https://evil.example/v3/kpi?page=2' }))
    });
    expect(await elsewhere.searchKpis('x')).toEqual({ kind: 'failed', cause: 'unexpected' });
  });
});
