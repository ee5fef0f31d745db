import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import { compareSwedish } from '../../domain/collation';
import type { OrgUnit, Person } from '../../domain/model';
import type { OrgUnitField } from '../../domain/rules/validation/validateOrgUnit';
import { format } from '../format';
import { useEditingClassNames } from '../common/workspaceStyles';
import type { INames } from '../edit/names';
import { fieldText } from '../edit/refusalText';
import { PersonField } from '../edit/PersonField';
import { validateOrgUnitDraft, type OrgUnitDraft, type OrgUnitDraftErrors } from './orgUnitDraft';
import { DateField } from '../common/DateField';
import { useServices } from '../services/services';
import { DialogShell } from '../edit/DialogShell';

export type OrgUnitDialogMode = 'add' | 'edit' | 'move' | 'close';

export interface IOrgUnitDialogProps {
  mode: OrgUnitDialogMode;
  /** The org unit changed; absent when adding. */
  unit?: OrgUnit;
  initialDraft: OrgUnitDraft;
  orgUnits: readonly OrgUnit[];
  names: INames;
  /** The signed-in user, offered as "Myself" for the head. */
  me?: Person;
  onSave: (draft: OrgUnitDraft) => void;
  onCancel: () => void;
}

function title(props: IOrgUnitDialogProps): string {
  const { mode, unit, initialDraft, names } = props;
  const { strings } = useServices();
  const name = unit?.name ?? '';
  switch (mode) {
    case 'add':
      if (initialDraft.level === 'avdelning') return strings.AdminUnitAddDepartmentTitle;
      if (initialDraft.level === 'forvaltning') return strings.AdminUnitAddForvaltningTitle;
      return format(strings.AdminUnitAddUnitTitle, initialDraft.parentId === undefined ? '' : names.unit(initialDraft.parentId));
    case 'edit': return format(strings.AdminUnitEditTitle, name);
    case 'move': return format(strings.AdminUnitMoveTitle, name);
    case 'close': return format(strings.AdminUnitCloseTitle, name);
  }
}

/**
 * Adding, changing, moving and closing an org unit. The head is chosen from the tenant's directory
 * (or typed as an e-mail address when the search does not answer); SharePoint adds them on save.
 */
export function OrgUnitDialog(props: IOrgUnitDialogProps): React.ReactElement {
  const { mode, unit, orgUnits, names, me, onSave, onCancel } = props;
  const { strings, locale } = useServices();
  const classNames = useEditingClassNames();
  const [draft, setDraft] = React.useState(props.initialDraft);
  const [errors, setErrors] = React.useState<OrgUnitDraftErrors | undefined>(undefined);
  const set = (change: Partial<OrgUnitDraft>): void => setDraft((previous) => ({ ...previous, ...change }));
  const message = (field: OrgUnitField): string | undefined => {
    const reason = errors?.fields[field];
    return reason === undefined ? undefined : fieldText(reason, strings, { names, locale });
  };
  const headLoginMessage = errors?.headLogin === 'required' ? strings.EditRefusal_required
    : errors?.headLogin === 'invalid' ? strings.AdminHeadLoginInvalid : undefined;
  // The heads the organisation already has, offered when the directory search does not answer.
  const heads = React.useMemo(() => orgUnits.flatMap((candidate) => (candidate.head === undefined ? [] : [candidate.head])), [orgUnits]);
  const save = (): void => {
    const found = validateOrgUnitDraft(draft, orgUnits, unit?.id);
    if (found !== undefined) {
      setErrors(found);
      return;
    }
    onSave(draft);
  };

  const parentLevel = draft.level === 'enhet' ? 'avdelning' : draft.level === 'avdelning' ? 'forvaltning' : undefined;
  const parents = orgUnits
    .filter((candidate) => candidate.level === parentLevel && (!candidate.closed || candidate.id === draft.parentId))
    .sort((a, b) => compareSwedish(a.name, b.name));
  const parentOptions: IDropdownOption[] = parents.map((candidate) => ({ key: candidate.id, text: candidate.name }));
  const parentField = parentLevel === undefined || (parents.length <= 1 && mode !== 'move') ? null : (
    <Dropdown
      label={parentLevel === 'avdelning' ? strings.AdminUnitParentDepartment : strings.AdminUnitParent}
      options={parentOptions}
      selectedKey={draft.parentId ?? null}
      onChange={(_event, option) => { if (option !== undefined) set({ parentId: Number(option.key) }); }}
      errorMessage={message('parentId')}
      required
    />
  );

  let body: React.ReactNode;
  if (mode === 'close') {
    body = (
      <>
        <p className={classNames.text}>{strings.AdminCloseExplain}</p>
        {message('closed') === undefined ? null : <MessageBar messageBarType={MessageBarType.warning} isMultiline>{message('closed')}</MessageBar>}
        <DateField label={strings.AdminUnitClosedOnLabel} value={draft.closedOn} onChange={(_event, value) => set({ closedOn: value ?? '' })}
          errorMessage={message('closedOn')} />
      </>
    );
  } else if (mode === 'move') {
    body = (
      <>
        <p className={classNames.text}>{strings.AdminMoveExplain}</p>
        {parentField}
      </>
    );
  } else {
    body = (
      <>
        <TextField label={strings.AdminUnitName} required value={draft.name} onChange={(_event, value) => set({ name: value ?? '' })} errorMessage={message('name')} />
        <TextField label={strings.AdminUnitShortName} value={draft.shortName} onChange={(_event, value) => set({ shortName: value ?? '' })}
          errorMessage={message('shortName')} description={strings.AdminUnitShortNameHint} />
        {parentField}
        <PersonField
          label={strings.AdminUnitHead}
          value={{ login: draft.headLogin, name: draft.headName }}
          onChange={(head) => set({ headLogin: head.login, headName: head.name })}
          people={heads}
          me={me}
          loginError={headLoginMessage}
        />
      </>
    );
  }

  return (
    <DialogShell
      title={title(props)}
      onDismiss={onCancel}
      confirm={{ text: mode === 'close' ? strings.AdminUnitClose : mode === 'move' ? strings.AdminUnitMove : strings.AdminSave, onClick: save }}
    >
      <Stack tokens={{ childrenGap: 12 }}>{body}</Stack>
    </DialogShell>
  );
}
