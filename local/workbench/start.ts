// Entry of `npm start`. Says what it is doing while it starts (about 20 seconds: the web part is
// bundled on every start), then prints the URL; Ctrl+C stops, keeping the data in .data/.
import { startWorkbench, type WorkbenchStep } from './server';

const stepText = (dataFile: string): Record<WorkbenchStep, string> => ({
  emulator: `Starting the SharePoint emulator (data in ${dataFile})…`,
  bundle: 'Bundling the web part for the browser…'
});

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4321);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  console.log('Miljömål local workbench: starting.');
  // `npm start -- --region`: the demo region and two more förvaltningar, kept in a file of its own.
  const region = process.argv.includes('--region');
  const dataFile = region ? '.data/region.json' : '.data/sharepoint.json';
  const workbench = await startWorkbench({ port, dataFile, seed: region ? 'region' : 'demo', onStep: (step) => console.log(stepText(dataFile)[step]) });
  console.log(`Miljömål local workbench: ${workbench.url}`);
  const stop = (): void => {
    workbench.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
