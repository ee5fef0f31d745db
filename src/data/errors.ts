// What SharePoint's HTTP errors mean for the product. PnPjs throws HttpRequestError with the
// status and the answer's body in its message. Nothing of it leaves this room: writes become
// outcomes (failureOf), reads reject with the port's ReadError (guardRead).
import { ReadError, type FailureCause, type IFailed } from '../ports';

export interface HttpLikeError {
  status?: number;
  message?: string;
}

export function httpStatus(error: unknown): number | undefined {
  const status = (error as HttpLikeError | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** The list view threshold: the query had to scan more than 5,000 rows. */
export function isThresholdError(error: unknown): boolean {
  return httpStatus(error) === 500 && /SPQueryThrottledException|-2147024860/.test(String((error as HttpLikeError).message));
}

export function isNotFound(error: unknown): boolean {
  return httpStatus(error) === 404;
}

export function isForbidden(error: unknown): boolean {
  return httpStatus(error) === 401 || httpStatus(error) === 403;
}

export function isConflict(error: unknown): boolean {
  return httpStatus(error) === 412;
}

/** A delete SharePoint refused because items look up to the item (a Restrict relationship). */
export function isRestrictedDelete(error: unknown): boolean {
  return /is related to an item in the/i.test(String((error as HttpLikeError | undefined)?.message ?? ''));
}

/** A lookup value that names no item: its target was deleted before the write landed. */
export function isMissingLookupTarget(error: unknown): boolean {
  return /SPInvalidLookupValuesException|Invalid look-?up value/i.test(String((error as HttpLikeError | undefined)?.message ?? ''));
}

/** Throttled or unavailable after every retry (behaviors.ts retries these first). */
function isBusy(status: number | undefined): boolean {
  return status === 429 || status === 503 || status === 504;
}

function causeOf(error: unknown): FailureCause {
  const status = httpStatus(error);
  if (status === undefined) return 'unreachable';
  return isBusy(status) ? 'busy' : 'rejected';
}

/** Details for support: "HTTP 500: …" (the UI shortens them). */
function detailsOf(error: unknown): string {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return [status === undefined ? '' : `HTTP ${status}`, message].filter((part) => part !== '').join(': ');
}

/** Any failure of a write as the port's outcome: the UI never sees a status. */
export function failureOf(error: unknown): IFailed {
  return { kind: 'failed', cause: causeOf(error), message: detailsOf(error) };
}

/** Any failure of a read as the port's one error type. */
export function readErrorOf(error: unknown): ReadError {
  if (error instanceof ReadError) return error;
  const status = httpStatus(error);
  if (isForbidden(error)) return new ReadError('forbidden', detailsOf(error));
  if (status === 404) return new ReadError('notFound', detailsOf(error));
  return new ReadError(causeOf(error), detailsOf(error));
}

/** A read whose every rejection is a ReadError. */
export async function guardRead<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw readErrorOf(error);
  }
}
