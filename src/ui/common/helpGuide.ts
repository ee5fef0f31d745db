// Which guide (docs/guide/*.md, one page per role in the tenant) the Help link opens: the work the
// user comes to do, in the order views.ts's followedView picks the view.
import type { CurrentUser } from '../../ports';

export type GuideName = 'regionstaben' | 'avdelningschef' | 'enhetschef' | 'lasare';

export function guideFor(user: Pick<CurrentUser, 'isRegionalStaff' | 'isDepartmentHead' | 'isUnitHead'> | undefined): GuideName {
  if (user?.isRegionalStaff === true) return 'regionstaben';
  if (user?.isDepartmentHead === true) return 'avdelningschef';
  if (user?.isUnitHead === true) return 'enhetschef';
  return 'lasare';
}

/**
 * The guide's address: a folder (ending in "/") holds one page per role, named after the guide
 * ("regionstaben.aspx"); any other address is one page for everyone. Undefined: no help page set.
 */
export function guideHref(helpPage: string | undefined, guide: GuideName): string | undefined {
  if (helpPage === undefined || helpPage.trim() === '') return undefined;
  const address = helpPage.trim();
  return address.endsWith('/') ? `${address}${guide}.aspx` : address;
}
