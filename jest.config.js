/**
 * Jest runs the TypeScript sources directly; `npm run typecheck` does the strict type check.
 * Two projects (test/README.md):
 *   node      test/unit (mirrors src/), test/scenarios (whole books, the CLI), test/addin: in Node;
 *   taskpane  test/dom: the task pane's components in jsdom.
 */
module.exports = {
  testTimeout: 60000,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/dom/'],
      transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
    },
    {
      displayName: 'taskpane',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test/dom'],
      testMatch: ['**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/dom/setup.ts'],
      transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest-web.json' }] },
    },
  ],
};
