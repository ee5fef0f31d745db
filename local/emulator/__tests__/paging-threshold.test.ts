import { SPFI } from '@pnp/sp';
import { startTestEmulator, TestEmulator } from '../testing';

interface Item { Id: number; Title: string; [k: string]: unknown }

describe('paging and the list view threshold', () => {
  let emu: TestEmulator;
  let sp: SPFI;

  beforeAll(async () => {
    emu = await startTestEmulator();
    sp = emu.sp();
    // lists and fields through PnPjs; the many items straight into the store (setup only)
    await sp.web.lists.add('Big');
    const big = sp.web.getList('/sites/miljo/Lists/Big');
    await big.fields.createFieldAsXml({ SchemaXml: '<Field Type="Number" Name="Seq" StaticName="Seq" DisplayName="Seq" />', Options: 8 });
    const bigList = emu.store.listByTitle('Big');
    if (!bigList) throw new Error('no list');
    emu.store.bulkAddItems(bigList, Array.from({ length: 12000 }, (_, i) => ({ Title: `Item ${i + 1}`, Seq: i + 1 })));

    await sp.web.lists.add('Six');
    const six = sp.web.getList('/sites/miljo/Lists/Six');
    for (const SchemaXml of [
      '<Field Type="Text" Name="Code" StaticName="Code" DisplayName="Code" Indexed="TRUE" />',
      '<Field Type="Text" Name="Bucket" StaticName="Bucket" DisplayName="Bucket" Indexed="TRUE" />',
      '<Field Type="Text" Name="Category" StaticName="Category" DisplayName="Category" />'
    ]) await six.fields.createFieldAsXml({ SchemaXml, Options: 8 });
    const sixList = emu.store.listByTitle('Six');
    if (!sixList) throw new Error('no list');
    emu.store.bulkAddItems(sixList, Array.from({ length: 6000 }, (_, i) => ({ Title: `S${i + 1}`, Code: `C${i + 1}`, Bucket: i < 5500 ? 'A' : 'B', Category: `cat${i % 10}` })));
  });
  afterAll(async () => { await emu.close(); });

  it('pages through 12,000 items with PnPjs async iteration, 100 per page by default', async () => {
    const before = emu.stats.snapshot().byKind.items ?? 0;
    const ids: number[] = [];
    let pages = 0;
    for await (const page of sp.web.getList('/sites/miljo/Lists/Big').items.select('Id', 'Title')) {
      pages++;
      ids.push(...(page as Item[]).map((x) => x.Id));
    }
    expect(pages).toBe(120);
    expect(ids).toHaveLength(12000);
    expect(new Set(ids).size).toBe(12000);
    expect(ids[0]).toBe(1);
    expect(ids[11999]).toBe(12000);
    expect((emu.stats.snapshot().byKind.items ?? 0) - before).toBe(120);
  });

  it('pages with $top up to 5,000, and an ordered query on ID desc', async () => {
    const sizes: number[] = [];
    for await (const page of sp.web.getList('/sites/miljo/Lists/Big').items.select('Id').top(5000)) sizes.push((page as Item[]).length);
    expect(sizes).toEqual([5000, 5000, 2000]);
    const desc: number[] = [];
    for await (const page of sp.web.getList('/sites/miljo/Lists/Big').items.select('Id').orderBy('ID', false).top(4000)) desc.push(...(page as Item[]).map((x) => x.Id));
    expect(desc[0]).toBe(12000);
    expect(desc).toHaveLength(12000);
    expect(desc[11999]).toBe(1);
  });

  it('writes nextLink with an encoded skiptoken and ignores $skip', async () => {
    const res = await emu.fetch("/_api/web/lists/getbytitle('Big')/items?$select=Id&$skip=50");
    const body = (await res.json()) as { value: Item[]; 'odata.nextLink': string };
    expect(body.value[0].Id).toBe(1);
    expect(body.value).toHaveLength(100);
    expect(body['odata.nextLink']).toBe(`${emu.url}/_api/web/lists/getbytitle('Big')/items?%24select=Id&%24skiptoken=Paged%3DTRUE%26p_ID%3D100`);
    const verbose = await emu.fetch("/_api/web/lists/getbytitle('Big')/items?$select=Id&$top=2", { headers: { Accept: 'application/json;odata=verbose' } });
    const v = (await verbose.json()) as { d: { results: unknown[]; __next: string } };
    expect(v.d.results).toHaveLength(2);
    expect(v.d.__next).toContain('%24skiptoken=Paged%3DTRUE%26p_ID%3D2');
  });

  it('throttles a non-indexed filter over 6,000 items with SPQueryThrottledException (HTTP 500)', async () => {
    const six = sp.web.getList('/sites/miljo/Lists/Six');
    const err = await six.items.filter("Category eq 'cat3'")().catch((e: unknown) => e) as { status: number; message: string };
    expect(err.status).toBe(500);
    expect(err.message).toContain('-2147024860, Microsoft.SharePoint.SPQueryThrottledException');
    expect(err.message).toContain('The attempted operation is prohibited because it exceeds the list view threshold.');
  });

  it('answers an indexed filter on the same list', async () => {
    const six = sp.web.getList('/sites/miljo/Lists/Six');
    const r: Item[] = await six.items.select('Id', 'Code').filter("Code eq 'C4321'")();
    expect(r).toEqual([expect.objectContaining({ Id: 4321, Code: 'C4321' })]);
    // the first indexed condition drives the query; the rest is evaluated on its rows
    const r2: Item[] = await six.items.select('Id').filter("Bucket eq 'B' and Category eq 'cat3'")();
    expect(r2.map((x) => x.Id)).toEqual(Array.from({ length: 50 }, (_, i) => 5504 + i * 10));
    const r3: Item[] = await six.items.select('Id').filter('ID gt 5995')();
    expect(r3.map((x) => x.Id)).toEqual([5996, 5997, 5998, 5999, 6000]);
    // ordering by a non-indexed column is fine once an index has cut the rows under the threshold
    const r4: Item[] = await six.items.select('Id').filter("Bucket eq 'B'").orderBy('Category').top(3)();
    expect(r4.map((x) => x.Id)).toEqual([5501, 5511, 5521]);
  });

  it('throttles an indexed filter that still matches more than 5,000, a non-indexed order, an or with a non-indexed side and $top over 5,000', async () => {
    const six = sp.web.getList('/sites/miljo/Lists/Six');
    await expect(six.items.filter("Bucket eq 'A'")()).rejects.toMatchObject({ status: 500 });
    await expect(six.items.orderBy('Category')()).rejects.toMatchObject({ status: 500 });
    await expect(six.items.filter("Code eq 'C1' or Category eq 'x'")()).rejects.toMatchObject({ status: 500 });
    await expect(six.items.top(5001)()).rejects.toMatchObject({ status: 500 });
    expect(await six.items.select('Id').orderBy('Code').top(1)()).toEqual([expect.objectContaining({ Id: 1 })]);
    expect((await six.items.select('Id').top(5000)()).length).toBe(5000);
  });

  it('scans only the rows inside a range on one indexed column, the usual way to read a big list in windows', async () => {
    const six = sp.web.getList('/sites/miljo/Lists/Six');
    const window: Item[] = await six.items.select('Id').filter("ID ge 1001 and ID lt 5001 and Bucket eq 'A'").top(5000)();
    expect(window.map((x) => x.Id)).toEqual(Array.from({ length: 4000 }, (_, i) => 1001 + i));
    // the first indexed condition still drives: a wide one in front trips the threshold
    await expect(six.items.filter("Bucket eq 'A' and ID ge 1001 and ID lt 5001")()).rejects.toMatchObject({ status: 500 });
    // a range wider than 5,000 rows is no window
    await expect(six.items.filter('ID ge 1 and ID lt 5600')()).rejects.toMatchObject({ status: 500 });
  });
});
