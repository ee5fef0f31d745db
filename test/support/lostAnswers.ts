// Answers lost on the way back: the request reaches the emulator and its write lands, then the
// client sees a 504 instead of the answer, as when a proxy or the tenant's front door times out.
// PnPjs's retry then sends the same request again, which is exactly what the product must survive.

export interface LostAnswers {
  /** How many answers were lost so far. */
  readonly lost: number;
  restore(): void;
}

/**
 * Loses the answers of the next `count` requests that `matches` picks (by method and URL), then
 * lets answers through again. Only one at a time: it wraps globalThis.fetch until `restore`.
 */
export function loseAnswers(count: number, matches: (method: string, url: string) => boolean): LostAnswers {
  const original = globalThis.fetch;
  let left = count;
  let lost = 0;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await original(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init?.method ?? (typeof input === 'object' && 'method' in input ? input.method : 'GET')).toUpperCase();
    if (left > 0 && matches(method, url)) {
      left--;
      lost++;
      await response.arrayBuffer();
      return new Response('<html><body>504 Gateway Time-out</body></html>', { status: 504, statusText: 'Gateway Time-out' });
    }
    return response;
  };
  return {
    get lost() { return lost; },
    restore: () => { globalThis.fetch = original; }
  };
}

/** A create in a list: POST …/items, not a MERGE of an item (…/items(7)) or a $batch. */
export function isItemCreate(listUrlPart: string): (method: string, url: string) => boolean {
  return (method, url) => method === 'POST' && url.includes(listUrlPart) && /\/items\/?(\?|$)/.test(url);
}

/** An update of one item: POST …/items(7) (PnPjs sends MERGE as X-HTTP-Method). */
export function isItemUpdate(listUrlPart: string): (method: string, url: string) => boolean {
  return (method, url) => method === 'POST' && url.includes(listUrlPart) && /\/items\(\d+\)\/?(\?|$)/.test(url);
}
