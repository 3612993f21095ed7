import * as fsp from 'node:fs/promises';
import { constants as fsc, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Lang } from '../core/model';
import { WorkbookGrids } from '../sheet/grid';
import { readGrids } from '../host/file/fileHost';
import { NotAWorkbookError } from '../host/file/readWorkbook';
import { notWorkbookMessage } from '../core/i18n/notWorkbook';
import {
  folderImpossibleMessage,
  makeFolder,
  moreFsErrorMessage,
  notRegularMessage,
  removeStaleTemps,
  tempPathFor,
  trackTemp,
  untrackTemp,
} from './outputPath';
import { t } from '../core/i18n/words';
import { IO_WORDS } from './io.words';

/**
 * Every file the command line reads or writes goes through here, so that every file-system
 * failure becomes one sentence naming the path and what to do (never a library's text or a
 * stack), the output is never the input (compared as files, not as paths), and a failed write
 * leaves nothing half-written.
 */

/** Bigger than any real campaign book (the province book is a few MB); a 2 GB file would only exhaust memory. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

export type IoResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** A file-system error code to a sentence: what went wrong with `path` and what to do. */
export function fsErrorMessage(e: unknown, path: string, op: 'read' | 'write', L: Lang): string {
  const code = (e as { code?: string } | null)?.code ?? '';
  const p = `"${path}"`;
  switch (code) {
    case 'ENOENT':
      return op === 'read' ? t(IO_WORDS, L, 'fileWasNotFound', { path: p }) : t(IO_WORDS, L, 'theFolderForDoes', { path: p });
    case 'EACCES':
    case 'EPERM':
      return op === 'read' ? t(IO_WORDS, L, 'noPermissionToRead', { path: p }) : t(IO_WORDS, L, 'noPermissionToWrite', { path: p });
    case 'EROFS':
      return t(IO_WORDS, L, 'theDriveHoldingIs', { path: p });
    case 'EISDIR':
      return op === 'read' ? t(IO_WORDS, L, 'isAFolderNot', { path: p }) : t(IO_WORDS, L, 'isAFolderGive', { path: p, example: join(path, 'ket-qua.xlsx') });
    case 'ENOTDIR':
      return t(IO_WORDS, L, 'partOfThePath', { path: p });
    case 'ENOSPC':
    case 'EDQUOT':
      return t(IO_WORDS, L, 'theDiskIsFull', { path: p });
    case 'ENAMETOOLONG':
      return t(IO_WORDS, L, 'theFileNameOr', { path: p });
    case 'ELOOP':
      return t(IO_WORDS, L, 'thePathIsA', { path: p });
    case 'EBUSY':
    case 'ETXTBSY':
      return t(IO_WORDS, L, 'theFileIsIn', { path: p });
    case 'EMFILE':
    case 'ENFILE':
      return t(IO_WORDS, L, 'tooManyFilesAre', { path: p });
    case 'EIO':
      return t(IO_WORDS, L, 'aDiskInputOutput', { path: p });
    default:
      // Every other code in words too (EFBIG, ENXIO, a lost network drive…), never "(mã EFBIG)".
      return moreFsErrorMessage(code, path, op, L);
  }
}

/** Reads an input book: a regular file of sensible size, or a sentence saying why not. */
export async function readInput(path: string, L: Lang, fs: Pick<typeof fsp, 'open'> = fsp): Promise<IoResult<{ bytes: Buffer; stat: Stats }>> {
  let fh: fsp.FileHandle | undefined;
  try {
    // O_NONBLOCK: a FIFO or device is refused by its type below instead of blocking the open.
    fh = await fs.open(path, fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0));
    const stat = await fh.stat();
    if (stat.isDirectory()) return { ok: false, message: fsErrorMessage({ code: 'EISDIR' }, path, 'read', L) };
    if (!stat.isFile()) return { ok: false, message: t(IO_WORDS, L, 'isNotARegular', { path }) };
    if (stat.size > MAX_INPUT_BYTES)
      return { ok: false, message: t(IO_WORDS, L, 'isTooLargeMb', { path, size: Math.round(stat.size / 1048576), limit: MAX_INPUT_BYTES / 1048576 }) };
    const bytes = await fh.readFile();
    return { ok: true, value: { bytes, stat } };
  } catch (e) {
    return { ok: false, message: fsErrorMessage(e, path, 'read', L) };
  } finally {
    await fh?.close().catch(() => undefined);
  }
}

/**
 * Checks an output path before anything is read or written: never the input itself (same device
 * and inode: a symbolic or hard link, `x/../x.xlsx`, another case on a case-insensitive disk),
 * never a folder.
 */
export async function checkOutput(out: string, inputs: readonly string[], L: Lang, fs: Pick<typeof fsp, 'stat'> = fsp): Promise<IoResult<string>> {
  if (out.trim() === '') return { ok: false, message: t(IO_WORDS, L, 'theOutputFileName') };
  let st: Stats | null = null;
  try {
    st = await fs.stat(out);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== 'ENOENT') return { ok: false, message: fsErrorMessage(e, out, 'write', L) };
  }
  if (st?.isDirectory()) return { ok: false, message: fsErrorMessage({ code: 'EISDIR' }, out, 'write', L) };
  // A FIFO, /dev/full, any device: never replaced by a regular file, root or not.
  const notRegular = st ? notRegularMessage(st, out, L) : null;
  if (notRegular) return { ok: false, message: notRegular };
  for (const input of inputs) {
    let same = resolve(input) === resolve(out);
    if (!same && st) {
      const si = await fs.stat(input).catch(() => null);
      same = !!si && si.dev === st.dev && si.ino === st.ino;
    }
    if (same)
      return {
        ok: false,
        message: t(IO_WORDS, L, 'theOutputIsThe', { out, input }),
      };
  }
  return { ok: true, value: out };
}

export type WriterFs = Pick<typeof fsp, 'mkdir' | 'writeFile' | 'rename' | 'unlink'>;

/**
 * Writes `bytes` to `out` through a temporary file in the same folder, renamed into place: the
 * target is either the old file or the whole new one, never half of it, and the temporary file
 * never stays behind. The folder is created when missing.
 */
export async function writeOutput(out: string, bytes: Uint8Array, L: Lang, fs: WriterFs = fsp): Promise<IoResult<string>> {
  const target = resolve(out);
  const dir = dirname(target);
  // One level at a time: a folder that can never be made is an error at once.
  const folder = await makeFolder(dir, fs);
  if (folder) {
    if (folder.code === 'ENOENT' || folder.code === 'EEXIST') return { ok: false, message: folderImpossibleMessage(dir, out, folder.parent, L) };
    return { ok: false, message: fsErrorMessage({ code: folder.code }, folder.code === 'ENOTDIR' ? out : folder.at, 'write', L) };
  }
  // The last gate: only a regular file (or nothing) is replaced.
  const st = await fsp.stat(target).catch(() => null);
  if (st?.isDirectory()) return { ok: false, message: fsErrorMessage({ code: 'EISDIR' }, out, 'write', L) };
  const notRegular = st ? notRegularMessage(st, out, L) : null;
  if (notRegular) return { ok: false, message: notRegular };
  // What a killed run of the same output left: personal data, removed.
  await removeStaleTemps(target);
  const tmp = tempPathFor(target);
  trackTemp(tmp);
  try {
    await fs.writeFile(tmp, bytes, { flag: 'wx' });
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    untrackTemp(tmp);
    // The temporary file's own error speaks of the target the user named.
    return { ok: false, message: fsErrorMessage(e, out, 'write', L) };
  }
  try {
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    return { ok: false, message: fsErrorMessage(e, out, 'write', L) };
  } finally {
    untrackTemp(tmp);
  }
  return { ok: true, value: out };
}

/**
 * An error nobody foresaw: a short sentence and how to report it; the stack only with
 * THIDUA_DEBUG=1, for whoever fixes it.
 */
export function unexpectedMessage(e: unknown, L: Lang, debug = process.env.THIDUA_DEBUG === '1'): string {
  const head = t(IO_WORDS, L, 'theProgramHitAn');
  if (!debug) return head;
  return `${head}\n${(e instanceof Error && e.stack) || String(e)}`;
}

/** The language asked for on the command line, before the arguments are parsed (for the last-resort handler). */
export function langOf(argv: readonly string[]): Lang {
  const i = argv.indexOf('--lang');
  return i >= 0 && argv[i + 1] === 'en' ? 'en' : 'vi';
}

/** Why a file is not a readable workbook: the wording shared with the task pane (core/i18n/notWorkbook). */
export { notWorkbookMessage };

/** An output a command could not write, with its sentence: main turns it into exit 2. */
export class OutputError extends Error {
  override name = 'OutputError';
}

/**
 * Checks and writes one output of a command (a copy, a new workbook, a reply beside it): never one
 * of the inputs, written through a temporary file; throws OutputError with the sentence otherwise.
 */
export async function saveOutput(out: string, bytes: Uint8Array, inputs: readonly string[], L: Lang): Promise<void> {
  const ok = await checkOutput(out, inputs, L);
  if (!ok.ok) throw new OutputError(ok.message);
  const w = await writeOutput(out, bytes, L);
  if (!w.ok) throw new OutputError(w.message);
}

/** Checks every output up front, before anything is read: the first sentence that refuses, or null. */
export async function refuseOutputs(outs: readonly (string | null | undefined)[], inputs: readonly string[], L: Lang): Promise<string | null> {
  for (const out of outs) {
    if (!out) continue;
    const ok = await checkOutput(out, inputs, L);
    if (!ok.ok) return ok.message;
  }
  return null;
}

/** An input book's bytes and grids, or our sentence saying why not (file system, or not a workbook). */
export async function readBookFile(path: string, L: Lang, source: string = basename(path)): Promise<IoResult<{ bytes: Buffer; grids: WorkbookGrids }>> {
  const input = await readInput(path, L);
  if (!input.ok) return input;
  try {
    return { ok: true, value: { bytes: input.value.bytes, grids: await readGrids(input.value.bytes, source) } };
  } catch (e) {
    if (e instanceof NotAWorkbookError) return { ok: false, message: notWorkbookMessage(e, path, L) };
    throw e;
  }
}
