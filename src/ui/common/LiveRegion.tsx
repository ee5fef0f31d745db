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
}

/**
 * Always in the page, so screen readers are listening before the message arrives; the keyed span
 * makes a repeated message a new node, which screen readers announce again.
 */
export function LiveRegion({ announcement, visible = false, className }: ILiveRegionProps): React.ReactElement {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={visible ? className : visuallyHiddenClass}>
      {announcement.message === '' ? null : <span key={announcement.count}>{announcement.message}</span>}
    </div>
  );
}
