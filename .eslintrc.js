require('@rushstack/eslint-config/patch/modern-module-resolution');

// The rooms' nevers (docs/ARCHITECTURE.md). Tests may reach across: they wire real adapters to views.
const outsideProduct = ['**/local/**', '**/bench/**', '**/test/**'];
const frameworks = ['react', 'react-dom', 'react/*', '@fluentui/*', '@pnp/*', '@microsoft/*'];
const never = (patterns, message) => ({ 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] });

module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react'],
  parserOptions: { tsconfigRootDir: __dirname, project: './tsconfig.json' },
  overrides: [
    {
      files: ['src/**/*.ts', 'src/**/*.tsx'],
      excludedFiles: ['src/**/__tests__/**'],
      rules: never(outsideProduct, 'The product never knows the emulator, the benchmarks or the tests: it speaks SharePoint\'s REST API.')
    },
    {
      files: ['src/domain/**/*.ts'],
      excludedFiles: ['src/**/__tests__/**'],
      rules: never([...outsideProduct, '**/ui/**', '**/data/**', '**/webparts/**', '**/ports/**', ...frameworks],
        'src/domain is plain TypeScript: no UI, data access, web part, React, PnPjs or SPFx.')
    },
    {
      files: ['src/ports/**/*.ts'],
      rules: never([...outsideProduct, '**/ui/**', '**/data/**', '**/webparts/**', ...frameworks],
        'The port is the contract between UI and data: it knows the domain only.')
    },
    {
      files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
      excludedFiles: ['src/**/__tests__/**'],
      rules: never([...outsideProduct, '**/data', '**/data/**', '**/webparts/**'],
        'Views get services from context (src/ui/services) and speak the port (src/ports), never src/data.')
    },
    {
      // Tests are not part of the browser build: they type-check against their own tsconfig.
      files: ['src/**/__tests__/**/*.ts', 'src/**/__tests__/**/*.tsx', 'test/**/*.ts', 'test/**/*.tsx'],
      parserOptions: { project: './tsconfig.test.json' }
    },
    {
      // Node-only tools (emulator, local workbench).
      files: ['local/**/*.ts', 'local/**/*.tsx'],
      parserOptions: { project: './local/tsconfig.json' }
    },
    {
      files: ['bench/**/*.ts'],
      parserOptions: { project: './bench/tsconfig.json' }
    }
  ]
};
