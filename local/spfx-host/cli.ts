// Entry of `npm run host`: the web part inside SPFx's own runtime, as a person would look at it.
// Packages first when the sources changed; prints the URL and the choices; Ctrl+C stops.
import { ensurePackaged } from './packaged';
import { startSpfxHost } from './server';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4331);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  await ensurePackaged((line) => console.log(line));
  const host = await startSpfxHost({ port, dataFile: '.data/spfx-host.json' });
  console.log(`Miljömål in the SPFx 1.23.2 runtime: ${host.url}/  (a self-signed certificate: accept it once)`);
  console.log('Choose with the query string, for example:');
  console.log(`  ${host.url}/?view=allocation&user=departmentHead&lang=en-US`);
  console.log(`  ${host.url}/?view=myUnit&user=unitHead&teams=dark          (a Teams tab: default, dark or contrast)`);
  console.log(`  ${host.url}/?host=TeamsPersonalApp&user=unitHead           (no properties: the view follows the user)`);
  console.log(`  ${host.url}/?view=summary&section=dark&mode=edit           (a dark section; edit mode)`);
  console.log('  user: regionalStaff, departmentHead, unitHead, otherDepartmentHead, reader, siteOwner');
  const stop = (): void => {
    host.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
