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
  for (const part of spec.split(',').map((text) => text.trim()).filter(Boolean)) {
    const [name, valueText] = part.split(':').map((text) => text.trim());
    const value = Number(valueText);
    if (valueText === undefined || !Number.isFinite(value) || value < 0) throw new Error(`Invalid fault '${part}' (expected e.g. 429:0.3,503:0.1,latency:30,retry-after:1)`);
    switch (name.toLowerCase()) {
      case '429': if (value > 1) throw new Error(`429 share must be 0..1, got ${valueText}`); out.throttle429 = value; break;
      case '503': if (value > 1) throw new Error(`503 share must be 0..1, got ${valueText}`); out.unavailable503 = value; break;
      case 'latency': out.latencyMs = value; break;
      case 'retry-after': case 'retryafter': out.retryAfterSeconds = value; break;
      default: throw new Error(`Unknown fault '${name}' (known: 429, 503, latency, retry-after)`);
    }
  }
  return out;
}

export function validateFaults(input: unknown): FaultSettings {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw new Error('Fault settings must be a JSON object.');
  const settings = input as Record<string, unknown>;
  const out: FaultSettings = {};
  const share = (name: string): number | undefined => {
    if (settings[name] === undefined) return undefined;
    const value = Number(settings[name]);
    if (!Number.isFinite(value) || value < 0 || value > 1) throw new Error(`${name} must be a number 0..1.`);
    return value;
  };
  const nonNegative = (name: string): number | undefined => {
    if (settings[name] === undefined) return undefined;
    const value = Number(settings[name]);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number >= 0.`);
    return value;
  };
  for (const name of Object.keys(settings)) {
    if (!['throttle429', 'unavailable503', 'latencyMs', 'retryAfterSeconds', 'failNext'].includes(name)) throw new Error(`Unknown fault setting '${name}'.`);
  }
  const throttle429 = share('throttle429'); if (throttle429 !== undefined) out.throttle429 = throttle429;
  const unavailable503 = share('unavailable503'); if (unavailable503 !== undefined) out.unavailable503 = unavailable503;
  const latencyMs = nonNegative('latencyMs'); if (latencyMs !== undefined) out.latencyMs = latencyMs;
  const retryAfterSeconds = nonNegative('retryAfterSeconds'); if (retryAfterSeconds !== undefined) out.retryAfterSeconds = retryAfterSeconds;
  if (settings.failNext !== undefined) {
    const failNext = settings.failNext as Record<string, unknown>;
    const status = Number(failNext?.status);
    const count = Number(failNext?.count);
    if ((status !== 429 && status !== 503) || !Number.isInteger(count) || count < 0) throw new Error('failNext must be {status: 429|503, count: n}.');
    out.failNext = { status, count };
  }
  return out;
}

export class Faults {
  constructor(public settings: FaultSettings = {}, private random: () => number = Math.random) {}

  /** Decides whether this request fails; consumes one failNext. */
  decide(): FaultDecision | undefined {
    const settings = this.settings;
    const retryAfter = settings.retryAfterSeconds ?? 1;
    if (settings.failNext && settings.failNext.count > 0) {
      settings.failNext.count--;
      return { status: settings.failNext.status, retryAfter };
    }
    const draw = this.random();
    const share429 = settings.throttle429 ?? 0;
    const share503 = settings.unavailable503 ?? 0;
    if (draw < share429) return { status: 429, retryAfter };
    if (draw < share429 + share503) return { status: 503, retryAfter };
    return undefined;
  }

  get latencyMs(): number { return this.settings.latencyMs ?? 0; }
}
