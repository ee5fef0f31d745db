// The unique key an add carries: made once per draft, so a retried save finds the item its first
// try created instead of adding a twin.

/** A random UUID; where crypto.randomUUID is missing (older hosts, plain http), a v4-shaped fallback. */
export function newClientKey(): string {
  const webCrypto: Crypto | undefined = typeof crypto === 'undefined' ? undefined : crypto;
  if (webCrypto !== undefined && typeof webCrypto.randomUUID === 'function') {
    try {
      return webCrypto.randomUUID();
    } catch {
      // randomUUID exists but refuses outside a secure context in some browsers: fall through.
    }
  }
  const bytes = new Uint8Array(16);
  if (webCrypto !== undefined && typeof webCrypto.getRandomValues === 'function') {
    webCrypto.getRandomValues(bytes);
  } else {
    for (let index = 0; index < bytes.length; index += 1) bytes[index] = Math.floor(Math.random() * 256);
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
