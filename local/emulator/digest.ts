/**
 * Form digests (`_api/contextinfo`, `X-RequestDigest`). Stateless: an HMAC of the issue time, so a
 * digest stays valid across restarts and resets, and expires after `timeoutSeconds` as SharePoint's do.
 * Not bound to the user: PnPjs caches one digest per web URL, whoever the caller is.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const KEY = 'sharepoint-emulator-digest';

function mac(issued: string): string {
  return createHmac('sha256', KEY).update(issued).digest('hex').toUpperCase();
}

/**
 * SharePoint's shape, "0x<hex>,01 Dec 2026 10:40:00 -0000": no weekday, so the one comma splits the
 * MAC from the issue time. PnPjs's SPFx behaviour reads the time after the comma to reuse the
 * page's digest; a second comma would make it ask for a new one before every write.
 */
export function issueDigest(now = Date.now()): string {
  const issued = new Date(now).toUTCString().replace(/^\w{3}, /, '').replace('GMT', '-0000');
  return `0x${mac(issued)},${issued}`;
}

export function validDigest(value: string | undefined, timeoutSeconds: number, now = Date.now()): boolean {
  if (!value) return false;
  const parts = /^0x([0-9A-F]{64}),(.+)$/.exec(value.trim());
  if (!parts) return false;
  const [, sentMac, issuedText] = parts;
  const expected = Buffer.from(mac(issuedText));
  const sent = Buffer.from(sentMac);
  if (expected.length !== sent.length || !timingSafeEqual(expected, sent)) return false;
  const issued = Date.parse(issuedText.replace('-0000', 'GMT'));
  return Number.isFinite(issued) && now - issued <= timeoutSeconds * 1000 && issued - now < 60_000;
}
