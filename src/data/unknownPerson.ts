// What ensureUser's refusal of someone nobody knows looks like, for the one person a field resolves
// (peopleSearch.ts) and the hundreds an import resolves (batchWrites.ts), which load apart.
import { httpStatus, type HttpLikeError } from './errors';

/**
 * ensureUser's refusal of an unknown sign-in name is a 500 with SharePoint's generic SPException
 * code ("The specified user … could not be found."), not a 404: only that code and wording mean
 * nobody is there; any other 500 is a failure to try again.
 */
export function isUnknownPerson(error: unknown): boolean {
  const status = httpStatus(error);
  if (status === 404) return true;
  return status === 500 && /-2146232832|could not be found|kunde inte hittas/i.test(String((error as HttpLikeError).message ?? ''));
}
