import http from 'node:http';
import { startTestEmulator, TestEmulator } from '../testing';

const LIGHT = 'application/json;odata=nometadata';
const MINIMAL = 'application/json';
const VERBOSE = 'application/json;odata=verbose';

describe('raw HTTP: answer and error bodies in JSON light and verbose', () => {
  let emu: TestEmulator;

  beforeAll(async () => {
    emu = await startTestEmulator();
    const sp = emu.sp();
    await sp.web.lists.add('Goals');
    await sp.web.lists.add('Acts');
    const goalsId = (await sp.web.getList('/sites/miljo/Lists/Goals').select('Id')()).Id;
    await sp.web.getList('/sites/miljo/Lists/Acts').fields.createFieldAsXml({ SchemaXml: `<Field Type="Lookup" Name="Goal" StaticName="Goal" DisplayName="Goal" List="{${goalsId}}" ShowField="Title" />`, Options: 8 });
    await sp.web.getList('/sites/miljo/Lists/Goals').items.add({ Title: 'G' });
    await sp.web.lists.add('Huge');
    const huge = emu.store.listByTitle('Huge');
    if (!huge) throw new Error('no list');
    emu.store.bulkAddItems(huge, Array.from({ length: 5001 }, (_, i) => ({ Title: `h${i}` })));
  });
  afterAll(async () => { await emu.close(); });

  const both = async (path: string, init: Parameters<TestEmulator['fetch']>[1] = {}): Promise<Array<{ status: number; type: string; body: unknown }>> => {
    const out = [];
    for (const accept of [LIGHT, VERBOSE]) {
      const r = await emu.fetch(path, { ...init, headers: { ...init.headers, Accept: accept } });
      out.push({ status: r.status, type: r.headers.get('content-type') ?? '', body: await r.json() });
    }
    return out;
  };
  const errorBodies = (code: string, value: string): [unknown, unknown] => {
    const inner = { code, message: { lang: 'en-US', value } };
    return [{ 'odata.error': inner }, { error: inner }];
  };

  it('404 for a missing list', async () => {
    const [light, verbose] = await both("/_api/web/lists/getbytitle('Nope')/items");
    const [el, ev] = errorBodies('-1, System.ArgumentException', `List 'Nope' does not exist at site with URL '${emu.url}'.`);
    expect(light).toEqual({ status: 404, type: 'application/json;odata=nometadata;streaming=true;charset=utf-8', body: el });
    expect(verbose).toEqual({ status: 404, type: 'application/json;odata=verbose;charset=utf-8', body: ev });
  });

  it('400 for an unknown field and for a projection without $expand', async () => {
    const [l1, v1] = await both("/_api/web/lists/getbytitle('Acts')/items?$select=Nope");
    const [e1, f1] = errorBodies('-1, Microsoft.SharePoint.SPException', "The field or property 'Nope' does not exist.");
    expect([l1.status, l1.body, v1.status, v1.body]).toEqual([400, e1, 400, f1]);
    const [l2, v2] = await both("/_api/web/lists/getbytitle('Acts')/items?$select=Goal/Title");
    const [e2, f2] = errorBodies('-1, Microsoft.SharePoint.SPException',
      "The query to field 'Goal/Title' is not valid. The $select query string must specify the target fields and the $expand query string must contains Goal.");
    expect([l2.status, l2.body, v2.status, v2.body]).toEqual([400, e2, 400, f2]);
  });

  it('412 for a stale ETag', async () => {
    const [l, v] = await both("/_api/web/lists/getbytitle('Goals')/items(1)", { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '"7"' }, body: '{"Title":"x"}' });
    const [e, f] = errorBodies('-1, Microsoft.SharePoint.Client.ClientServiceException', "The request ETag value '\"7\"' does not match the object's ETag value '\"1\"'.");
    expect([l.status, l.body, v.status, v.body]).toEqual([412, e, 412, f]);
  });

  it('403 for a missing digest and for a user without permission', async () => {
    const [l, v] = await both("/_api/web/lists/getbytitle('Goals')/items", { method: 'POST', body: '{"Title":"x"}', digest: false });
    expect([l.status, v.status]).toEqual([403, 403]);
    expect(v.body).toEqual({ error: { code: '-2130575251, Microsoft.SharePoint.SPException', message: { lang: 'en-US', value: expect.stringContaining('The security validation for this page is invalid') } } });
    const [l2, v2] = await both("/_api/web/lists/getbytitle('Goals')/items", { method: 'POST', body: '{"Title":"x"}', user: 'nobody@contoso.onmicrosoft.com' });
    const [e2, f2] = errorBodies('-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.');
    expect([l2.status, l2.body, v2.status, v2.body]).toEqual([403, e2, 403, f2]);
  });

  it('500 SPQueryThrottledException over the threshold', async () => {
    const [l, v] = await both("/_api/web/lists/getbytitle('Huge')/items?$filter=Title eq 'h1'");
    const [e, f] = errorBodies('-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.');
    expect([l.status, l.body, v.status, v.body]).toEqual([500, e, 500, f]);
  });

  it('501 naming unsupported paths, options and formats, also through PnPjs', async () => {
    const [l, v] = await both("/_api/web/lists/getbytitle('Goals')/views");
    expect(l.status).toBe(501);
    expect((l.body as { 'odata.error': { message: { value: string } } })['odata.error'].message.value).toContain("'views'");
    expect((v.body as { error: { code: string } }).error.code).toBe('-1, Microsoft.SharePoint.Emulator.NotSupportedException');
    const [o] = await both("/_api/web/lists/getbytitle('Goals')/items?$inlinecount=allpages");
    expect(o.status).toBe(501);
    expect(JSON.stringify(o.body)).toContain('$inlinecount');
    const atom = await emu.fetch('/_api/web', { headers: { Accept: 'application/atom+xml' } });
    expect(atom.status).toBe(501);
    const other = await emu.fetch('/_vti_bin/client.svc/web');
    expect(other.status).toBe(501);
    await expect(emu.sp().web.webs()).rejects.toMatchObject({ status: 501 });
    await expect(emu.sp().web.getList('/sites/miljo/Lists/Goals').items.select('ContentType')()).rejects.toMatchObject({ status: 501 });
  });

  it('answers collections and entities in the three formats', async () => {
    const light = await emu.fetch("/_api/web/lists/getbytitle('Goals')/items?$select=Id,Title", { headers: { Accept: LIGHT } });
    expect(await light.json()).toEqual({ value: [{ Id: 1, Title: 'G' }] });
    const minimal = await emu.fetch("/_api/web/lists/getbytitle('Goals')/items?$select=Id,Title", { headers: { Accept: MINIMAL } });
    expect(minimal.headers.get('content-type')).toBe('application/json;odata=minimalmetadata;streaming=true;charset=utf-8');
    const mj = (await minimal.json()) as { 'odata.metadata': string; value: Array<Record<string, unknown>> };
    expect(mj['odata.metadata']).toBe(`${emu.url}/_api/$metadata#SP.ListData.GoalsListItems`);
    expect(mj.value[0]).toMatchObject({ 'odata.type': 'SP.Data.GoalsListItem', 'odata.etag': '"1"', Id: 1, Title: 'G' });
    expect(mj.value[0]['odata.editLink']).toMatch(/^Web\/Lists\(guid'[0-9a-f-]{36}'\)\/Items\(1\)$/);
    const verbose = await emu.fetch("/_api/web/lists/getbytitle('Goals')/items(1)?$select=Id,Title", { headers: { Accept: VERBOSE } });
    const vj = (await verbose.json()) as { d: { __metadata: Record<string, string>; Id: number } };
    expect(vj.d.__metadata).toMatchObject({ etag: '"1"', type: 'SP.Data.GoalsListItem' });
    expect(vj.d.__metadata.uri).toMatch(new RegExp(`^${emu.url}/_api/Web/Lists\\(guid'[0-9a-f-]{36}'\\)/Items\\(1\\)$`));
    expect(verbose.headers.get('etag')).toBe('"1"');
    const ctx = await emu.fetch('/_api/contextinfo', { method: 'POST', headers: { Accept: VERBOSE }, digest: false });
    const cj = (await ctx.json()) as { d: { GetContextWebInformation: { FormDigestValue: string; FormDigestTimeoutSeconds: number } } };
    expect(cj.d.GetContextWebInformation.FormDigestTimeoutSeconds).toBe(1800);
    expect(cj.d.GetContextWebInformation.FormDigestValue).toMatch(/^0x[0-9A-F]{64},\d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} -0000$/);
    const upd = await emu.fetch("/_api/web/lists/getbytitle('Goals')/items(1)", { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' }, body: '{"Title":"G2"}' });
    expect(upd.status).toBe(204);
    expect(upd.headers.get('etag')).toBe('"2"');
  });

  it('answers loopback host names only, and CORS for loopback origins', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: emu.port, path: '/sites/miljo/_api/web', headers: { Host: 'evil.example.com', Accept: LIGHT } }, (res) => { res.resume(); resolve(res.statusCode ?? 0); });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
    const pre = await fetch(`${emu.url}/_api/web`, { method: 'OPTIONS', headers: { Origin: 'https://localhost:4321', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-emulator-user,x-requestdigest' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://localhost:4321');
    expect(pre.headers.get('access-control-allow-headers')).toBe('x-emulator-user,x-requestdigest');
    const foreign = await fetch(`${emu.url}/_api/web`, { headers: { Origin: 'https://evil.example.com', Accept: LIGHT } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    // behind the workbench's proxy, absolute URLs use the forwarded loopback host
    const proxied = await fetch(`${emu.url}/_api/web?$select=Url`, { headers: { Accept: LIGHT, 'X-Forwarded-Host': 'localhost:4321' } });
    expect(await proxied.json()).toEqual({ Url: 'http://localhost:4321/sites/miljo' });
  });
});
