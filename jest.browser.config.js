/**
 * Jest for the admin: `npm run test:browser`. Drives the built admin in the system Chromium
 * (playwright-core, never a downloaded browser) against a real server on a fresh database, and
 * unit-checks the data provider's mapping of React-Admin calls onto the GraphQL contract.
 */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        // Test files and the server use the root tsconfig; the admin's modules are transpiled as
        // CommonJS so the data provider can be imported without Vite.
        tsconfig: {
          target: 'ES2022',
          module: 'commonjs',
          moduleResolution: 'node',
          esModuleInterop: true,
          experimentalDecorators: true,
          emitDecoratorMetadata: true,
          strictPropertyInitialization: false,
          useDefineForClassFields: false,
          jsx: 'react-jsx',
          strict: true,
          skipLibCheck: true,
          resolveJsonModule: true,
          types: ['node', 'jest'],
          isolatedModules: true,
        },
      },
    ],
  },
  // Vite's `?raw` import of the committed schema, outside Vite.
  moduleNameMapper: { '^.*/schema\\.graphql\\?raw$': '<rootDir>/test/browser/support/schema-raw.js' },
  testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 180_000,
  maxWorkers: 1,
};
