#!/usr/bin/env node
// Entry point of `npx thidua`: the command line (src/cli/bin.ts) as one bundled file, built by
// `npm install` via "prepare" (`npm run build`), compiled from V8's code cache when the build left
// one for this very bundle (scripts/code-cache.js). One file, and no parsing or compiling of what
// the cache holds: each command starts sooner (README, figures). `NODE_DEBUG=thidua` says whether
// the cache was used.
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');
const debug = require('node:util').debuglog('thidua');

const file = path.join(__dirname, '..', 'dist', 'thidua.cjs');
let source;
try {
  source = fs.readFileSync(file, 'utf8');
} catch {
  // A checkout never built: say what to do, not Node's stack.
  process.stderr.write('Dòng lệnh chưa được dựng: chạy `npm install` (hoặc `npm run build`) trong thư mục của thidua rồi thử lại.\nThe command line is not built yet: run `npm install` (or `npm run build`) in thidua\'s folder, then try again.\n');
  process.exit(2);
}
let cache = null;
try {
  cache = fs.readFileSync(`${file}.cache`);
} catch {
  // No cache (a build without its last step): compiled as usual.
}
let cachedData;
if (cache && cache.length > 32 && createHash('sha256').update(source).digest().equals(cache.subarray(0, 32))) cachedData = cache.subarray(32);
const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
debug('code cache %s', !cache ? 'none' : !cachedData ? 'stale (another build)' : script.cachedDataRejected ? 'rejected by V8' : 'used');
const cli = new Module(file, module);
cli.filename = file;
script.runInThisContext().call(cli.exports, cli.exports, Module.createRequire(file), cli, file, path.dirname(file));
