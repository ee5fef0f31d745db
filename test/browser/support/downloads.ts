// Files the page hands to the browser as downloads, caught where they are made (the object URL of
// their blob): this headless Chromium saves no downloads, so Playwright's download event never comes.
import type { Page } from 'playwright-core';

export async function catchDownloads(page: Page): Promise<void> {
  await page.evaluate(() => {
    const saved: Array<{ name: string; bytes: string }> = [];
    (window as unknown as { saved: typeof saved }).saved = saved;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function clickAndKeep(this: HTMLAnchorElement) {
      const name = this.download;
      if (name !== '' && this.href.startsWith('blob:')) {
        fetch(this.href).then((response) => response.arrayBuffer()).then((buffer) => {
          saved.push({ name, bytes: btoa(Array.from(new Uint8Array(buffer), (byte) => String.fromCharCode(byte)).join('')) });
        }).catch(() => undefined);
      }
      return click.call(this);
    };
  });
}

/** The newest file caught since catchDownloads, waiting for it. */
export async function downloaded(page: Page): Promise<{ name: string; buffer: Buffer }> {
  const handle = await page.waitForFunction(() => (window as unknown as { saved: Array<{ name: string; bytes: string }> }).saved.pop());
  const file = (await handle.jsonValue()) as { name: string; bytes: string };
  return { name: file.name, buffer: Buffer.from(file.bytes, 'base64') };
}
