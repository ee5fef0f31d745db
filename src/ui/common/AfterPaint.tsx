// What lies below the fold is rendered once the page has painted what is above it: a large
// region's summary shows its totals and departments a third of a second sooner (issue 34). It is in
// the page a frame later, long before anyone scrolls to it, so find-in-page and a screen reader
// walking the page find it as before.
import * as React from 'react';

/** A hidden page paints no frames: then after this long. */
const hiddenPageMs = 1000;

/** False on the first render, true once the page has painted it (a frame, then the task after it). */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = React.useState(false);
  React.useEffect(() => {
    if (painted) return undefined;
    let afterFrame: ReturnType<typeof setTimeout> | undefined;
    const fallback = setTimeout(() => setPainted(true), hiddenPageMs);
    const frame = requestAnimationFrame(() => { afterFrame = setTimeout(() => setPainted(true), 0); });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(fallback);
      if (afterFrame !== undefined) clearTimeout(afterFrame);
    };
  }, [painted]);
  return painted;
}

/** Its children once the page has painted what came before them. */
export function AfterPaint({ children }: { children: React.ReactNode }): React.ReactElement | null {
  return useAfterPaint() ? <>{children}</> : null;
}
