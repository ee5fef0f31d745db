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
  let path: string;
  try { path = decodeURIComponent(pathname).toLowerCase(); } catch { path = pathname.toLowerCase(); }
  if (path.includes('/_emulator/')) return 'emulator';
  if (!path.includes('/_api/')) return 'other';
  if (path.endsWith('/$batch')) return 'batch';
  if (path.endsWith('/contextinfo')) return 'contextinfo';
  if (/\/items(\(\d+\)|\/getbyid\(\d+\))/.test(path)) return 'item';
  if (/\/items\/?$/.test(path)) return 'items';
  if (/\/fields/.test(path)) return 'fields';
  if (/(effectivebasepermissions|getusereffectivepermissions|roleassignments|roledefinitions|breakroleinheritance|resetroleinheritance)/.test(path)) return 'security';
  if (/(siteusers|sitegroups|currentuser|ensureuser|getuserbyid|associated(owner|member|visitor)group)/.test(path)) return 'users';
  if (/\/(lists|getlist)/.test(path)) return 'lists';
  if (/\/_api\/web\/?$/.test(path)) return 'web';
  return 'other';
}

export class Stats {
  private counts!: StatsSnapshot;

  constructor() { this.reset(); }

  reset(): void {
    this.counts = { since: new Date().toISOString(), requests: 0, byKind: {}, byStatus: {}, batchParts: {}, faultsInjected: {}, bytesSent: 0, bytesReceived: 0, memoryMB: { rss: 0, heapUsed: 0 } };
  }

  request(kind: string, bytesIn: number): void {
    this.counts.requests++;
    this.counts.byKind[kind] = (this.counts.byKind[kind] ?? 0) + 1;
    this.counts.bytesReceived += bytesIn;
  }

  response(status: number, bytesOut: number): void {
    this.counts.byStatus[status] = (this.counts.byStatus[status] ?? 0) + 1;
    this.counts.bytesSent += bytesOut;
  }

  batchPart(kind: string): void {
    this.counts.batchParts[kind] = (this.counts.batchParts[kind] ?? 0) + 1;
  }

  fault(status: number): void {
    this.counts.faultsInjected[status] = (this.counts.faultsInjected[status] ?? 0) + 1;
  }

  snapshot(): StatsSnapshot {
    const memory = process.memoryUsage();
    const megabytes = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;
    return { ...(JSON.parse(JSON.stringify(this.counts)) as StatsSnapshot), memoryMB: { rss: megabytes(memory.rss), heapUsed: megabytes(memory.heapUsed) } };
  }
}
