/**
 * Jest runs the TypeScript sources directly; `npm run typecheck` does the strict type check.
 * Two projects: the engine, hosts and adapter in Node; the task pane's components in jsdom.
 */
module.exports = {
  testTimeout: 60000,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
    },
    {
      displayName: 'taskpane',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test/taskpane'],
      testMatch: ['**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/taskpane/setup.ts'],
      transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest-web.json' }] },
    },
  ],
};
