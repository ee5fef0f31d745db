// A read that cannot answer rejects with this, never with a transport's own error: the UI picks
// its words from `kind` and shows `message` only as details for support.

export type ReadFailure =
  /** The user may not read it (SharePoint's 401/403). */
  | 'forbidden'
  /** The site or a list is not there. */
  | 'notFound'
  | 'busy'
  | 'unreachable'
  | 'rejected';

export class ReadError extends Error {
  public constructor(public readonly kind: ReadFailure, message: string) {
    super(message);
    this.name = 'ReadError';
  }
}

export function readFailureOf(error: unknown): ReadFailure | undefined {
  return error instanceof ReadError ? error.kind : undefined;
}
