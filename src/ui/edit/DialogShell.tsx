// The one dialog every editing view opens: blocking (a click outside never loses what was typed),
// a title, the content, and a footer whose first button is the one thing the dialog is for.
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { useServices } from '../services/services';

export interface IDialogShellProps {
  title: string;
  /** Esc and "Avbryt"/"Stäng"; undefined while something runs that must not be left. */
  onDismiss: (() => void) | undefined;
  maxWidth?: number;
  /** The dialog's own action; without one the dialog only informs and offers "Stäng". */
  confirm?: { text: string; onClick: () => void; disabled?: boolean };
  /** "Avbryt" by default, "Stäng" when there is nothing to confirm. */
  dismissText?: string;
  dismissDisabled?: boolean;
  children?: React.ReactNode;
}

export function DialogShell(props: IDialogShellProps): React.ReactElement {
  const { strings } = useServices();
  const { confirm } = props;
  const dismissText = props.dismissText ?? (confirm === undefined ? strings.EditClose : strings.EditCancel);
  return (
    <Dialog
      hidden={false}
      onDismiss={props.onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: props.title, showCloseButton: false }}
      modalProps={{ isBlocking: true, isAlert: false }}
      minWidth={320}
      maxWidth={props.maxWidth ?? 560}
    >
      {props.children}
      <DialogFooter>
        {confirm === undefined ? null : <PrimaryButton text={confirm.text} onClick={confirm.onClick} disabled={confirm.disabled} />}
        <DefaultButton text={dismissText} onClick={props.onDismiss} disabled={props.dismissDisabled} />
      </DialogFooter>
    </Dialog>
  );
}
