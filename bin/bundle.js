// The bundled command line (dist/thidua.cjs) compiled and run as a CommonJS module, shared by
// bin/thidua.js and the build step that makes its code cache (scripts/code-cache.js): V8 takes a
// cache only for the very source and file name it was made with, so both must compile it alike.
const { createHash } = require('node:crypto');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const file = path.join(__dirname, '..', 'dist', 'thidua.cjs');
const cacheFile = `${file}.cache`;

/** The SHA-256 of the bundle's source, which begins the cache file. */
function sourceHash(source) {
  return createHash('sha256').update(source).digest();
}

function compile(source, cachedData) {
  return new vm.Script(Module.wrap(source), { filename: file, cachedData });
}

function run(script) {
  const cli = new Module(file, module);
  cli.filename = file;
  script.runInThisContext().call(cli.exports, cli.exports, Module.createRequire(file), cli, file, path.dirname(file));
}

module.exports = { file, cacheFile, sourceHash, compile, run };
