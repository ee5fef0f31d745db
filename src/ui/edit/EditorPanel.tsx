// The one side panel every editor opens: a form that saves on Enter, the footer with Save, Close
// and (once something was typed) Discard, and the messages every draft can carry above the fields:
// restored from an earlier visit, editing over someone else's version, what to fix, how the last
// save went.
import * as React from 'react';
import { ActionButton, DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Stack } from '@fluentui/react/lib/Stack';
import { useServices } from '../services/services';
import { useEditClassNames } from './editStyles';

export interface IEditorPanelProps {
  isOpen: boolean;
  headerText: string;
  /** A line under the header naming what is edited. */
  subheading?: string;
  onSave: () => void;
  onClose: () => void;
  onClosed?: () => void;
  saving: boolean;
  /** Something was typed: Discard is offered. */
  dirty: boolean;
  onDiscard: () => void;
  restored: boolean;
  /** The draft is now being written over someone else's newer version. */
  overTheirs: boolean;
  showValidationSummary: boolean;
  /** How the last save went (SaveFeedback). */
  feedback: React.ReactNode;
  children?: React.ReactNode;
}

export function EditorPanel(props: IEditorPanelProps): React.ReactElement {
  const { strings } = useServices();
  const classNames = useEditClassNames();
  const footer = (): React.ReactElement => (
    <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
      <PrimaryButton text={props.saving ? strings.EditSaving : strings.EditSave} onClick={props.onSave} disabled={props.saving} />
      <DefaultButton text={strings.EditClose} onClick={props.onClose} />
      {props.dirty ? <ActionButton text={strings.EditDiscard} onClick={props.onDiscard} disabled={props.saving} /> : null}
    </Stack>
  );
  return (
    <Panel
      isOpen={props.isOpen}
      onDismiss={props.onClose}
      onDismissed={props.onClosed}
      type={PanelType.medium}
      headerText={props.headerText}
      closeButtonAriaLabel={strings.EditClose}
      isLightDismiss={false}
      isFooterAtBottom
      onRenderFooterContent={footer}
    >
      <form
        noValidate
        onSubmit={(event) => { event.preventDefault(); props.onSave(); }}
        className={classNames.choices}
        aria-label={props.headerText}
      >
        {props.subheading === undefined ? null : <p className={classNames.subheading}>{props.subheading}</p>}
        {props.restored ? <MessageBar messageBarType={MessageBarType.info}>{strings.EditDraftRestored}</MessageBar> : null}
        {props.overTheirs ? <MessageBar messageBarType={MessageBarType.info} isMultiline>{strings.EditConflictEditing}</MessageBar> : null}
        {props.showValidationSummary ? (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>{strings.EditValidationSummary}</MessageBar>
        ) : null}
        {props.feedback}
        {props.children}
      </form>
    </Panel>
  );
}
