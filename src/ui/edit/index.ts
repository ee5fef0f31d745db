// The shared editing pieces of the Miljömål views: drafts that survive failed saves and reloads,
// saves that turn SharePoint's answer into UI state with optimistic change and rollback, the
// conflict panel, refusal and outcome messages, plain-text display and a simple person field.
// Keep these exports stable: Fördelning, Administration and Min enhet all use them.

export { newClientKey } from './clientKey';
export {
  forgetDraftMemory,
  listDrafts,
  readDraft,
  removeDraft,
  subscribeDrafts,
  writeDraft,
  type DraftMeta,
  type IStoredDraft
} from './draftStore';
export { useDraft, type IDraft, type IDraftOptions } from './useDraft';
export { useStoredDrafts } from './useStoredDrafts';
export {
  runSave,
  saveStateOf,
  useSave,
  type ISave,
  type ISaveSteps,
  type SaveState
} from './saveOutcome';
export {
  failedText,
  fieldErrorTexts,
  forbiddenText,
  levelText,
  outsideScopeText,
  fieldText,
  refusalText,
  type IRefusalContext
} from './refusalText';
export { SaveFeedback, type ISaveFeedbackProps } from './SaveFeedback';
export { ConflictPanel, type IConflictPanelProps, type IConflictRow } from './ConflictPanel';
export { PlainText, type IPlainTextProps } from './PlainText';
export { FieldError } from './FieldError';
export { PersonField, type IPersonFieldProps } from './PersonField';
export {
  findPerson,
  isLogin,
  isPersonInput,
  knownPeople,
  noPerson,
  personFromInput,
  toPersonInput,
  type IPersonInput
} from './people';
export {
  dropItem,
  etagIn,
  isTemporaryId,
  putItem,
  replaceItem,
  setEtag,
  temporaryId,
  type Collection,
  type ItemOf
} from './workspaceChanges';
export { editClassNames, useEditClassNames, type EditClassNames, type IEditStyles } from './editStyles';
export { formatDate, formatDateTime } from './dates';
