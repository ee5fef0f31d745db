// The contract on SharePointRepository over the emulator: the lists made as "Skapa listor" makes
// them, the staff in their group and the reader among the site's visitors.
import { roleGroupTitles } from '../../../src/data/roles';
import { connectToEmulator } from '../../support/emulator';
import { contractReader, contractStaff, describeRepositoryContract, seeded } from '../repositoryContract';

describeRepositoryContract('SharePoint', async () => {
  const connected = await connectToEmulator();
  const provisioned = await connected.repository().provision();
  if (provisioned.kind !== 'done') throw new Error(`provisioning failed: ${JSON.stringify(provisioned)}`);
  await connected.sp().web.siteGroups.getByName(roleGroupTitles.regionalStaff).users.add(contractStaff.login);
  await connected.sp().web.associatedVisitorGroup.users.add(contractReader.login);
  await seeded(connected.repository(contractStaff.login));
  // As after an import: "Skapa listor" again gives the new places their folders and groups.
  await connected.repository().provision();
  return {
    staff: () => connected.repository(contractStaff.login),
    reader: () => connected.repository(contractReader.login),
    close: () => connected.emulator.close()
  };
});
