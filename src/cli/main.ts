import { VERSION } from '../core/version';
import { Args, Out, parseArgs } from './args';
import { EXIT } from './exit';
import { OutputError, langOf, unexpectedMessage } from './io';
import { t } from '../core/i18n/words';
import { MAIN_WORDS as W } from './main.words';

export { EXIT };

/** Every command: one line each, its code in commands/. */
// Each loaded when it runs: a command does not pay for loading the others (the roll-up, the round trip…).
const COMMANDS: Record<string, (a: Args, io: Out) => Promise<number>> = {
  validate: async (a, io) => (await import('./commands/check')).check({ ...a, command: 'validate' }, io),
  rank: async (a, io) => (await import('./commands/check')).check({ ...a, command: 'rank' }, io),
  template: async (a, io) => (await import('./commands/template')).template(a, io),
  convert: async (a, io) => (await import('./commands/convert')).convert(a, io),
  consolidate: async (a, io) => (await import('./commands/consolidate')).consolidate(a, io),
  rollup: async (a, io) => (await import('./commands/rollup')).rollup(a, io),
  templates: async (a, io) => (await import('./commands/templates')).templates(a, io),
  import: async (a, io) => (await import('./commands/import')).importSheets(a, io),
  'next-year': async (a, io) => (await import('./commands/nextYear')).nextYear(a, io),
};

const STDIO: Out = { log: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') };

export async function main(argv: string[], io: Out = STDIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof OutputError) {
      io.err(e.message);
      return EXIT.unusable;
    }
    // Last resort: a sentence and how to report, never a stack (unless THIDUA_DEBUG=1).
    io.err(unexpectedMessage(e, langOf(argv)));
    return EXIT.unusable;
  }
}

async function dispatch(argv: string[], io: Out): Promise<number> {
  const L = langOf(argv);
  const help = t(W, L, 'help', { version: VERSION });
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    io.err(parsed);
    io.err(help);
    return EXIT.unusable;
  }
  const a = parsed;
  if (a.command === 'help' || a.command === '--help' || a.command === '-h') {
    io.log(help);
    return EXIT.ok;
  }
  if (a.command === '--version' || a.command === 'version') {
    io.log(VERSION);
    return EXIT.ok;
  }
  const run = Object.prototype.hasOwnProperty.call(COMMANDS, a.command) ? COMMANDS[a.command] : undefined;
  if (!run) {
    io.err(t(W, L, 'noCommand', { command: a.command }));
    io.err(help);
    return EXIT.unusable;
  }
  if ((a.command === 'validate' || a.command === 'rank') && a.files.length > 1) {
    io.err(t(W, L, 'extraArgument', { argument: a.files[1], command: a.command }));
    return EXIT.unusable;
  }
  return run(a, io);
}

if (require.main === module) {
  // exitCode, not exit(): the process ends once stdout has drained (a piped --json is never cut).
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(unexpectedMessage(e, langOf(process.argv)) + '\n');
      process.exitCode = EXIT.unusable;
    },
  );
}
