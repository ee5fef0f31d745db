/**
 * Fault injection: a share of requests answered 429 or 503 with Retry-After, added latency, and a
 * deterministic "fail the next N requests" for tests. Never applied to /_emulator/*.
 */
export interface FaultSettings {
  /** Share of requests answered 429 Too Many Requests, 0..1. */
  throttle429?: number;
  /** Share of requests answered 503 Server Too Busy, 0..1. */
  unavailable503?: number;
  /** Added to every request, in ms. */
  latencyMs?: number;
  /** Retry-After seconds on 429/503 (default 1). */
  retryAfterSeconds?: number;
  /** The next `count` requests answer `status` (deterministic, for tests). */
  failNext?: { status: 429 | 503; count: number };
}

export interface FaultDecision { status: 429 | 503; retryAfter: number }

export function parseFaultSpec(spec: string): FaultSettings {
  const out: FaultSettings = {};
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [k, v] = part.split(':').map((s) => s.trim());
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n) || n < 0) throw new Error(`Invalid fault '${part}' (expected e.g. 429:0.3,503:0.1,latency:30,retry-after:1)`);
    switch (k.toLowerCase()) {
      case '429': if (n > 1) throw new Error(`429 share must be 0..1, got ${v}`); out.throttle429 = n; break;
      case '503': if (n > 1) throw new Error(`503 share must be 0..1, got ${v}`); out.unavailable503 = n; break;
      case 'latency': out.latencyMs = n; break;
      case 'retry-after': case 'retryafter': out.retryAfterSeconds = n; break;
      default: throw new Error(`Unknown fault '${k}' (known: 429, 503, latency, retry-after)`);
    }
  }
  return out;
}

export function validateFaults(x: unknown): FaultSettings {
  if (!x || typeof x !== 'object' || Array.isArray(x)) throw new Error('Fault settings must be a JSON object.');
  const o = x as Record<string, unknown>;
  const out: FaultSettings = {};
  const share = (k: string): number | undefined => {
    if (o[k] === undefined) return undefined;
    const n = Number(o[k]);
    if (!Number.isFinite(n) || n < 0 || n > 1) throw new Error(`${k} must be a number 0..1.`);
    return n;
  };
  const nonNeg = (k: string): number | undefined => {
    if (o[k] === undefined) return undefined;
    const n = Number(o[k]);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${k} must be a number >= 0.`);
    return n;
  };
  for (const k of Object.keys(o)) {
    if (!['throttle429', 'unavailable503', 'latencyMs', 'retryAfterSeconds', 'failNext'].includes(k)) throw new Error(`Unknown fault setting '${k}'.`);
  }
  const t = share('throttle429'); if (t !== undefined) out.throttle429 = t;
  const u = share('unavailable503'); if (u !== undefined) out.unavailable503 = u;
  const l = nonNeg('latencyMs'); if (l !== undefined) out.latencyMs = l;
  const r = nonNeg('retryAfterSeconds'); if (r !== undefined) out.retryAfterSeconds = r;
  if (o.failNext !== undefined) {
    const f = o.failNext as Record<string, unknown>;
    const status = Number(f?.status);
    const count = Number(f?.count);
    if ((status !== 429 && status !== 503) || !Number.isInteger(count) || count < 0) throw new Error('failNext must be {status: 429|503, count: n}.');
    out.failNext = { status, count };
  }
  return out;
}

export class Faults {
  constructor(public settings: FaultSettings = {}, private random: () => number = Math.random) {}

  /** Decides whether this request fails; consumes one failNext. */
  decide(): FaultDecision | undefined {
    const s = this.settings;
    const retryAfter = s.retryAfterSeconds ?? 1;
    if (s.failNext && s.failNext.count > 0) {
      s.failNext.count--;
      return { status: s.failNext.status, retryAfter };
    }
    const r = this.random();
    const p429 = s.throttle429 ?? 0;
    const p503 = s.unavailable503 ?? 0;
    if (r < p429) return { status: 429, retryAfter };
    if (r < p429 + p503) return { status: 503, retryAfter };
    return undefined;
  }

  get latencyMs(): number { return this.settings.latencyMs ?? 0; }
}
