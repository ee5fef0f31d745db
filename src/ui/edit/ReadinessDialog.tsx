// The one dialog for klarmarkering: a unit marks its part ready (saying why when some activities
// are not followed up), takes its mark back, a department head sends a unit's mark back or marks the
// department. The rule is checked before writing; on anything but saved the dialog stays open with
// what was typed, and says why.
import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import type { ReadinessDraft, ReadinessEvent } from '../../domain/readiness/readiness';
import { canRecordReadiness, type ReadinessContext } from '../../domain/rules/readinessRules';
import type { Actor } from '../../domain/rules/actor';
import { useServices } from '../services/services';
import { DialogShell } from './DialogShell';
import { namesIn } from './names';
import { newClientKey } from './clientKey';
import { useSave } from './saveOutcome';
import { SaveFeedback } from './SaveFeedback';
import { refusalText } from './refusalText';
import { textLimits } from '../../domain/rules/limits';

export type CommentNeed = 'none' | 'optional' | 'required';

export interface IReadinessDialogProps {
  /** What is recorded, but the comment the dialog asks for. */
  draft: Omit<ReadinessDraft, 'comment'>;
  actor: Actor;
  context: ReadinessContext;
  title: string;
  /** What happens, in a sentence or two. */
  intro: string;
  comment: CommentNeed;
  commentLabel?: string;
  confirmText: string;
  onSaved(event: ReadinessEvent): void;
  onDismiss(): void;
}

export function ReadinessDialog(props: IReadinessDialogProps): React.ReactElement {
  const { repository, strings, locale } = useServices();
  const [comment, setComment] = React.useState('');
  // One key for every try of this dialog: a retried write after a lost answer lands once.
  const [clientKey] = React.useState(newClientKey);
  const save = useSave<ReadinessEvent>();
  const draft: ReadinessDraft = { ...props.draft, comment: comment.trim() };
  const submit = async (): Promise<void> => {
    const result = await save.run({
      check: () => canRecordReadiness(props.actor, draft, props.context),
      write: () => repository.recordReadiness(draft, clientKey)
    });
    if (result.kind === 'saved') props.onSaved(result.value);
  };
  const names = React.useMemo(() => namesIn(props.context.picture), [props.context.picture]);
  // What the comment lacks is said beside it; anything else below, with what the user can do.
  const state = save.state;
  const aboutComment = state.kind === 'refused' && ['required', 'tooLong', 'readinessReasonRequired'].includes(state.reason.code) && props.comment !== 'none';
  return (
    <DialogShell
      title={props.title}
      onDismiss={save.saving ? undefined : props.onDismiss}
      confirm={{ text: props.confirmText, onClick: () => { void submit(); }, disabled: save.saving }}
    >
      <p>{props.intro}</p>
      {props.comment === 'none' ? null : (
        <TextField
          label={props.commentLabel}
          multiline
          autoAdjustHeight
          rows={3}
          required={props.comment === 'required'}
          value={comment}
          maxLength={textLimits.readiness.comment}
          onChange={(_, value) => setComment(value ?? '')}
          errorMessage={aboutComment && state.kind === 'refused' ? refusalText(state.reason, strings, { names, locale }) : undefined}
        />
      )}
      <SaveFeedback state={aboutComment ? { kind: 'idle' } : state} context={{ names, action: 'markReady', locale }} onRetry={() => { void submit(); }} />
      {save.saving ? <p role="status">{strings.EditSaving}</p> : null}
    </DialogShell>
  );
}
