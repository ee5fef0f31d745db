import type { IPanelProps } from '@fluentui/react/lib/Panel';

/** Panels that hold a draft: closed only by their buttons or Esc, never by a click beside them. */
export function draftPanelProps(headerText: string, closeLabel: string, onDismiss: () => void): Partial<IPanelProps> {
  return { headerText, closeButtonAriaLabel: closeLabel, onDismiss, isLightDismiss: false };
}
