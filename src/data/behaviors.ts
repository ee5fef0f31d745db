// PnPjs behaviours every SPFI of the product uses, in one place (the web part, the local
// workbench and the tests add them after their own connection behaviour).
import { delay, type TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import type { SharePointWaits } from './waits';

const tries = 10;
const firstInterval = 250;

function retryable(status: number): boolean {
  return status === 429 || status === 503 || status === 504;
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Retries 429, 503 and 504, waiting as long as SharePoint's `Retry-After` says, up to ten tries
 * (PnPjs's default gives up after three; SharePoint throttles in bursts). Our own and not PnPjs's
 * BrowserFetchWithRetry only so that each wait is reported to `waits`: a save that waits half a
 * minute says so. Creates stay single: every add carries a unique key (see the repository).
 */
export function ThrottlingRetry(waits?: SharePointWaits): TimelinePipe<Queryable> {
  return (instance) => {
    instance.on.send.clear();
    instance.on.send(async function (url: URL, init: RequestInit): Promise<Response> {
      let interval = firstInterval;
      for (let attempt = 1; ; attempt++) {
        let response: Response | undefined;
        try {
          response = await fetch(url.toString(), init);
        } catch (error) {
          // No answer at all (offline): tried again like a 503, unless the caller aborted.
          if ((error as Error | undefined)?.name === 'AbortError' || attempt >= tries) throw error;
        }
        // No answer: tried again at once, as PnPjs does; a network that is down fails fast.
        if (response === undefined) continue;
        // The last answer, whatever it is, goes on to PnPjs's parser, which turns errors into throws.
        if (!retryable(response.status) || attempt >= tries) return response;
        const asked = retryAfterMs(response.headers.get('Retry-After'), Date.now());
        const wait = asked ?? interval;
        if (asked === undefined) interval *= 2;
        const done = waits?.begin(Date.now() + wait);
        try {
          await delay(wait);
        } finally {
          done?.();
        }
      }
    });
    return instance;
  };
}
