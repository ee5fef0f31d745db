// What SharePoint's HTTP errors mean for the product. PnPjs throws HttpRequestError with the
// status and the answer's body in its message.

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

/** A unique-value column refused a second item with the same key. */
export function isDuplicateKey(error: unknown): boolean {
  const message = String((error as HttpLikeError | undefined)?.message ?? '');
  return /duplicate values|unique values|SPDuplicateValuesFoundException|-2130575169/i.test(message);
}
