// The demo region of the 2023 board paper, written into an empty site the way the product would:
// lists and roles through the data layer's provisioning ("Skapa listor"), data through its repository, and the
// demo people put in the role groups their org units give them.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import { demoReader, demoRegion2023, demoRegionalStaffLogins } from '../../src/domain';
import type { YearPicture } from '../../src/domain/model';
import { RoleGroup, roleGroupTitles } from '../../src/data/roles';
import { SharePointRepository } from '../../src/data/SharePointRepository';
import { keepPictureDates } from './demoDates';
import { importPicture } from './importPicture';

function demoGroupMembers(picture: YearPicture): Record<RoleGroup, string[]> {
  const headsAt = (level: string): string[] => picture.orgUnits
    .filter((unit) => unit.level === level && unit.head !== undefined && !unit.closed)
    .map((unit) => unit.head!.login);
  return {
    regionalStaff: [...demoRegionalStaffLogins],
    departmentHeads: [...headsAt('forvaltning'), ...headsAt('avdelning')],
    unitHeads: headsAt('enhet')
  };
}

/** The demo region by default; `picture` another demo year (the region of three förvaltningar). */
export async function seedDemo(sp: SPFI, webServerRelativeUrl: string, picture: YearPicture = demoRegion2023): Promise<void> {
  const repository = new SharePointRepository(sp, webServerRelativeUrl);
  const provisioned = await repository.provision();
  if (provisioned.kind !== 'done') throw new Error(`Demo seed: cannot create the lists and groups (${JSON.stringify(provisioned)})`);

  const members = demoGroupMembers(picture);
  for (const role of Object.keys(members) as RoleGroup[]) {
    const group = sp.web.siteGroups.getByName(roleGroupTitles[role]);
    for (const login of new Set(members[role])) await group.users.add(login);
  }
  await sp.web.associatedVisitorGroup.users.add(demoReader.login);

  const ids = await importPicture(repository, picture);
  // The paper's who and when, not the seed's: who allocated each goal, the follow-ups saved in August 2023.
  await keepPictureDates(sp, webServerRelativeUrl, picture, ids);
}
