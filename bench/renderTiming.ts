// Time from data to a painted summary in Chromium: from the end of the last answer of SharePoint's
// REST API (a $batch, or a window of items read on its own) before the departments table held all
// its rows (Resource Timing) to the animation frame after it did. The
// page is React's production build, as SharePoint serves it, in a fresh browser context each run (no
// cached year: a first visit). As the site owner: the generated regions have no role groups.
import { chromium, type Page } from 'playwright-core';
import type { Workbench } from '../local/workbench/server';
import { chromiumPath } from '../test/browser/support/browser';

export interface RenderChoice {
  /** The departments table's rows once painted. */
  rows: number;
  viewport?: { width: number; height: number };
  /** Chromium's CPU slowed this many times (DevTools' throttling): a phone running Teams. */
  cpuSlowdown?: number;
  /** Page loads; the figure is their median. */
  runs?: number;
}

export interface RenderFigure { ms: number; runs: number[] }

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function oneRun(page: Page, workbench: Workbench, rows: number): Promise<number> {
  await page.addInitScript((expectedRows: number) => {
    const timing = window as unknown as { filledAt?: number; paintedAt?: number };
    const observer = new MutationObserver(() => {
      const full = Array.from(document.querySelectorAll('table')).some((table) => table.tBodies[0]?.rows.length >= expectedRows);
      if (full && timing.filledAt === undefined) {
        timing.filledAt = performance.now();
        requestAnimationFrame(() => { timing.paintedAt = performance.now(); });
        observer.disconnect();
      }
    });
    observer.observe(document, { subtree: true, childList: true });
  }, rows);
  await page.goto(`${workbench.url}/?user=siteOwner&view=summary&theme=sharePointLight&lang=sv-SE&today=2023-10-16`);
  await page.waitForFunction(() => ((window as unknown as { paintedAt?: number }).paintedAt ?? -1) > 0, undefined, { timeout: 120000 });
  return page.evaluate(() => {
    const { filledAt, paintedAt } = window as unknown as { filledAt: number; paintedAt: number };
    // Reads after the table (the gaps' names) are not the summary's data.
    const dataAt = Math.max(...performance.getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/_api/'))
      .map((entry) => (entry as PerformanceResourceTiming).responseEnd)
      .filter((end) => end <= filledAt));
    return Math.round(paintedAt - dataAt);
  });
}

export async function measureRender(workbench: Workbench, choice: RenderChoice): Promise<RenderFigure> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  });
  try {
    const runs: number[] = [];
    for (let run = 0; run < (choice.runs ?? 5); run++) {
      const context = await browser.newContext({ viewport: choice.viewport ?? { width: 1400, height: 1000 } });
      const page = await context.newPage();
      if (choice.cpuSlowdown !== undefined) {
        const devtools = await context.newCDPSession(page);
        await devtools.send('Emulation.setCPUThrottlingRate', { rate: choice.cpuSlowdown });
      }
      runs.push(await oneRun(page, workbench, choice.rows));
      await context.close();
    }
    return { ms: median(runs), runs };
  } finally {
    await browser.close();
  }
}
