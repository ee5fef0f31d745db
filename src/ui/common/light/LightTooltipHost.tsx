// Fluent's TooltipHost imports its Tooltip, and with it Callout, Layer and Popup, into the first
// chunk, for tooltips that appear only on hover or focus. This host behaves as Fluent's (opens after
// 300 ms, one open at a time, Escape closes it, describes its content while open) and fetches
// Fluent's own Tooltip in a chunk of its own when one is first wanted; the open delay covers the fetch.
import * as React from 'react';
import { hiddenContentStyle, mergeStyles } from '@fluentui/react/lib/Styling';
import { useUniqueId } from '../useUniqueId';

const loadTooltip = (): Promise<typeof import('@fluentui/react/lib/Tooltip')> =>
  import(/* webpackChunkName: 'miljomal-tooltip' */ '@fluentui/react/lib/Tooltip');
const Tooltip = React.lazy(() => loadTooltip().then((module) => ({ default: module.Tooltip })));

const hostClassName = mergeStyles('ms-TooltipHost', { display: 'inline' });
const hiddenClassName = mergeStyles(hiddenContentStyle);
const openDelayMs = 300;

/** The open tooltip's way to close, so that opening another closes it. */
let closeOpen: (() => void) | undefined;

export function LightTooltipHost({ content, children }: { content: string | React.ReactElement; children: React.ReactNode }): React.ReactElement {
  const [visible, setVisible] = React.useState(false);
  const host = React.useRef<HTMLDivElement>(null);
  const timer = React.useRef<number | undefined>(undefined);
  const id = useUniqueId('tooltip');

  const close = React.useCallback(() => {
    window.clearTimeout(timer.current);
    setVisible(false);
    if (closeOpen === close) closeOpen = undefined;
  }, []);
  const open = (): void => {
    if (closeOpen !== undefined && closeOpen !== close) closeOpen();
    closeOpen = close;
    loadTooltip().catch(() => undefined);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setVisible(true), openDelayMs);
  };
  // The pointer moving from the host onto the tooltip keeps it open.
  const stay = (): void => window.clearTimeout(timer.current);
  React.useEffect(() => close, [close]);

  return (
    <div
      ref={host}
      className={hostClassName}
      role="none"
      onMouseEnter={open}
      onMouseLeave={close}
      onFocusCapture={open}
      onBlurCapture={close}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && visible) {
          close();
          event.stopPropagation();
        }
      }}
      aria-describedby={visible ? id : undefined}
    >
      {children}
      {visible && host.current !== null ? (
        // A tooltip whose chunk cannot load (offline) shows nothing; the hidden text below still describes.
        <TooltipBoundary>
          <React.Suspense fallback={null}>
            <Tooltip
              id={`${id}--tooltip`}
              content={content}
              targetElement={host.current}
              calloutProps={{ onDismiss: close, onMouseEnter: stay, onMouseLeave: close }}
              onMouseEnter={stay}
              onMouseLeave={close}
            />
          </React.Suspense>
        </TooltipBoundary>
      ) : null}
      <div hidden id={id} className={hiddenClassName}>{content}</div>
    </div>
  );
}

class TooltipBoundary extends React.Component<{ children: React.ReactNode }, { failed: boolean }> {
  public state = { failed: false };
  public static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  public render(): React.ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
