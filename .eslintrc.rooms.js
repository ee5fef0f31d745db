// The rooms' import rules (docs/ARCHITECTURE.md), apart from .eslintrc.js so a test can lint planted
// imports with them alone, without the type-aware profile.
// Tests may reach across: they wire real adapters to views.
const outsideProduct = ['**/local/**', '**/bench/**', '**/test/**'];
const frameworks = ['react', 'react-dom', 'react/*', '@fluentui/*', '@pnp/*', '@microsoft/*'];
const never = (patterns, message) => ({ 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] });
// ESLint keeps one no-restricted-imports per file (a later override replaces it), so a room's rule repeats its parent's groups.
const neverEach = (...groups) => ({ 'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }] });

// The rooms of src/ui (docs/ARCHITECTURE.md): a view never imports another view's folder; the shared
// rooms never import a view. Files directly in src/ui (the shell: MiljomalApp, navigation, the lazy
// entries) may reach every view, and a view reaches another only through the shell's React.lazy.
const views = ['administration', 'allocation', 'goals', 'indicators', 'myUnit', 'summary'];
const sharedRooms = ['common', 'edit', 'services', 'theme'];
/** '../allocation/**' and its deeper spellings, for files one to three folders below src/ui/<room>. */
const folderOf = (room) => ['../', '../../', '../../../'].map((up) => `${up}${room}/**`);
const uiNever = [[...outsideProduct, '**/data', '**/data/**', '**/webparts/**', '**/adaptiveCardExtensions/**'], 'Views get services from context (src/ui/services) and speak the port (src/ports), never src/data.'];
// Fluent's own style modules are not its public API: a minor version may move them.
const fluentPrivate = [['@fluentui/react/lib/components/**'], 'Import Fluent UI from its public paths (@fluentui/react/lib/<Component>), never lib/components.'];
const viewRules = views.map((view) => ({
  files: [`src/ui/${view}/**/*.ts`, `src/ui/${view}/**/*.tsx`],
  excludedFiles: ['src/**/__tests__/**'],
  rules: neverEach(uiNever, fluentPrivate, [views.filter((other) => other !== view).flatMap(folderOf),
    `A view never imports another view's folder: what two views use lives in src/ui/common (or src/ui/edit), and a view opens another through the shell's React.lazy entries.`])
}));
const sharedRules = {
  files: sharedRooms.flatMap((room) => [`src/ui/${room}/**/*.ts`, `src/ui/${room}/**/*.tsx`]),
  excludedFiles: ['src/**/__tests__/**', 'src/ui/common/light/**'],
  rules: neverEach(uiNever, fluentPrivate, [views.flatMap(folderOf), 'The shared rooms of src/ui (common, edit, services, theme) never import a view.'])
};


/** The overrides that hold the rooms: one no-restricted-imports per kind of file. */
const roomOverrides = [
    {
      files: ['src/**/*.ts', 'src/**/*.tsx'],
      excludedFiles: ['src/**/__tests__/**'],
      rules: never(outsideProduct, 'The product never knows the emulator, the benchmarks or the tests: it speaks SharePoint\'s REST API.')
    },
    {
      files: ['src/domain/**/*.ts'],
      excludedFiles: ['src/**/__tests__/**'],
      rules: never([...outsideProduct, '**/ui/**', '**/data/**', '**/webparts/**', '**/adaptiveCardExtensions/**', '**/ports/**', ...frameworks],
        'src/domain is plain TypeScript: no UI, data access, web part, React, PnPjs or SPFx.')
    },
    {
      files: ['src/ports/**/*.ts'],
      rules: never([...outsideProduct, '**/ui/**', '**/data/**', '**/webparts/**', '**/adaptiveCardExtensions/**', ...frameworks],
        'The port is the contract between UI and data: it knows the domain only.')
    },
    {
      files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
      excludedFiles: ['src/**/__tests__/**'],
      rules: neverEach(uiNever, fluentPrivate)
    },
    {
      // The Viva Connections card is a shell beside the web part: it reads through the port with the
      // web part's services and site checks, and renders Adaptive Cards, not React.
      files: ['src/adaptiveCardExtensions/**/*.ts'],
      excludedFiles: ['src/**/__tests__/**'],
      rules: never([...outsideProduct, '**/ui/**', 'react', 'react-dom', '@fluentui/*'],
        'The card is Adaptive Cards over the port: no React, Fluent UI or src/ui.')
    },
    ...viewRules,
    sharedRules,
    {
      // The light controls copy Fluent's look from its style functions, which Fluent does not export:
      // the one place allowed lib/components, with @fluentui/react's version held (docs/ARCHITECTURE.md).
      files: ['src/ui/common/light/**/*.tsx'],
      excludedFiles: ['src/**/__tests__/**'],
      rules: neverEach(uiNever, [views.flatMap(folderOf), 'The shared rooms of src/ui (common, edit, services, theme) never import a view.'])
    }
];

module.exports = { roomOverrides };
