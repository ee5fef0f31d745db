/** Request counters for benchmarks: per path kind, per status, batch parts, bytes in and out. */
export interface StatsSnapshot {
  since: string;
  requests: number;
  byKind: Record<string, number>;
  byStatus: Record<string, number>;
  batchParts: Record<string, number>;
  faultsInjected: Record<string, number>;
  bytesSent: number;
  bytesReceived: number;
  /** The emulator process's memory, in MB, when the snapshot was taken. */
  memoryMB: { rss: number; heapUsed: number };
}

/** A coarse kind for an _api path: items, item, lists, fields, batch, contextinfo, users, security, web, other. */
export function pathKind(pathname: string): string {
  let p: string;
  try { p = decodeURIComponent(pathname).toLowerCase(); } catch { p = pathname.toLowerCase(); }
  if (p.includes('/_emulator/')) return 'emulator';
  if (!p.includes('/_api/')) return 'other';
  if (p.endsWith('/$batch')) return 'batch';
  if (p.endsWith('/contextinfo')) return 'contextinfo';
  if (/\/items(\(\d+\)|\/getbyid\(\d+\))/.test(p)) return 'item';
  if (/\/items\/?$/.test(p)) return 'items';
  if (/\/fields/.test(p)) return 'fields';
  if (/(effectivebasepermissions|getusereffectivepermissions|roleassignments|roledefinitions|breakroleinheritance|resetroleinheritance)/.test(p)) return 'security';
  if (/(siteusers|sitegroups|currentuser|ensureuser|getuserbyid|associated(owner|member|visitor)group)/.test(p)) return 'users';
  if (/\/(lists|getlist)/.test(p)) return 'lists';
  if (/\/_api\/web\/?$/.test(p)) return 'web';
  return 'other';
}

export class Stats {
  private s!: StatsSnapshot;

  constructor() { this.reset(); }

  reset(): void {
    this.s = { since: new Date().toISOString(), requests: 0, byKind: {}, byStatus: {}, batchParts: {}, faultsInjected: {}, bytesSent: 0, bytesReceived: 0, memoryMB: { rss: 0, heapUsed: 0 } };
  }

  request(kind: string, bytesIn: number): void {
    this.s.requests++;
    this.s.byKind[kind] = (this.s.byKind[kind] ?? 0) + 1;
    this.s.bytesReceived += bytesIn;
  }

  response(status: number, bytesOut: number): void {
    this.s.byStatus[status] = (this.s.byStatus[status] ?? 0) + 1;
    this.s.bytesSent += bytesOut;
  }

  batchPart(kind: string): void {
    this.s.batchParts[kind] = (this.s.batchParts[kind] ?? 0) + 1;
  }

  fault(status: number): void {
    this.s.faultsInjected[status] = (this.s.faultsInjected[status] ?? 0) + 1;
  }

  snapshot(): StatsSnapshot {
    const m = process.memoryUsage();
    const mb = (n: number): number => Math.round((n / 1048576) * 10) / 10;
    return { ...(JSON.parse(JSON.stringify(this.s)) as StatsSnapshot), memoryMB: { rss: mb(m.rss), heapUsed: mb(m.heapUsed) } };
  }
}
