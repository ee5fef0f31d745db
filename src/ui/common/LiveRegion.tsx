import * as React from 'react';
import { visuallyHiddenClass } from './styles';

export interface IAnnouncement {
  message: string;
  /** Changes with every announcement, so the same message is read out again. */
  count: number;
}

/** What a polite live region says; `announce` replaces it. */
export function useAnnouncement(): [IAnnouncement, (message: string) => void] {
  const [announcement, setAnnouncement] = React.useState<IAnnouncement>({ message: '', count: 0 });
  const announce = React.useCallback((message: string): void => {
    setAnnouncement((previous) => ({ message, count: previous.count + 1 }));
  }, []);
  return [announcement, announce];
}

export interface ILiveRegionProps {
  announcement: IAnnouncement;
  /** Shown as well as read out (a visible confirmation); hidden otherwise. */
  visible?: boolean;
  className?: string;
  /** Scrolls a new visible message into view: a confirmation placed beside its action. */
  bringIntoView?: boolean;
}

/**
 * Always in the page, so screen readers are listening before the message arrives; the keyed span
 * makes a repeated message a new node, which screen readers announce again.
 */
export function LiveRegion({ announcement, visible = false, className, bringIntoView = false }: ILiveRegionProps): React.ReactElement {
  const region = React.useRef<HTMLDivElement>(null);
  // A visible confirmation is brought into view (the least scroll that shows it, focus untouched):
  // on a phone the place it belongs to may end just below the fold. After the editor's focus has
  // gone back, hence the next frame.
  React.useEffect(() => {
    if (!bringIntoView || !visible || announcement.message === '') return undefined;
    const frame = window.requestAnimationFrame(() => region.current?.scrollIntoView?.({ block: 'nearest' }));
    return () => window.cancelAnimationFrame(frame);
  }, [bringIntoView, visible, announcement]);
  return (
    <div ref={region} role="status" aria-live="polite" aria-atomic="true" className={visible ? className : visuallyHiddenClass}>
      {announcement.message === '' ? null : <span key={announcement.count}>{announcement.message}</span>}
    </div>
  );
}
