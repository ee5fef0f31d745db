import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { format } from '../format';
import { shortened } from '../common/text';
import { failedText, forbiddenText, refusalText, type IRefusalContext } from './refusalText';
import type { SaveState } from './saveOutcome';
import { useServices } from '../services/services';

export interface ISaveFeedbackProps<T> {
  state: SaveState<T>;
  /** Names and the action, for refusals. */
  context?: IRefusalContext;
  /** Offered after a failed save. */
  onRetry?: () => void;
  /** Offered when it was removed by someone else: save the draft as a new item. */
  onSaveAsNew?: () => void;
  /** The button's text for onSaveAsNew (e.g. "Spara som ny aktivitet"); EditSaveAsNew by default. */
  saveAsNewText?: string;
  /** Offered on a conflict: show both versions again. */
  onShowConflict?: () => void;
}

/**
 * What became of a save, beside the form: why it was not saved and what the user can do, always
 * saying that the draft is kept. Errors are announced (MessageBar's alert role); success is left to
 * the caller's confirmation.
 */
export function SaveFeedback<T>(props: ISaveFeedbackProps<T>): React.ReactElement | null {
  const { state } = props;
  const { strings } = useServices();
  const actions: React.ReactElement[] = [];
  let type = MessageBarType.error;
  let message: React.ReactNode;
  switch (state.kind) {
    case 'idle':
    case 'saving':
    case 'saved':
      return null;
    case 'refused':
      type = MessageBarType.blocked;
      message = <>{refusalText(state.reason, strings, props.context)} {strings.EditDraftKept}</>;
      break;
    case 'forbidden':
      type = MessageBarType.blocked;
      message = <>{forbiddenText(state.action, strings)} {strings.EditDraftKept}</>;
      break;
    case 'conflict':
      type = MessageBarType.warning;
      message = strings.EditConflictMessage;
      if (props.onShowConflict !== undefined) {
        actions.push(<DefaultButton key="conflict" text={strings.EditConflictShow} onClick={props.onShowConflict} />);
      }
      break;
    case 'gone':
      type = MessageBarType.warning;
      message = strings.EditGone;
      if (props.onSaveAsNew !== undefined) {
        actions.push(<DefaultButton key="new" text={props.saveAsNewText ?? strings.EditSaveAsNew} onClick={props.onSaveAsNew} />);
      }
      break;
    case 'failed':
      message = (
        <>
          {failedText(state.cause, strings)} {strings.EditDraftKept}{' '}
          <span>{format(strings.ErrorDetails, shortened(state.message, 200))}</span>
        </>
      );
      if (props.onRetry !== undefined) {
        actions.push(<DefaultButton key="retry" text={strings.EditRetry} onClick={props.onRetry} />);
      }
      break;
  }
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <MessageBar messageBarType={type} isMultiline role="alert">
        {message}
      </MessageBar>
      {actions.length > 0 ? <Stack horizontal wrap tokens={{ childrenGap: 8 }}>{actions}</Stack> : null}
    </Stack>
  );
}
