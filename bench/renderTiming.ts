// Time from data to a painted table in Chromium: from the end of the last $batch answer (Resource
// Timing) to the animation frame after the departments table holds all its rows. As the site owner:
// the generated regions have no role groups.
import { chromium } from 'playwright-core';
import type { Workbench } from '../local/workbench/server';
import { chromiumPath } from '../test/browser/support/browser';

interface PageTiming { dataAt: number; paintedAt: number }

export async function measureRender(workbench: Workbench, rows: number): Promise<number> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.addInitScript((expectedRows: number) => {
      const timing = window as unknown as { paintedAt?: number };
      const observer = new MutationObserver(() => {
        const full = Array.from(document.querySelectorAll('table')).some((table) => table.tBodies[0]?.rows.length >= expectedRows);
        if (full && timing.paintedAt === undefined) {
          timing.paintedAt = -1;
          requestAnimationFrame(() => { timing.paintedAt = performance.now(); });
          observer.disconnect();
        }
      });
      observer.observe(document, { subtree: true, childList: true });
    }, rows);
    await page.goto(`${workbench.url}/?user=siteOwner&view=summary&theme=sharePointLight&lang=sv-SE&today=2023-10-16`);
    await page.waitForFunction(() => ((window as unknown as { paintedAt?: number }).paintedAt ?? -1) > 0, undefined, { timeout: 120000 });
    const timing: PageTiming = await page.evaluate(() => ({
      dataAt: Math.max(...performance.getEntriesByType('resource')
        .filter((entry) => entry.name.includes('$batch'))
        .map((entry) => (entry as PerformanceResourceTiming).responseEnd)),
      paintedAt: (window as unknown as { paintedAt: number }).paintedAt
    }));
    return Math.round(timing.paintedAt - timing.dataAt);
  } finally {
    await browser.close();
  }
}
