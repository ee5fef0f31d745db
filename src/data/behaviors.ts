// PnPjs behaviours every SPFI of the product uses, in one place (the web part, the local
// workbench and the tests add them after their own connection behaviour).
import type { TimelinePipe } from '@pnp/core';
import { BrowserFetchWithRetry } from '@pnp/queryable';

/**
 * Retries 429, 503 and 504, waiting as long as SharePoint's `Retry-After` says. PnPjs's default
 * gives up after three tries; SharePoint throttles in bursts, so a save gets ten. Creates stay
 * single: every add carries a unique key (see the repository).
 */
export function ThrottlingRetry(): TimelinePipe {
  return BrowserFetchWithRetry({ retries: 10, interval: 250 });
}
