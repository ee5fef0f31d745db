// One jest run for everything: domain, data, UI (jsdom per file) and the Node-only local tools.
// @swc/jest compiles TypeScript and the ESM-only @pnp packages; `npm run typecheck` type-checks.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // jest's default is one worker fewer than the cores: one worker on CI's two, which left a core idle
  // while a file waited on Chromium or the emulator (882 s with two workers against about 1,200 s).
  maxWorkers: '100%',
  testSequencer: '<rootDir>/test/jest/sequencer.js',
  roots: ['<rootDir>/src', '<rootDir>/local', '<rootDir>/test'],
  testMatch: ['**/__tests__/**/*.test.ts?(x)'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'classic' } },
        target: 'es2022'
      },
      module: { type: 'commonjs' }
    }]
  },
  transformIgnorePatterns: ['node_modules/(?!(@pnp)/)'],
  moduleNameMapper: {
    // The loc modules of config/config.json "localizedResources" (MiljomalCommonStrings, …).
    '^Miljomal\\w+Strings$': '<rootDir>/test/jest/loc-en-us.js',
    '\\.(css|scss)$': 'identity-obj-proxy'
  },
  setupFiles: ['<rootDir>/test/jest/setup.js'],
  testTimeout: 30000
};
