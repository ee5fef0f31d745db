/**
 * What the store's parts share: the persisted data (replaced as a whole on reset and load) and a
 * runtime ListState per list. Also the empty site every store starts from.
 */
import { randomUUID } from 'node:crypto';
import { GroupDef, StoreData, UserDef, WebDef } from '../model';
import { ROLE, defaultRoleDefinitions } from '../permissions';
import { ListState } from './listState';
import { StoreOptions } from './options';
import { emailOf, normalizeLogin, titleFromEmail } from './logins';
import { SiteTimeZone, siteTimeZoneById } from '../timeZones';

export interface SiteState {
  data: StoreData;
  readonly lists: Map<string, ListState>;
}

/** The site's time zone: the one its data names, else the one the store was started with. */
export function siteTimeZoneOf(state: SiteState, options: StoreOptions): SiteTimeZone {
  return siteTimeZoneById(state.data.web.timeZoneId ?? options.timeZoneId);
}

/** Now (by the store's clock, else the real one), to the second, as SharePoint writes dates. */
export function nowIso(clock: () => Date = () => new Date()): string {
  return new Date(Math.floor(clock().getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** The site SharePoint gives a new team site: the default user (an admin) and the three associated groups. */
export function emptySite(options: StoreOptions): StoreData {
  const web: WebDef = {
    id: randomUUID(), title: options.webTitle, description: '', created: nowIso(), language: 1053,
    timeZoneId: options.timeZoneId,
    ownerGroupId: 3, visitorGroupId: 4, memberGroupId: 5,
    roleAssignments: [
      { principalId: 3, roleDefIds: [ROLE.FullControl] },
      { principalId: 4, roleDefIds: [ROLE.Read] },
      { principalId: 5, roleDefIds: [ROLE.Edit] }
    ]
  };
  const adminLogin = normalizeLogin(options.defaultUser);
  const adminEmail = emailOf(adminLogin);
  const admin: UserDef = { id: 6, loginName: adminLogin, title: titleFromEmail(adminEmail, adminLogin), email: adminEmail, isSiteAdmin: true };
  const group = (id: number, suffix: string, memberIds: number[]): GroupDef => ({
    id, title: `${options.webTitle} ${suffix}`, description: '', ownerId: 3, memberIds,
    allowMembersEditMembership: false, onlyAllowMembersViewMembership: false
  });
  return {
    schema: 1, web, nextPrincipalId: 7, users: [admin],
    directory: [{ loginName: admin.loginName, title: admin.title, email: admin.email, objectId: randomUUID() }],
    groups: [group(3, 'Owners', [admin.id]), group(4, 'Visitors', []), group(5, 'Members', [])],
    roleDefinitions: defaultRoleDefinitions(), lists: []
  };
}
