#!/usr/bin/env node
// Entry point of `npx thidua`: the compiled command line (built by `npm install` via "prepare").
const { main } = require('../dist/cli/main.js');
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`Lỗi không mong đợi: ${(e && e.stack) || e}\n`);
    process.exit(2);
  },
);
