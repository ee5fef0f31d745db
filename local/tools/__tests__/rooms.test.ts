// Planted probes: a view importing another view's folder, an import cycle and a heavy Fluent control
// in the first chunk each fail; the same imports in their right rooms pass.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ESLint } from 'eslint';
import { cyclesIn, heavyControlsInFirstChunk } from '../checkImports';

const repository = path.resolve(__dirname, '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { roomOverrides } = require(path.join(repository, '.eslintrc.rooms.js'));

async function restrictedImports(text: string, file: string): Promise<string[]> {
  // eslint 8's legacy options; the typings hoisted here describe eslint 9's flat config.
  const options = {
    cwd: repository,
    useEslintrc: false,
    overrideConfig: { parser: '@typescript-eslint/parser', parserOptions: { sourceType: 'module', ecmaFeatures: { jsx: true } }, overrides: roomOverrides }
  };
  const eslint = new ESLint(options as unknown as ESLint.Options);
  const [result] = await eslint.lintText(text, { filePath: path.join(repository, file) });
  return result.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('the rooms of src/ui under lint', () => {
  it("refuses a view importing another view's folder, at any depth", async () => {
    expect(await restrictedImports("import { AllocationView } from '../allocation/AllocationView';\n", 'src/ui/summary/Planted.tsx'))
      .toEqual([expect.stringContaining("A view never imports another view's folder")]);
    expect(await restrictedImports("import { GoalPage } from '../../goals/GoalPage';\n", 'src/ui/summary/reports/Planted.tsx'))
      .toEqual([expect.stringContaining("A view never imports another view's folder")]);
  });

  it('refuses a shared room importing a view, and anyone importing Fluent\'s lib/components', async () => {
    expect(await restrictedImports("import { SummaryView } from '../summary/SummaryView';\n", 'src/ui/common/Planted.tsx'))
      .toEqual([expect.stringContaining('never import a view')]);
    expect(await restrictedImports("import { getStyles } from '@fluentui/react/lib/components/Button/DefaultButton/DefaultButton.styles';\n", 'src/ui/summary/Planted.tsx'))
      .toEqual([expect.stringContaining('never lib/components')]);
  });

  it('lets a view import the shared rooms, its own folder, the domain and the shell', async () => {
    const allowed = [
      "import { indexPicture } from '../common/pictureIndex';",
      "import { ReportsEntry } from './reports/ReportsEntry';",
      "import { gapCodes } from '../../domain/summary/gaps';",
      "import { LazyGoalPage } from '../editingViews';"
    ].join('\n');
    expect(await restrictedImports(`${allowed}\n`, 'src/ui/summary/Planted.tsx')).toEqual([]);
  });
});

describe('the import checks npm run lint runs after ESLint', () => {
  let folder: string;
  const write = (file: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), text);
  };
  beforeEach(() => { folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rooms-')); });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('finds a planted cycle, also one through a type-only import, and nothing once it is broken', () => {
    write('a.ts', "import { b } from './b';\nexport const a = (): number => b + 1;\n");
    write('b.ts', "import type { C } from './c';\nexport const b = 1;\nexport type B = C;\n");
    write('c.ts', "import { a } from './a';\nexport type C = ReturnType<typeof a>;\n");
    expect(cyclesIn([folder]).map((cycle) => cycle.map((file) => path.basename(file)))).toEqual([expect.arrayContaining(['a.ts', 'b.ts', 'c.ts'])]);
    write('c.ts', 'export type C = number;\n');
    expect(cyclesIn([folder])).toEqual([]);
  });

  it('finds a heavy Fluent control the entry reaches statically, and not one behind a dynamic import', () => {
    write('entry.ts', "import { Paint } from './paint';\nexport const later = (): Promise<unknown> => import('./lazy');\nexport { Paint };\n");
    write('paint.tsx', "import { MessageBarType } from '@fluentui/react/lib/MessageBar';\nimport { DefaultButton } from '@fluentui/react/lib/Button';\nexport const Paint = [MessageBarType, DefaultButton];\n");
    write('lazy.tsx', "import { Dropdown } from '@fluentui/react/lib/Dropdown';\nexport const Lazy = Dropdown;\n");
    expect(heavyControlsInFirstChunk(folder, path.join(folder, 'entry.ts')).map((found) => path.relative(folder, found)))
      .toEqual(['paint.tsx: DefaultButton from @fluentui/react/lib/Button']);
  });
});
