// Browser tests of the packaged web part inside SPFx's own runtime (local/spfx-host): packages first
// when the sources are newer than the last package, starts the host on a free port with the
// emulator in memory, and opens pages that record what the console said.
import { Browser, chromium, ConsoleMessage, Page } from 'playwright-core';
import { existsSync } from 'fs';
import { ensurePackaged } from '../../../local/spfx-host/packaged';
import { startSpfxHost, SpfxHost } from '../../../local/spfx-host/server';
import { chromiumPath } from './browser';

export interface HostSession {
  host: SpfxHost;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHostSession(): Promise<HostSession> {
  if (!existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath}: install Debian's package (apt-get install -y chromium-headless-shell), as .ci/run does.`);
  await ensurePackaged();
  const host = await startSpfxHost({ port: 0 });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  });
  return {
    host,
    browser,
    async close() {
      await browser.close();
      await host.close();
    }
  };
}

export interface HostPage {
  page: Page;
  /** Console warnings and errors, as text. */
  console: string[];
  /** Every request the page made, as "METHOD url". */
  requests: string[];
}

/** Noise a page outside Microsoft's network always makes (SPFX-HOST.md, "Noise to expect"). */
const expectedNoise = [
  /Failed to load resource: net::ERR_NAME_NOT_RESOLVED/, // Segoe UI and MSAL, off-origin
  /Failed to load resource: the server responded with a status of 404/, // favicon
  /allow-scripts and allow-same-origin/
];

export function unexpectedConsole(hostPage: HostPage): string[] {
  return hostPage.console.filter((line) => !expectedNoise.some((pattern) => pattern.test(line)));
}

export async function openHost(session: HostSession, query: Record<string, string>, viewport = { width: 1300, height: 900 }): Promise<HostPage> {
  const context = await session.browser.newContext({ ignoreHTTPSErrors: true, viewport });
  const page = await context.newPage();
  const console: string[] = [];
  const requests: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'warning' || message.type() === 'error') console.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => console.push(`pageerror: ${String(error)}`));
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  await page.goto(`${session.host.url}/?${new URLSearchParams(query).toString()}`);
  try {
    await page.waitForFunction(() => (window as unknown as { __spfxHost?: { status: string } }).__spfxHost?.status !== 'booting', undefined, { timeout: 30000 });
  } catch {
    throw new Error(`The SPFx runtime did not finish booting in 30 s (an SPFx upgrade that changed the boot sequence?). Console: ${console.slice(-10).join(' | ')}`);
  }
  const status = await page.evaluate(() => {
    const host = (window as unknown as { __spfxHost: { status: string; error?: string; renderErrors: string[] } }).__spfxHost;
    return { status: host.status, error: host.error, renderErrors: host.renderErrors };
  });
  if (status.status !== 'rendered') throw new Error(`The web part did not render in the SPFx runtime: ${status.error ?? status.renderErrors.join('; ')}`);
  return { page, console, requests };
}

/** What the stand-ins were asked for (see local/spfx-host/stubs.ts). */
export function standInTouches(hostPage: HostPage): Promise<string[]> {
  return hostPage.page.evaluate(() => (window as unknown as { __spfxHost: { touches: string[] } }).__spfxHost.touches);
}
