// Where the keyboard is after a link or an action, as a person sees it: the focused element, its
// place in the viewport and the mark drawn round it (WCAG's 3:1 against what is behind it).
import type { Page } from 'playwright-core';

/** What a person sees of the focused element: where it is, and the mark drawn round it against what is behind it. */
export async function focusedLook(page: Page): Promise<{ cell?: string; unit?: string; box: { top: number; bottom: number; left: number; right: number };
  viewport: { width: number; height: number }; outlineWidth: number; boxShadow: string; contrast: number; }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    const rgb = (colour: string): number[] => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]): number => {
      const [R, G, B] = [r, g, b].map((value) => { const c = value / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    // The colour behind the mark: the nearest painted background outwards.
    let behind = 'rgb(255, 255, 255)';
    for (let node: HTMLElement | null = element; node !== null; node = node.parentElement) {
      const background = getComputedStyle(node).backgroundColor;
      const parts = rgb(background);
      if (parts.length >= 3 && (parts.length < 4 || parts[3] > 0)) { behind = background; break; }
    }
    const [a, b] = [luminance(rgb(style.outlineColor)), luminance(rgb(behind))];
    const rect = element.getBoundingClientRect();
    return {
      cell: element.dataset.cell, unit: element.dataset.cellUnit,
      box: { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right },
      viewport: { width: window.innerWidth, height: window.innerHeight },
      outlineWidth: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
      boxShadow: style.boxShadow,
      contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
    };
  });
}

export function expectSeenAndMarked(look: Awaited<ReturnType<typeof focusedLook>>): void {
  expect(look.box.top).toBeGreaterThanOrEqual(0);
  expect(look.box.bottom).toBeLessThanOrEqual(look.viewport.height);
  expect(look.box.left).toBeGreaterThanOrEqual(0);
  expect(look.box.right).toBeLessThanOrEqual(look.viewport.width);
  expect(look.outlineWidth).toBeGreaterThan(0);
  // WCAG's 3:1 for a focus indicator against what surrounds it.
  expect(look.contrast).toBeGreaterThanOrEqual(3);
}
