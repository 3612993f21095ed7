/**
 * What `npx thidua` runs (bin/thidua.js loads it from the one-file bundle, dist/thidua.cjs).
 * process.exitCode, never process.exit(): the process ends only once stdout has drained, so a
 * large `--json` piped into another program is never cut at the pipe's 64 KiB.
 */
import { main } from './main';
import { langOf, unexpectedMessage } from './io';

const argv = process.argv.slice(2);
// A reader that stops early (`thidua rank x.xlsx | head`) closes the pipe: stop quietly then, as
// other command-line tools do, rather than print a stack for a write nobody reads.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(unexpectedMessage(e, langOf(argv)) + '\n');
    process.exitCode = 2;
  },
);
