import type { INames } from './names';

/** A kept problem of a view that saves many things at once (see useWriteBook), as its bar shows it. */
export interface IProblemBarProps<Problem, Op> {
  problemKey: string;
  problem: Problem;
  names: INames;
  onRetry: (key: string) => void;
  onDismiss: (key: string) => void;
  /** Reopens the user's draft in its dialog. */
  onEdit: (op: Op) => void;
}
