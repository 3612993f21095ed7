// The last step of `npm run build`: dist/thidua.cjs.cache, V8's compiled code for the bundled
// command line after a run on the bundled sample (validate --json, in this process, its output
// dropped). bin/thidua.js hands it back to V8, which then neither parses the 1 MB bundle again nor
// compiles the functions that run: each command starts sooner (README, figures). The file begins
// with the SHA-256 of the bundle it was made from, so a cache left from another build is never used.
// V8 itself refuses a cache from another Node version; either way the command compiles as usual.
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const file = path.join(__dirname, '..', 'dist', 'thidua.cjs');
const sample = path.join(__dirname, '..', 'samples', 'so-xay-dung-2025.xlsx');
const source = fs.readFileSync(file, 'utf8');
const script = new vm.Script(Module.wrap(source), { filename: file });
const cli = new Module(file, module);
cli.filename = file;

process.argv = [process.argv[0], file, 'validate', sample, '--json'];
const write = process.stdout.write;
process.stdout.write = () => true;
script.runInThisContext().call(cli.exports, cli.exports, Module.createRequire(file), cli, file, path.dirname(file));

process.once('beforeExit', () => {
  process.stdout.write = write;
  // The sample holds data errors on purpose (exit 1): anything else means the run failed.
  if (process.exitCode !== 1) throw new Error(`the sample run for the code cache exited ${process.exitCode}`);
  process.exitCode = 0;
  const hash = createHash('sha256').update(source).digest();
  fs.writeFileSync(`${file}.cache`, Buffer.concat([hash, script.createCachedData()]));
});
