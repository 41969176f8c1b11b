// Jest projects: `unit` needs no services; `integration` runs against the real Neo4j and Redis; `browser`
// drives the built UI in Chromium against the real API.
const transform = {
  '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
};
module.exports = {
  // Real Neo4j on a shared 2-core machine: fixtures and first queries after a cold start are slow.
  // (Jest reads testTimeout from the root config only, not from a project.)
  testTimeout: 60_000,
  projects: [
    {
      displayName: 'unit',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      transform,
      testEnvironment: 'node',
    },
    {
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      transform,
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/integration/global-setup.ts',
    },
    {
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      transform,
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/integration/global-setup.ts',
    },
  ],
};
