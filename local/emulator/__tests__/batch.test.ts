import { SPFI } from '@pnp/sp';
import { startTestEmulator, TestEmulator } from '../testing';

interface Item { Id: number; Title: string; [k: string]: unknown }

describe('$batch as PnPjs sends it', () => {
  let emu: TestEmulator;
  let sp: SPFI;

  beforeAll(async () => {
    emu = await startTestEmulator();
    sp = emu.sp();
    await sp.web.lists.add('Tasks');
    await sp.web.getList('/sites/miljo/Lists/Tasks').fields.createFieldAsXml({ SchemaXml: '<Field Type="Number" Name="N" StaticName="N" DisplayName="N" />', Options: 8 });
    const l = sp.web.getList('/sites/miljo/Lists/Tasks');
    for (let i = 1; i <= 5; i++) await l.items.add({ Title: `seed ${i}`, N: i });
  });
  afterAll(async () => { await emu.close(); });

  it('runs 20 mixed reads and writes in one request, in order, not transactionally', async () => {
    const before = emu.stats.snapshot();
    const [batched, execute] = sp.batched();
    const list = batched.web.getList('/sites/miljo/Lists/Tasks');
    const results: Array<Promise<unknown>> = [];
    const errors: unknown[] = [];
    const track = (p: Promise<unknown>): void => { results.push(p.catch((e: unknown) => { errors.push(e); return e; })); };
    track(list.items.select('Id', 'Title').orderBy('ID')());                 // 1 read
    for (let i = 0; i < 6; i++) track(list.items.add({ Title: `new ${i}`, N: 100 + i })); // 2-7 writes (changeset)
    track(list.items.getById(1).select('Title', 'N')());                     // 8 read
    track(list.items.getById(1).update({ Title: 'seed 1 edited' }, '"1"'));  // 9 write
    track(list.items.getById(2).update({ Title: 'stale' }, '"7"'));          // 10 write, fails 412
    track(list.items.getById(3).update({ N: 33 }));                          // 11 write, runs after the failure
    track(list.items.getById(4).delete());                                   // 12 write
    track(list.items.filter('N ge 100').select('Id', 'N')());               // 13 read: sees the adds above
    track(list.items.getById(1).select('Title')());                          // 14 read: sees the edit
    track(list.items.add({ Title: 'late add', N: 200 }));                    // 15 write
    track(list.items.getById(3).select('N')());                              // 16 read
    track(list.items.getById(4)());                                          // 17 read: deleted -> 404
    track(list.select('Title', 'ItemCount')());                              // 18 read
    track(list.items.getById(5).update({ N: 55 }));                          // 19 write
    track(list.items.top(1).select('Id')());                                 // 20 read
    await execute();
    const r = await Promise.all(results);
    expect(results).toHaveLength(20);
    expect((r[0] as Item[]).map((x) => x.Id)).toEqual([1, 2, 3, 4, 5]);
    expect((r[1] as Item).Title).toBe('new 0');
    expect((r[7] as Item).Title).toBe('seed 1');
    expect(r[8]).toEqual({ etag: '"2"' });
    expect(r[9]).toMatchObject({ status: 412 });
    expect(r[10]).toEqual({ etag: '"2"' });
    expect(r[11]).toEqual({});
    expect((r[12] as Item[]).map((x) => x.N)).toEqual([100, 101, 102, 103, 104, 105]);
    expect((r[13] as Item).Title).toBe('seed 1 edited');
    expect((r[14] as Item).Title).toBe('late add');
    expect((r[15] as Item).N).toBe(33);
    expect(r[16]).toMatchObject({ status: 404 });
    expect((r[17] as { ItemCount: number }).ItemCount).toBe(11);
    expect(r[18]).toEqual({ etag: '"2"' });
    expect(errors).toHaveLength(2);
    const after = emu.stats.snapshot();
    expect((after.byKind.batch ?? 0) - (before.byKind.batch ?? 0)).toBe(1);
    const parts = (o: typeof after): number => Object.values(o.batchParts).reduce((a, b) => a + b, 0);
    expect(parts(after) - parts(before)).toBe(20);
    // the failed part changed nothing
    expect((await sp.web.getList('/sites/miljo/Lists/Tasks').items.getById(2).select('Title')()).Title).toBe('seed 2');
  });

  it('splits more than 20 requests into several batches', async () => {
    const before = emu.stats.snapshot().byKind.batch ?? 0;
    const [batched, execute] = sp.batched();
    const list = batched.web.getList('/sites/miljo/Lists/Tasks');
    const adds = Array.from({ length: 45 }, (_, i) => list.items.add({ Title: `bulk ${i}`, N: 1000 + i }));
    await execute();
    const created = await Promise.all(adds);
    expect(new Set(created.map((c) => (c as Item).Id)).size).toBe(45);
    expect((emu.stats.snapshot().byKind.batch ?? 0) - before).toBe(3);
  });

  it('answers a raw LF batch part by part in order, framed with CRLF and ending with the closing boundary and CRLF', async () => {
    const digest = await emu.digest();
    const b = 'batch_0f5e2bd9-2c1b-4d0a-9d5a-1b2c3d4e5f60';
    const c = 'changeset_7a1b2c3d-1111-2222-3333-444455556666';
    const url = `${emu.url}/_api/web/lists/getbytitle('Tasks')/items`;
    const body = [
      `--${b}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `GET ${url}?$top=1&$select=Id HTTP/1.1`, 'Accept: application/json;odata=nometadata', '', '',
      `--${b}`, `Content-Type: multipart/mixed; boundary="${c}"`, '',
      `--${c}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `POST ${url} HTTP/1.1`, 'Accept: application/json;odata=nometadata', 'Content-Type: application/json;charset=utf-8', '',
      '{"Title":"raw"}', '',
      `--${c}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `DELETE ${url}(9999) HTTP/1.1`, 'Accept: application/json;odata=verbose', 'IF-Match: *', '', '',
      `--${c}--`, '', `--${b}--`, ''
    ].join('\n');
    const res = await fetch(`${emu.url}/_api/$batch`, { method: 'POST', headers: { 'Content-Type': `multipart/mixed; boundary=${b}`, 'X-RequestDigest': digest, Accept: 'application/json' }, body });
    expect(res.status).toBe(200);
    const ct = res.headers.get('content-type') ?? '';
    expect(ct).toMatch(/^multipart\/mixed; boundary=batchresponse_/);
    const text = await res.text();
    const boundary = ct.split('boundary=')[1];
    expect(text.endsWith(`\r\n--${boundary}--\r\n`)).toBe(true);
    // every line break is a CRLF, as SharePoint frames its answer
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.startsWith(`--${boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nHTTP/1.1 200 OK\r\n`)).toBe(true);
    const statuses = [...text.matchAll(/^HTTP\/1\.1 (\d+) /gm)].map((m) => Number(m[1]));
    expect(statuses).toEqual([200, 201, 404]);
    expect(text).toContain('{"error":{"code":"-2130575338, System.ArgumentException"');
    expect(text).toContain('"Title":"raw"');
  });

  it('needs a valid digest on the outer POST', async () => {
    const res = await fetch(`${emu.url}/_api/$batch`, { method: 'POST', headers: { 'Content-Type': 'multipart/mixed; boundary=batch_x', Accept: 'application/json' }, body: '--batch_x--\n' });
    expect(res.status).toBe(403);
  });
});
