#!/usr/bin/env node
// Entry point of `npx thidua`: the command line (src/cli/bin.ts) as one bundled file, built by
// `npm install` via "prepare" (`npm run build`), compiled from V8's code cache when the build left
// one for this very bundle (scripts/code-cache.js). One file, and no parsing or compiling of what
// the cache holds: each command starts sooner (README, figures). `NODE_DEBUG=thidua` says whether
// the cache was used.
const fs = require('node:fs');
const debug = require('node:util').debuglog('thidua');
const { file, cacheFile, sourceHash, compile, run } = require('./bundle.js');

let source;
try {
  source = fs.readFileSync(file, 'utf8');
} catch {
  // A checkout never built: say what to do, not Node's stack.
  process.stderr.write(
    "Dòng lệnh chưa được dựng: chạy `npm install` (hoặc `npm run build`) trong thư mục của thidua rồi thử lại.\nThe command line is not built yet: run `npm install` (or `npm run build`) in thidua's folder, then try again.\n",
  );
  process.exit(2);
}
let cache = null;
try {
  cache = fs.readFileSync(cacheFile);
} catch {
  // No cache (a build without its last step): compiled as usual.
}
const cachedData = cache && cache.length > 32 && sourceHash(source).equals(cache.subarray(0, 32)) ? cache.subarray(32) : undefined;
const script = compile(source, cachedData);
debug('code cache %s', !cache ? 'none' : !cachedData ? 'stale (another build)' : script.cachedDataRejected ? 'rejected by V8' : 'used');
run(script);
