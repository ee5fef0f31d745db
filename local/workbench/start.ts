// Entry of `npm start`. Prints the URL when ready; Ctrl+C stops, keeping the data in .data/.
import { startWorkbench } from './server';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4321);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  const workbench = await startWorkbench({ port, dataFile: '.data/sharepoint.json' });
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
