// Browser tests drive Debian's Chromium with playwright-core against the local workbench, started
// in-process on a free port with the emulator in memory (seeded with the demo region).
import { existsSync, mkdirSync } from 'fs';
import * as path from 'path';
import { Browser, chromium, Page } from 'playwright-core';
import { adminHeaders } from '../../../local/emulator/loopback';
import { startWorkbench, Workbench, type WorkbenchSeed } from '../../../local/workbench/server';
import { themeLabels } from '../../../local/workbench/client/WorkbenchBar';
import { hostThemeNames } from '../../../src/ui/theme/hostThemes';

// Debian's headless shell (package chromium-headless-shell), the build Playwright itself runs headless:
// it drew the same pages with about half the CPU of the full browser (journeys: 35 core-seconds
// against 68), which on CI's two cores is most of the tests' time. The full browser when it is absent.
const debianChromium = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];
export const chromiumPath = process.env.CHROMIUM_PATH ?? debianChromium.find((candidate) => existsSync(candidate)) ?? debianChromium[0];
export const screenshotFolder = path.resolve(__dirname, '..', '..', '..', 'screenshots');

export interface Session {
  workbench: Workbench;
  browser: Browser;
  close(): Promise<void>;
}

export async function startSession(seed: WorkbenchSeed = 'demo'): Promise<Session> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: install Debian's package (apt-get install -y chromium-headless-shell), as .ci/run does.`);
  }
  // React's production build, as SharePoint serves it: the tests render many pages.
  const workbench = await startWorkbench({ port: 0, build: 'production', seed });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic']
  });
  return {
    workbench,
    browser,
    async close() {
      await browser.close();
      await workbench.close();
    }
  };
}

/**
 * The setup every file shares: one workbench and browser for the file (started before its first
 * test, closed after its last) and, unless `keepData`, each test starting from the seeded demo.
 */
export function sessionForFile(options: { keepData?: boolean; seed?: WorkbenchSeed } = {}): Session {
  let started: Session | undefined;
  const current = (): Session => {
    if (started === undefined) throw new Error('The browser session starts in beforeAll: use it inside a test.');
    return started;
  };
  // Bundling the page and seeding the emulator take over a minute when the 2 cores are busy.
  beforeAll(async () => { started = await startSession(options.seed); }, 120000);
  afterAll(async () => { await started?.close(); });
  if (options.keepData !== true) {
    beforeEach(async () => {
      const reset = await fetch(`${current().workbench.url}/_workbench/reset`, { method: 'POST', headers: adminHeaders });
      expect(reset.ok).toBe(true);
    }, 120000); // seeding the demo again takes seconds, and more on a busy machine
  }
  return {
    get workbench() { return current().workbench; },
    get browser() { return current().browser; },
    close: () => current().close()
  };
}

export interface PageChoice {
  user?: string;
  view?: string;
  theme?: string;
  lang?: string;
  /** Default 1400 × 1000; 400 wide is a Teams side panel or a phone. */
  viewport?: { width: number; height: number };
  /** The browser's clock (IANA zone); default the machine's. */
  timezoneId?: string;
  /** The förvaltning the page is fixed to, as a nämnd's page sets it. */
  forvaltning?: number;
}

/** Opens the workbench as someone, on a view, in a theme and language; fails on any page error. */
export async function openWorkbench(session: Session, choice: PageChoice = {}): Promise<Page> {
  const context = await session.browser.newContext({ viewport: choice.viewport ?? { width: 1400, height: 1000 }, timezoneId: choice.timezoneId });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  errorsOfPage.set(page, errors);
  const params = new URLSearchParams({
    user: choice.user ?? 'regionalStaff', view: choice.view ?? 'summary',
    theme: choice.theme ?? 'sharePointLight', lang: choice.lang ?? 'sv-SE'
  });
  if (choice.forvaltning !== undefined) params.set('forvaltning', String(choice.forvaltning));
  await page.goto(`${session.workbench.url}/?${params.toString()}`);
  return page;
}

const errorsOfPage = new WeakMap<Page, string[]>();

/** Uncaught errors the page has thrown since it opened. */
export function pageErrors(page: Page): string[] {
  return errorsOfPage.get(page) ?? [];
}

/**
 * The rules whose answer depends on the theme: what differs between two themes of the same page is
 * its colours, so a page already checked in full in one theme is checked in the others for these.
 */
export const themeDependentAxeRules = ['color-contrast', 'link-in-text-block'];

/**
 * axe-core's serious and critical violations on the page as it is now: every rule, or with
 * `'colours'` only the rules a theme can change (each full run took seconds on a big page).
 */
export async function seriousAxeViolations(page: Page, rules: 'all' | 'colours' = 'all'): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const only = rules === 'colours' ? themeDependentAxeRules : undefined;
  const violations = await page.evaluate(async (ruleIds) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const options = ruleIds === undefined ? { resultTypes: ['violations'] } : { resultTypes: ['violations'], runOnly: { type: 'rule', values: ruleIds } };
    const result = await axe.run(document, options);
    return result.violations;
  }, only);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
}

export async function screenshot(page: Page, name: string,
  options: { fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } } = {}): Promise<void> {
  mkdirSync(screenshotFolder, { recursive: true });
  await page.screenshot({ path: path.join(screenshotFolder, `${name}.png`), fullPage: options.clip === undefined && (options.fullPage ?? true), clip: options.clip });
}

/** axe in every host theme, switched in the workbench's bar: in full once, then the colours. */
export async function axeInEveryTheme(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const theme of hostThemeNames) {
    if (theme !== hostThemeNames[0]) {
      await page.getByRole('combobox', { name: 'Tema' }).click();
      await page.getByRole('option', { name: themeLabels[theme], exact: true }).click();
      await page.locator(`main[data-theme="${theme}"]`).waitFor();
    }
    found.push(...(await seriousAxeViolations(page, theme === hostThemeNames[0] ? 'all' : 'colours')).map((violation) => `${theme}: ${violation}`));
  }
  return found;
}
