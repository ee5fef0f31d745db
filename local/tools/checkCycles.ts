// Fails when files of src/ or local/ import each other in a circle (`npm run lint` runs it after
// ESLint). A circle makes the load order decide which module sees the other half-built.
import * as path from 'path';
import { importCycles, importGraph, sourceFiles } from './importGraph';

export function cyclesIn(roots: readonly string[]): string[][] {
  return importCycles(importGraph(roots.flatMap(root => sourceFiles(root))));
}

if (require.main === module) {
  const repository = path.resolve(__dirname, '..', '..');
  const roots = process.argv.length > 2 ? process.argv.slice(2) : ['src', 'local'];
  const cycles = cyclesIn(roots.map(root => path.resolve(repository, root)));
  for (const cycle of cycles) console.error(`Import cycle: ${cycle.map(file => path.relative(repository, file)).join(' → ')}`);
  if (cycles.length > 0) process.exitCode = 1;
  else console.log(`No import cycle in ${roots.join(', ')}.`);
}
