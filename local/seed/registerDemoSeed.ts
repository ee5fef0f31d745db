// Makes `--seed demo` (and POST /_emulator/seed {"name":"demo"}) load the demo region through the
// product's provisioning and repository, as the emulator's default user (a site admin).
import { ThrottlingRetry } from '../../src/data/behaviors';
import { registerSeed } from '../emulator/seeds';
import { spForUser } from '../emulator/testing';
import { seedDemo } from './seedDemo';

registerSeed('demo', (siteUrl, context) =>
  seedDemo(spForUser(siteUrl, context.defaultUser).using(ThrottlingRetry()), new URL(siteUrl).pathname));
