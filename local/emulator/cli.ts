/**
 * npm run emulator -- [--port 4322] [--data .data/sharepoint.json | --memory] [--seed demo|none]
 *                     [--faults 429:0.3,503:0.1,latency:30,retry-after:1] [--user login] [--time-zone zone]
 * Prints exactly one line on stdout, the site URL, once it is ready; everything else goes to stderr.
 * SIGINT/SIGTERM: stops, writing pending data first.
 */
import { startEmulator, DEFAULT_USER, Emulator } from './server';
import { parseFaultSpec, FaultSettings } from './faults';
import { siteTimeZone } from './timeZones';

const USAGE = `Usage: npm run emulator -- [options]
  --port N          port on 127.0.0.1 (default 4322; 0 = any free port)
  --data FILE       persist to FILE (default .data/sharepoint.json)
  --memory          keep nothing on disk
  --seed NAME       seed an empty store: demo (registered by the data layer) or none (default)
  --faults SPEC     e.g. 429:0.3,503:0.1,latency:30,retry-after:1
  --user LOGIN      default user when a request has no X-Emulator-User header (default ${DEFAULT_USER})
  --time-zone ZONE  the site's time zone: SharePoint id, IANA name or a word of it (default 4, Stockholm; e.g. Pacific)
  --help`;

interface CliOptions { port: number; data?: string; seed: string; faults?: FaultSettings; user?: string; timeZone?: string }

function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { port: 4322, data: '.data/sharepoint.json', seed: 'none' };
  let memory = false;
  let data: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    const equals = argument.indexOf('=');
    const [flag, inline] = equals >= 0 ? [argument.slice(0, equals), argument.slice(equals + 1)] : [argument, undefined];
    const value = (): string => {
      const given = inline ?? argv[++i];
      if (given === undefined || given.startsWith('--')) throw new Error(`${flag} needs a value`);
      return given;
    };
    switch (flag) {
      case '--port': {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port must be 0..65535');
        options.port = port;
        break;
      }
      case '--data': data = value(); break;
      case '--memory': memory = true; break;
      case '--seed': options.seed = value(); break;
      case '--faults': options.faults = parseFaultSpec(value()); break;
      case '--user': options.user = value(); break;
      case '--time-zone': options.timeZone = siteTimeZone(value()).iana; break;
      case '--help': case '-h':
        process.stderr.write(`${USAGE}\n`);
        process.exit(0);
        break;
      default:
        throw new Error(`Unknown option ${argument}`);
    }
  }
  if (memory && data) throw new Error('--memory and --data exclude each other');
  options.data = memory ? undefined : data ?? options.data;
  return options;
}

async function main(): Promise<void> {
  let opts: CliOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(2);
  }
  let emu: Emulator;
  try {
    emu = await startEmulator({ port: opts.port, dataFile: opts.data, seed: opts.seed, faults: opts.faults, defaultUser: opts.user, timeZone: opts.timeZone });
  } catch (error) {
    process.stderr.write(`sharepoint-emulator: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  process.stderr.write(`sharepoint-emulator: ${opts.data ? `data in ${opts.data}` : 'in memory'}; default user ${opts.user ?? DEFAULT_USER}; ` +
    `time zone ${emu.store.timeZone().description}; ` +
    `${emu.store.allLists().length} lists; admin at ${emu.url.replace(/\/sites\/.*$/, '')}/_emulator/\n`);
  process.stdout.write(`${emu.url}\n`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`sharepoint-emulator: ${signal}, stopping\n`);
    emu.close().then(() => process.exit(0), (error: unknown) => {
      process.stderr.write(`sharepoint-emulator: error while stopping: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
