// The one side panel every editor opens: a form that saves on Enter, the footer with Save, Close
// and (once something was typed) Discard, the messages every draft can carry above the fields
// (restored from an earlier visit, editing over someone else's version, what to fix, how the last
// save went) and, on a conflict, both versions side by side. An editor brings its fields, its save
// and the rows of a conflict.
import * as React from 'react';
import { ActionButton, DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Stack } from '@fluentui/react/lib/Stack';
import { useServices } from '../services/services';
import { ConflictPanel, type IConflictRow } from './ConflictPanel';
import { draftPanelProps } from './draftPanelProps';
import { useEditClassNames } from './editStyles';
import { SaveFeedback, type ISaveFeedbackProps } from './SaveFeedback';
import type { IEditorSession } from './useEditorSession';

/**
 * Where focus starts: the form's first field, never the header's close button (a space typed
 * into the panel the moment it opened would close it, draft and all).
 */
const firstField = (root: HTMLElement): HTMLElement | null =>
  root.querySelector<HTMLElement>('form input:not([type="hidden"]):not([disabled]), form textarea, form [role="radio"], form [role="combobox"]');

/** Both versions of a conflict as the ConflictPanel shows them. */
export interface IConflictView {
  subject: string;
  rows: readonly IConflictRow[];
  theirsBy?: string;
}

export interface IEditorPanelProps<T, F> {
  session: IEditorSession<T, F>;
  headerText: string;
  /** A line under the header naming what is edited. */
  subheading?: string;
  onSave: () => void;
  /** The panel has closed (after its animation). */
  onClosed?: () => void;
  /** Some field has a message: the summary above the fields says so. */
  hasErrors: boolean;
  /** How the last save went: what SaveFeedback needs besides the state. */
  feedback: Omit<ISaveFeedbackProps<T>, 'state' | 'onShowConflict'>;
  /** The conflict's two versions, from their version. */
  conflictView(theirs: T): IConflictView;
  /** Save the draft again over their version, whose ETag this is. */
  onKeepMine(etag: string): void;
  children?: React.ReactNode;
}

export function EditorPanel<T, F>(props: IEditorPanelProps<T, F>): React.ReactElement {
  const { session } = props;
  const { strings } = useServices();
  const classNames = useEditClassNames();
  const { saving } = session.save;
  const footer = (): React.ReactElement => (
    <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
      <PrimaryButton text={saving ? strings.EditSaving : strings.EditSave} onClick={props.onSave} disabled={saving} />
      <DefaultButton text={strings.EditClose} onClick={session.close} />
      {session.draft.dirty ? <ActionButton text={strings.EditDiscard} onClick={session.discard} disabled={saving} /> : null}
    </Stack>
  );
  const { conflict } = session;
  const conflictView = conflict === undefined ? undefined : props.conflictView(conflict.theirs);
  return (
    <>
      <Panel
        {...draftPanelProps(props.headerText, strings.EditClose, session.close)}
        isOpen={session.open}
        onDismissed={props.onClosed}
        type={PanelType.medium}
        isFooterAtBottom
        onRenderFooterContent={footer}
        focusTrapZoneProps={{ firstFocusableTarget: firstField }}
      >
        <form
          noValidate
          onSubmit={(event) => { event.preventDefault(); props.onSave(); }}
          className={classNames.choices}
          aria-label={props.headerText}
        >
          {props.subheading === undefined ? null : <p className={classNames.subheading}>{props.subheading}</p>}
          {session.draft.restored ? <MessageBar messageBarType={MessageBarType.info}>{strings.EditDraftRestored}</MessageBar> : null}
          {session.overTheirs ? <MessageBar messageBarType={MessageBarType.info} isMultiline>{strings.EditConflictEditing}</MessageBar> : null}
          {session.tried && props.hasErrors ? (
            <MessageBar messageBarType={MessageBarType.error} isMultiline>{strings.EditValidationSummary}</MessageBar>
          ) : null}
          <SaveFeedback
            {...props.feedback}
            state={session.save.state}
            onShowConflict={conflict === undefined ? undefined : session.showConflict}
          />
          {props.children}
        </form>
      </Panel>
      {conflict === undefined || conflictView === undefined ? null : (
        <ConflictPanel
          isOpen={session.conflictOpen}
          subject={conflictView.subject}
          rows={conflictView.rows}
          theirsBy={conflictView.theirsBy}
          busy={saving}
          onKeepMine={() => props.onKeepMine(conflict.etag)}
          onTakeTheirs={session.takeTheirs}
          onEdit={session.keepEditing}
        />
      )}
    </>
  );
}
