/**
 * Jest, two projects (`npm test` runs both; `npm run test:unit` only the first):
 * - unit: the pure rule files and the admin's messages, no database, no server (test/unit), in seconds;
 * - api: integration tests through GraphQL over HTTP against a real PostgreSQL (see test/support).
 * Browser tests have their own config (jest.browser.config.js).
 */
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }] };

module.exports = {
  testTimeout: 60_000,
  maxWorkers: 2,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      // Transpiled only (the types are checked by `npm run typecheck`), so the unit run starts at once.
      transform: {
        '^.+\\.ts$': [
          'ts-jest',
          { tsconfig: { ...require('./tsconfig.json').compilerOptions, isolatedModules: true, incremental: false } },
        ],
      },
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'api',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/', '<rootDir>/test/unit/'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFiles: ['reflect-metadata'],
    },
  ],
};
