// What a write sends (a draft: the item without the id SharePoint gives it) and what it came to.
// The UI shows each case in the user's language and keeps the draft on anything but `saved`. A
// write never throws: every failure, before or after the request, is one of these.

export type Draft<T extends { id: number }> = Omit<T, 'id'>;

/** The write a refusal was about, so the UI can name the role it needs. */
export type WriteAction =
  | 'editGoals'
  | 'editOrganisation'
  | 'allocate'
  | 'removeAllocation'
  | 'editActivity'
  | 'editFollowUp'
  | 'editIndicators'
  | 'freezeReport'
  | 'remind'
  | 'editPeriods'
  | 'markReady'
  | 'manageLists';

/**
 * Why a call failed, in the words the UI needs to choose a message; never an HTTP status.
 * `busy`: throttled or unavailable past every retry; `unreachable`: no answer at all;
 * `rejected`: SharePoint answered with an error the product has no better word for.
 */
export type FailureCause = 'busy' | 'unreachable' | 'rejected';

export interface IFailed {
  kind: 'failed';
  cause: FailureCause;
  /** Technical details for support (shown small, after the plain words). */
  message: string;
}

export type WriteOutcome<T> =
  | { kind: 'saved'; value: T; etag: string }
  /** Someone else saved first: `current` is their version, to show beside the user's draft. */
  | { kind: 'conflict'; current: T; etag: string }
  /** Someone else removed it. */
  | { kind: 'gone' }
  | { kind: 'forbidden'; action: WriteAction }
  /** Anything else: the draft is kept and the user may try again. */
  | IFailed;

export type RemoveOutcome =
  | { kind: 'removed' }
  | { kind: 'conflict' }
  | { kind: 'gone' }
  | { kind: 'forbidden'; action: WriteAction }
  | IFailed;
