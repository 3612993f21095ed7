// Lint: typescript-eslint's recommended rules plus the Office add-in rules (eslint-plugin-office-addins),
// which matter from the Office.js adapter on (load before read, no sync in loops).
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');
const layers = require('./lint/layers');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'dist-web/**', 'e2e/screenshots/**', 'node_modules/**', 'out/**', 'bench/out/**', 'test/out/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  { files: ['**/*.ts'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
  {
    // The layers of src (lint/layers.js): an import running back up a floor is an error.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { house: layers.plugin },
    rules: { 'house/layers': 'error' },
  },
  {
    // The core and the package run anywhere: no Office.js, no DOM, no React.
    files: ['src/core/**/*.ts', 'src/sheet/**/*.ts', 'src/xlsx/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['react', 'react-dom', 'office-js', '@microsoft/office-js'], patterns: ['@fluentui/*'] }] },
  },
  {
    // The Office.js rules read any getCell()/value as an Office proxy, so they apply where Office.js
    // lives (the adapter and the task pane), not to the ExcelJS file host.
    files: ['src/host/office/**/*.ts', 'src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/no-office-initialize': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'office-addins/no-empty-load': 'error',
    },
  },
  {
    // An effect written as an expression returns its value to React as the cleanup: Chromium's
    // scrollIntoView now returns a promise, and the pane crashed on unmount ("destroy is not a function").
    files: ['src/taskpane/**/*.tsx', 'src/taskpane/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name=/^use(Layout)?Effect$/] > ArrowFunctionExpression[body.type!='BlockStatement'][body.type!='ArrowFunctionExpression']",
          message: 'Write the effect in braces: an expression body is returned to React as the cleanup.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^use(Layout)?Effect$/] > Identifier:first-child',
          message: 'Write the effect in braces: a function passed as it is returns its value to React as the cleanup.',
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly' } },
  },
);
