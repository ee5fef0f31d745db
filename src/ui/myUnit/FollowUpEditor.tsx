import * as React from 'react';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { TextField } from '@fluentui/react/lib/TextField';

import type { FollowUp, FollowUpPeriod, ImplementationGrade } from '../../domain/model';
import { followUpFor, followUpHistory } from '../../domain/changes/followUpHistory';
import { comparePeriods } from '../../domain/period';
import { canRecordFollowUp } from '../../domain/rules/followUpRules';
import type { PeriodSettings } from '../../domain/periodSettings';
import { implementationGrades } from '../../domain/scales';
import type { IYearWorkspace, YearWorkspace } from '../common/useYearWorkspace';

import { useUniqueId } from '../common/useUniqueId';
import { format } from '../format';
import { formatDateTime } from '../edit/dates';

import { FieldError } from '../edit/FieldError';
import { namesIn } from '../edit/names';
import { useSave, type SaveState } from '../edit/saveOutcome';
import { readDraft } from '../edit/draftStore';
import { useDraft } from '../edit/useDraft';
import { dropItem, etagIn, isTemporaryId, putItem, replaceItem, setEtag, temporaryId } from '../edit/workspaceChanges';
import { gradeText, periodName } from '../common/summaryText';
import { FollowUpHistory } from './FollowUpHistory';
import { followUpConflictRows, followUpForm, followUpFormErrors, isFollowUpForm } from './followUpForm';
import { followUpDraftKey } from './myUnitModel';
import { useServices } from '../services/services';
import { EditorPanel } from '../edit/EditorPanel';
import { useEditorSession } from '../edit/useEditorSession';

export interface IFollowUpEditorProps {
  activityId: number;
  /** The period open for follow-up (today's). */
  period: FollowUpPeriod;
  /** The period as the staff set it: closed, its follow-ups are theirs alone to save. */
  settings?: PeriodSettings;
  workspace: YearWorkspace;
  update: IYearWorkspace['update'];
  draftPrefix: string;
  onSaved(message: string): void;
  onClosed(): void;
}

/**
 * The follow-up of one activity for the open period, in a panel: a grade on the fixed scale (radio
 * buttons with words; no colour) and the comment the domain requires. Earlier periods are shown
 * read-only for reference. Drafts, rollback and conflicts as for activities.
 */
export function FollowUpEditor(props: IFollowUpEditorProps): React.ReactElement {
  const { workspace, update, activityId, period } = props;
  const { repository, strings, locale, now } = useServices();
  const { picture, actor } = workspace;
  const activity = picture.activities.find((candidate) => candidate.id === activityId);
  const existing = followUpFor(picture.followUps, activityId, period);
  // The follow-up the draft started from (none, or an id and its version). A draft restored after a
  // reload keeps its own, so a follow-up recorded or changed in between is a conflict, not overwritten.
  const [base, setBase] = React.useState<{ id?: number; etag?: string }>(() => {
    const stored = readDraft(followUpDraftKey(props.draftPrefix, activityId, period), isFollowUpForm);
    if (stored !== undefined) {
      const { baseId, baseEtag } = stored.meta;
      return { id: typeof baseId === 'number' ? baseId : undefined, etag: typeof baseEtag === 'string' ? baseEtag : undefined };
    }
    return existing === undefined || isTemporaryId(existing.id) ? {} : { id: existing.id, etag: etagIn(workspace, 'followUps', existing.id) };
  });
  const initial = React.useMemo(() => followUpForm(existing), [existing]);
  const draft = useDraft({
    storageKey: followUpDraftKey(props.draftPrefix, activityId, period),
    initial,
    isValue: isFollowUpForm,
    meta: { kind: 'followUp', activityId, year: period.year, period: period.kind, baseId: base.id, baseEtag: base.etag }
  });
  const form = draft.value;
  const save = useSave<FollowUp>();
  const session = useEditorSession({ draft, save, initial, onSaved: props.onSaved, theirsKeptMessage: strings.EditConflictTheirsKept });
  const errors = session.tried ? followUpFormErrors(form, strings, locale) : {};
  const gradeErrorId = useUniqueId('grade-error');
  const gradeId = useUniqueId('grade');
  const commentId = useUniqueId('comment');
  const earlier = followUpHistory(picture.followUps, activityId).filter((followUp) => comparePeriods(followUp.period, period) < 0);
  const name = periodName(period, strings);

  const finish = (result: SaveState<FollowUp>): void => session.finish(result, format(strings.UnitFollowUpSaved, name, activity?.title ?? ''));

  const submit = async (): Promise<void> => {
    session.begin();
    const found = followUpFormErrors(form, strings, locale);
    if (found.grade !== undefined || found.comment !== undefined) {
      const focusId = found.grade !== undefined ? gradeId : commentId;
      (document.getElementById(focusId)?.querySelector('input') ?? document.getElementById(focusId))?.focus();
      return;
    }
    const grade = form.grade as ImplementationGrade;
    const stamp = { grade, comment: form.comment, updatedBy: actor.person, updatedAt: now().toISOString() };
    const check = (): ReturnType<typeof canRecordFollowUp> => canRecordFollowUp(actor, { activityId, period }, picture, period, props.settings);
    // After a conflict the base is their version: saving again goes over it.
    const saved = base.id === undefined ? undefined : picture.followUps.find((followUp) => followUp.id === base.id);
    const theirs = (value: FollowUp, etag: string): void => {
      setBase({ id: value.id, etag });
      update((ws) => setEtag(putItem(ws, 'followUps', value), 'followUps', value.id, etag));
    };
    if (saved !== undefined) {
      const next: FollowUp = { ...saved, ...stamp };
      finish(await save.run({
        check,
        apply: () => {
          update((ws) => putItem(ws, 'followUps', next));
          return () => update((ws) => putItem(ws, 'followUps', saved));
        },
        write: () => repository.updateFollowUp(next, base.etag ?? etagIn(workspace, 'followUps', saved.id)),
        onSaved: (value, etag) => update((ws) => setEtag(putItem(ws, 'followUps', value), 'followUps', value.id, etag)),
        onConflict: theirs,
        onGone: () => {
          setBase({});
          update((ws) => setEtag(dropItem(ws, 'followUps', saved.id), 'followUps', saved.id, undefined));
        }
      }));
      return;
    }
    const added: Omit<FollowUp, 'id'> = { activityId, period, ...stamp };
    const stand = temporaryId();
    finish(await save.run({
      check,
      apply: () => {
        update((ws) => putItem(ws, 'followUps', { ...added, id: stand }));
        return () => update((ws) => dropItem(ws, 'followUps', stand));
      },
      write: () => repository.addFollowUp(added),
      onSaved: (value, etag) => update((ws) => setEtag(replaceItem(ws, 'followUps', stand, value), 'followUps', value.id, etag)),
      // Someone recorded this period first: theirs is the one there is.
      onConflict: theirs
    }));
  };

  const run = (): void => { submit().catch(() => undefined); };

  const options: IChoiceGroupOption[] = implementationGrades.map((grade) => ({ key: grade, text: gradeText(grade, strings) }));
  const headerText = format(strings.UnitFollowUpPanelTitle, name);

  return (
    <>
      <EditorPanel
        session={session}
        headerText={headerText}
        subheading={activity?.title ?? ''}
        onSave={run}
        onClosed={props.onClosed}
        hasErrors={Object.keys(errors).length > 0}
        feedback={{ context: { names: namesIn(picture), action: 'editFollowUp', locale }, onRetry: run, onSaveAsNew: run }}
        conflictView={(theirs) => ({
          subject: `${activity?.title ?? ''}: ${name}`,
          rows: followUpConflictRows(form, theirs, strings),
          theirsBy: theirs.updatedBy === undefined ? undefined : format(strings.EditConflictTheirsBy, theirs.updatedBy.name, formatDateTime(theirs.updatedAt, locale))
        })}
        onKeepMine={run}
      >
          <div>
            <ChoiceGroup
              id={gradeId}
              label={strings.UnitGradeLabel}
              required
              options={options}
              selectedKey={form.grade === '' ? null : form.grade}
              onChange={(_event, option) => { if (option !== undefined) draft.set({ grade: option.key as ImplementationGrade }); }}
              aria-describedby={errors.grade === undefined ? undefined : gradeErrorId}
            />
            <FieldError id={gradeErrorId} text={errors.grade} />
          </div>
          <TextField
            id={commentId}
            label={strings.UnitCommentLabel}
            description={strings.UnitCommentHint}
            required
            multiline
            autoAdjustHeight
            rows={5}
            value={form.comment}
            onChange={(_event, text) => draft.set({ comment: text ?? '' })}
            errorMessage={errors.comment}
          />
          <FollowUpHistory followUps={earlier} />
      </EditorPanel>
    </>
  );
}
