// Whether a page fits its width as a person sees it (issue 28): nothing sticks out of the box that
// clips it, whatever scrolls sideways is a labelled focusable region with a cue beside it, and
// captions lie inside what their region shows. Used at 360 and 400 px (a Teams side panel, a phone).
import type { Page } from 'playwright-core';

/** What sticks out, as "what: by how much": every element against its nearest clipping box. */
async function cutElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (element: Element): string => {
      const label = element.getAttribute('aria-label') ?? element.getAttribute('role') ?? '';
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
      return `<${element.tagName.toLowerCase()}${label === '' ? '' : ` ${label}`}> "${text}"`;
    };
    const overflowOf = (element: Element): string => getComputedStyle(element).overflowX;
    const scrolls = (element: Element): boolean => ['auto', 'scroll'].includes(overflowOf(element));
    const clips = (element: Element): boolean => overflowOf(element) !== 'visible';
    // The visible box of a clipping element: its padding box, inside the borders and scroll bar.
    const innerBox = (element: Element): { left: number; right: number } => {
      if (element === document.documentElement) return { left: 0, right: document.documentElement.clientWidth };
      const box = element.getBoundingClientRect();
      const left = box.left + element.clientLeft;
      return { left, right: left + element.clientWidth };
    };
    const hidden = (element: Element): boolean => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return box.width <= 1 || box.height <= 1 || style.visibility === 'hidden' || style.clip === 'rect(0px, 0px, 0px, 0px)';
    };
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      if (hidden(element) || element.closest('svg > *') !== null) continue;
      const style = getComputedStyle(element);
      let container: Element = element.parentElement ?? document.documentElement;
      if (style.position === 'fixed') container = document.documentElement;
      else {
        while (container !== document.body && container !== document.documentElement && !clips(container)) {
          container = container.parentElement ?? document.documentElement;
        }
        if (container === document.body) container = document.documentElement;
      }
      // Intentionally hidden (a screen reader's text in a 1 px box).
      if (container !== document.documentElement && hidden(container)) continue;
      // Content may run past a scroll region: the region scrolls; the region itself is checked.
      if (container !== document.documentElement && scrolls(container)) continue;
      const box = element.getBoundingClientRect();
      const visible = innerBox(container);
      const past = Math.max(box.right - visible.right, visible.left - box.left);
      if (past > 1) problems.push(`${describe(element)} sticks out of ${describe(container)} by ${Math.round(past)} px`);
      // Text cut by the element's own box (an ellipsis, overflow: hidden).
      if (clips(element) && !scrolls(element) && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
        problems.push(`${describe(element)} cuts its content by ${element.scrollWidth - element.clientWidth} px`);
      }
      // Whatever scrolls sideways is a labelled region a keyboard can reach and scroll.
      if (scrolls(element) && element.scrollWidth > element.clientWidth + 1
        && (element.getAttribute('role') !== 'region' || element.getAttribute('tabindex') !== '0'
          || (element.getAttribute('aria-label') ?? element.getAttribute('aria-labelledby') ?? '') === '')) {
        problems.push(`${describe(element)} scrolls sideways but is not a focusable labelled region`);
      }
    }
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) {
      problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px`);
    }
    return problems;
  });
}

/** Captions whose text does not lie inside what their region shows (cut or scrolled out of view). */
async function clippedCaptions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const caption of Array.from(document.querySelectorAll('caption'))) {
      const region = caption.closest('[role="region"]') ?? document.documentElement;
      const box = region === document.documentElement
        ? { left: 0, right: document.documentElement.clientWidth }
        : { left: region.getBoundingClientRect().left + region.clientLeft, right: region.getBoundingClientRect().left + region.clientLeft + region.clientWidth };
      const range = document.createRange();
      range.selectNodeContents(caption);
      const past = Math.max(0, ...Array.from(range.getClientRects()).map((line) => Math.max(line.right - box.right, box.left - line.left)));
      if (past > 1) problems.push(`caption "${(caption.textContent ?? '').slice(0, 60)}" runs ${Math.round(past)} px past what its region shows`);
    }
    return problems;
  });
}

/** Every scroll region that holds more than it shows says so where the eye is: the cue beside it. */
async function regionsWithoutCue(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll('[role="region"][tabindex="0"]'))
    .filter((region) => region.scrollWidth > region.clientWidth + 1)
    .filter((region) => region.parentElement?.getAttribute('data-more-right') !== 'true')
    .map((region) => `region "${region.getAttribute('aria-label') ?? ''}" holds more to the right and shows no cue`));
}

/** Every way the page as it is now does not fit its width, one line each; none when it fits. */
export async function unfitElements(page: Page): Promise<string[]> {
  return [...await cutElements(page), ...await clippedCaptions(page), ...await regionsWithoutCue(page)];
}
