// Makes `--seed demo` (and POST /_emulator/seed {"name":"demo"}) load the demo region through the
// product's provisioning and repository, as the emulator's default user (a site admin), once the
// demo's people are in the tenant's directory.
import { ThrottlingRetry } from '../../src/data/behaviors';
import { registerSeed } from '../emulator/seeds';
import { addPeople, spForUser } from '../emulator/testing';
import { demoWholeRegion2023 } from '../../src/domain';
import { demoDirectory, wholeRegionDirectory } from './demoDirectory';
import { seedDemo } from './seedDemo';

registerSeed('demo', async (siteUrl, context) => {
  await addPeople(siteUrl, demoDirectory);
  await seedDemo(spForUser(siteUrl, context.defaultUser).using(ThrottlingRetry()), new URL(siteUrl).pathname);
});

// `--seed region`: the demo region and two more förvaltningar on one site (docs/region.md).
registerSeed('region', async (siteUrl, context) => {
  await addPeople(siteUrl, wholeRegionDirectory);
  await seedDemo(spForUser(siteUrl, context.defaultUser).using(ThrottlingRetry()), new URL(siteUrl).pathname, demoWholeRegion2023);
});
