// The demo region of the 2023 board paper, written into an empty site the way the product would:
// lists and roles through the data layer's provisioning ("Skapa listor"), data through its repository, and the
// demo people put in the role groups their org units give them.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import { demoOrgUnits, demoReader, demoRegion2023, demoRegionalStaffLogins } from '../../src/domain';
import { RoleGroup, roleGroupTitles } from '../../src/data/roles';
import { SharePointRepository } from '../../src/data/SharePointRepository';
import { keepPictureDates } from './demoDates';
import { importPicture } from './importPicture';

function demoGroupMembers(): Record<RoleGroup, string[]> {
  const headsAt = (level: string): string[] => demoOrgUnits
    .filter((unit) => unit.level === level && unit.head !== undefined && !unit.closed)
    .map((unit) => unit.head!.login);
  return {
    regionalStaff: [...demoRegionalStaffLogins],
    departmentHeads: [...headsAt('forvaltning'), ...headsAt('avdelning')],
    unitHeads: headsAt('enhet')
  };
}

export async function seedDemo(sp: SPFI, webServerRelativeUrl: string): Promise<void> {
  const repository = new SharePointRepository(sp, webServerRelativeUrl);
  const provisioned = await repository.provision();
  if (provisioned.kind !== 'done') throw new Error(`Demo seed: cannot create the lists and groups (${JSON.stringify(provisioned)})`);

  const members = demoGroupMembers();
  for (const role of Object.keys(members) as RoleGroup[]) {
    const group = sp.web.siteGroups.getByName(roleGroupTitles[role]);
    for (const login of new Set(members[role])) await group.users.add(login);
  }
  await sp.web.associatedVisitorGroup.users.add(demoReader.login);

  const ids = await importPicture(repository, demoRegion2023);
  // The paper's who and when, not the seed's: who allocated each goal, the follow-ups saved in August 2023.
  await keepPictureDates(sp, webServerRelativeUrl, demoRegion2023, ids);
}
