// What a write came to. The UI shows each case in the user's language and keeps the draft on
// anything but `saved`.

/** The write a refusal was about, so the UI can name the role it needs. */
export type WriteAction =
  | 'editGoals'
  | 'editOrganisation'
  | 'allocate'
  | 'removeAllocation'
  | 'editActivity'
  | 'editFollowUp'
  | 'manageLists';

export type WriteOutcome<T> =
  | { kind: 'saved'; value: T; etag: string }
  /** Someone else saved first: `current` is their version, to show beside the user's draft. */
  | { kind: 'conflict'; current: T; etag: string }
  /** Someone else removed it. */
  | { kind: 'gone' }
  | { kind: 'forbidden'; action: WriteAction }
  /** Anything else: the draft is kept and the user may try again. */
  | { kind: 'failed'; status?: number; message: string };

export type RemoveOutcome =
  | { kind: 'removed' }
  | { kind: 'conflict' }
  | { kind: 'gone' }
  | { kind: 'forbidden'; action: WriteAction }
  | { kind: 'failed'; status?: number; message: string };
