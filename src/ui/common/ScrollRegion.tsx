// A table's own sideways scroll in a narrow column (a Teams side panel, a phone): a labelled region
// a keyboard can focus and scroll, a shade and a "scroll sideways" line while more lies to the
// right, and the caption kept at the region's width so it wraps instead of running off with the table.
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme, type Theme } from '@fluentui/react/lib/Theme';
import { useServices } from '../services/services';
import { regionWidthVariable, viewColours } from './viewStyles';

export interface IScrollRegionProps {
  /** The id of what names the region: the table's caption. */
  labelledBy: string;
  /** Extra limits of the scrolling box, such as a maximum height. */
  style?: React.CSSProperties;
  children: React.ReactNode;
}

function scrollRegionClassNames(theme: Theme): { outer: string; frame: string; region: string; shade: string; hint: string } {
  const colours = viewColours(theme);
  const edge = { position: 'absolute', top: 0, bottom: 0, width: 16, pointerEvents: 'none' } as const;
  return mergeStyleSets({
    outer: { maxWidth: '100%', minWidth: 0 },
    frame: { position: 'relative' },
    region: {
      overflowX: 'auto',
      maxWidth: '100%',
      selectors: {
        ':focus-visible': { outline: `2px solid ${colours.focus}`, outlineOffset: '2px' },
        // The caption goes as wide as the table; held at the region's width (and still when scrolled) it wraps in view.
        '& > table > caption': { position: 'sticky', left: 0, maxWidth: `var(${regionWidthVariable}, none)`, boxSizing: 'border-box' }
      }
    },
    shade: {
      ...edge,
      right: 0,
      boxShadow: `inset -12px 0 10px -10px ${colours.text}`,
      // Forced colours drop shadows: a line in the text colour marks the edge instead.
      selectors: { '@media (forced-colors: active)': { borderRight: '2px dashed CanvasText' } }
    },
    hint: { ...theme.fonts.small, color: colours.subtext, margin: '2px 0 0', textAlign: 'right' }
  });
}

interface IOverflow {
  moreRight: boolean;
  width?: number;
}

/** Whether more lies to the right, and the visible width, following scrolls and resizes. */
function useOverflow(element: React.RefObject<HTMLDivElement>): [IOverflow, () => void] {
  const [overflow, setOverflow] = React.useState<IOverflow>({ moreRight: false });
  const measure = React.useCallback((): void => {
    const box = element.current;
    if (box === null) return;
    // The width only matters to a caption whose table is wider than the region: a table that fits
    // changes nothing, so the page is not laid out again before its first paint.
    const overflowing = box.clientWidth < box.scrollWidth - 1;
    const next = { moreRight: box.scrollLeft + box.clientWidth < box.scrollWidth - 1, width: overflowing ? box.clientWidth : undefined };
    setOverflow((previous) => (previous.moreRight === next.moreRight && previous.width === next.width ? previous : next));
  }, [element]);
  React.useLayoutEffect(() => {
    measure();
    if (element.current === null || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element.current);
    // The table grows when a row opens or data arrives.
    const content = element.current.firstElementChild;
    if (content !== null) observer.observe(content);
    return () => observer.disconnect();
  }, [element, measure]);
  return [overflow, measure];
}

export function ScrollRegion({ labelledBy, style, children }: IScrollRegionProps): React.ReactElement {
  const { strings } = useServices();
  const theme = useTheme();
  const classNames = React.useMemo(() => scrollRegionClassNames(theme), [theme]);
  const region = React.useRef<HTMLDivElement>(null);
  const [overflow, measure] = useOverflow(region);
  const width = overflow.width === undefined ? undefined : { [regionWidthVariable]: `${overflow.width}px` };
  return (
    <div className={classNames.outer}>
      <div className={classNames.frame} data-more-right={overflow.moreRight}>
        <div ref={region} className={classNames.region} role="region" aria-labelledby={labelledBy} tabIndex={0}
          onScroll={measure} style={{ ...style, ...width }}>
          {children}
        </div>
        {overflow.moreRight ? <div className={classNames.shade} aria-hidden="true" /> : null}
      </div>
      {overflow.moreRight ? <p className={classNames.hint} aria-hidden="true">{strings.ScrollSideways}</p> : null}
    </div>
  );
}
