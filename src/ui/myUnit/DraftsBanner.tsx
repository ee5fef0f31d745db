import * as React from 'react';
import { ActionButton, DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import type { YearPicture } from '../../domain/model';
import { format } from '../format';
import type { IStoredDraft } from '../edit/draftStore';
import { useEditClassNames } from '../edit/editStyles';
import { periodName } from '../common/summaryText';
import { useServices } from '../services/services';

export interface IDraftsBannerProps {
  drafts: readonly IStoredDraft[];
  picture: YearPicture;
  onContinue(draft: IStoredDraft): void;
  onDiscard(draft: IStoredDraft): void;
}

/** Drafts not saved (a failed save, a closed panel, a reload): continue where you were, or discard. */
export function DraftsBanner({ drafts, picture, onContinue, onDiscard }: IDraftsBannerProps): React.ReactElement {
  const { strings } = useServices();
  const classNames = useEditClassNames();
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        <strong>{strings.UnitDraftsTitle}.</strong> {strings.UnitDraftsIntro}
      </MessageBar>
      <ul className={classNames.list}>
        {drafts.map((draft) => {
          const labelId = `draft-${draft.key.replace(/[^\w-]/g, '_')}`;
          return (
            <li key={draft.key}>
              <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
                <span id={labelId}>{draftLabel(draft, picture, strings)}</span>
                <DefaultButton text={strings.UnitDraftContinue} aria-describedby={labelId} onClick={() => onContinue(draft)} />
                <ActionButton text={strings.UnitDraftDiscard} aria-describedby={labelId} onClick={() => onDiscard(draft)} />
              </Stack>
            </li>
          );
        })}
      </ul>
    </Stack>
  );
}

function draftLabel(draft: IStoredDraft, picture: YearPicture, strings: IMiljomalWebPartStrings): string {
  const meta = draft.meta;
  if (meta.kind === 'followUp') {
    const activity = picture.activities.find((candidate) => candidate.id === meta.activityId);
    const kind = meta.period === 'helar' ? 'helar' : 'delar';
    return format(strings.UnitDraftFollowUp, periodName({ year: Number(meta.year), kind }, strings), activity?.title ?? strings.UnitDraftUntitled);
  }
  const value = draft.value as { title?: unknown };
  const title = typeof value?.title === 'string' && value.title.trim() !== '' ? value.title : strings.UnitDraftUntitled;
  const unit = picture.orgUnits.find((candidate) => candidate.id === meta.orgUnitId);
  return format(strings.UnitDraftActivity, title, unit?.name ?? '');
}
