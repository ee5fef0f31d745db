require('@rushstack/eslint-config/patch/modern-module-resolution');

const { roomOverrides } = require('./.eslintrc.rooms.js');

module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react'],
  parserOptions: { tsconfigRootDir: __dirname, project: './tsconfig.json' },
  overrides: [
    ...roomOverrides,
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
