// The last step of `npm run build`: dist/thidua.cjs.cache, V8's compiled code for the bundled
// command line after a run on the bundled sample (validate --json, in this process, its output
// dropped). bin/thidua.js hands it back to V8, which then neither parses the 1 MB bundle again nor
// compiles the functions that run: each command starts sooner (README, figures). The file begins
// with the SHA-256 of the bundle it was made from, so a cache left from another build is never used.
// V8 itself refuses a cache from another Node version; either way the command compiles as usual.
const fs = require('node:fs');
const path = require('node:path');
const { file, cacheFile, sourceHash, compile, run } = require('../bin/bundle.js');

const sample = path.join(__dirname, '..', 'samples', 'so-xay-dung-2025.xlsx');
const source = fs.readFileSync(file, 'utf8');
const script = compile(source);

process.argv = [process.argv[0], file, 'validate', sample, '--json'];
const write = process.stdout.write;
process.stdout.write = () => true;
run(script);

process.once('beforeExit', () => {
  process.stdout.write = write;
  // The sample holds data errors on purpose (exit 1): anything else means the run failed.
  if (process.exitCode !== 1) throw new Error(`the sample run for the code cache exited ${process.exitCode}`);
  process.exitCode = 0;
  fs.writeFileSync(cacheFile, Buffer.concat([sourceHash(source), script.createCachedData()]));
});
