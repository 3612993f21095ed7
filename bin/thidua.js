#!/usr/bin/env node
// Entry point of `npx thidua`: the compiled command line (built by `npm install` via "prepare").
// process.exitCode, never process.exit(): the process ends only once stdout has drained, so a
// large `--json` piped into another program is never cut at the pipe's 64 KiB.
const { main } = require('../dist/cli/main.js');
const { langOf, unexpectedMessage } = require('../dist/cli/io.js');
const argv = process.argv.slice(2);
main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(unexpectedMessage(e, langOf(argv)) + '\n');
    process.exitCode = 2;
  },
);
