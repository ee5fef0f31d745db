// Two rules of the rooms (docs/ARCHITECTURE.md) that ESLint cannot see file by file; `npm run lint`
// runs this after ESLint:
// - no import cycle in src/ or local/: in a circle the load order decides which module sees the other
//   half-built;
// - the first chunk (what the web part's entry reaches without a dynamic import) never imports one of
//   Fluent's heavy controls: the summary paints with the light ones (src/ui/common/light), and the
//   first chunk has a size budget (local/tools/checkPackage.ts).
import * as path from 'path';
import { importCycles, importedSpecifiers, importGraph, reachedFrom, sourceFiles } from './importGraph';

/** Fluent's controls that bring Callout, Layer, FocusZone or ContextualMenu with them; and the barrel, which brings all. */
export const heavyControls = ['@fluentui/react', ...['Button', 'MessageBar', 'ChoiceGroup', 'Dropdown', 'Tooltip', 'Callout', 'ContextualMenu',
  'Panel', 'Dialog', 'Modal', 'DatePicker', 'ComboBox', 'DetailsList', 'Pickers', 'SpinButton', 'TextField', 'Checkbox', 'Toggle']
  .map((control) => `@fluentui/react/lib/${control}`)];

export function cyclesIn(roots: readonly string[]): string[][] {
  return importCycles(importGraph(roots.flatMap((root) => sourceFiles(root)).filter((file) => !file.includes(`${path.sep}__tests__${path.sep}`))));
}

/** "file: control" for each value import of a heavy control in the files the entry reaches statically. */
export function heavyControlsInFirstChunk(productRoot: string, entry: string): string[] {
  const files = sourceFiles(productRoot).filter((file) => !file.includes(`${path.sep}__tests__${path.sep}`));
  const found: string[] = [];
  for (const file of reachedFrom(importGraph(files, true), entry)) {
    for (const { specifier, valueNames } of importedSpecifiers(file)) {
      // An enum such as MessageBarType is a few bytes: only a control's component brings the weight.
      const components = valueNames.filter((name) => !name.endsWith('Type'));
      if (heavyControls.includes(specifier) && components.length > 0) found.push(`${file}: ${components.join(', ')} from ${specifier}`);
    }
  }
  return found;
}

if (require.main === module) {
  const repository = path.resolve(__dirname, '..', '..');
  const problems = [
    ...cyclesIn(['src', 'local'].map((root) => path.join(repository, root)))
      .map((cycle) => `Import cycle: ${cycle.map((file) => path.relative(repository, file)).join(' → ')}`),
    ...heavyControlsInFirstChunk(path.join(repository, 'src'), path.join(repository, 'src/webparts/miljomal/MiljomalWebPart.ts'))
      .map((found) => `The first chunk imports a heavy Fluent control (use src/ui/common/light, or load it lazily): ${path.relative(repository, found)}`)
  ];
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exitCode = 1;
  else console.log('No import cycle in src/ or local/; the first chunk uses the light controls only.');
}
