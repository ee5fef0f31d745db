/**
 * What keeps a web page in the developer's browser away from the emulator and the workbench: only
 * loopback Host names (DNS rebinding), and for the administration paths (`/_emulator/*`,
 * `/_workbench/*`) a custom header, which a cross-site page cannot send without a CORS preflight
 * that is never granted to it (a plain form POST cannot send it at all), and no foreign Origin.
 */
export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** The header administration requests carry; its value is no secret, its presence is the point. */
export const ADMIN_HEADER = 'X-Emulator-Admin';
export const adminHeaders: Readonly<Record<string, string>> = { [ADMIN_HEADER]: '1' };

export function hostnameOf(host: string | undefined): string {
  if (!host) return '';
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.split(':')[0].toLowerCase();
}

export function isLoopbackHost(host: string | undefined): boolean {
  return LOOPBACK_HOSTS.has(hostnameOf(host));
}

export function loopbackOrigin(origin: string | undefined): boolean {
  if (!origin) return false;
  try {
    return LOOPBACK_HOSTS.has(new URL(origin).hostname);
  } catch {
    return false;
  }
}

/** A loopback origin on this port: the server's own page (the workbench's, or the emulator's). */
function ownOrigin(origin: string, port: number): boolean {
  try {
    const url = new URL(origin);
    return LOOPBACK_HOSTS.has(url.hostname) && Number(url.port || (url.protocol === 'https:' ? 443 : 80)) === port;
  } catch {
    return false;
  }
}

/** Why an administration request is refused (lower-case headers), or undefined when it may pass. */
export function adminRefusal(headers: Record<string, string | string[] | undefined>, port: number): string | undefined {
  if (headers[ADMIN_HEADER.toLowerCase()] === undefined) return `Administration requests need the ${ADMIN_HEADER} header.`;
  const origin = headers.origin;
  if (typeof origin === 'string' && origin !== 'null' && !ownOrigin(origin, port)) return `Administration requests from ${origin} are refused.`;
  if (origin === 'null') return 'Administration requests from an opaque origin are refused.';
  return undefined;
}
