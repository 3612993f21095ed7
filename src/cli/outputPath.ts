import * as fsp from 'node:fs/promises';
import { unlinkSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Lang } from '../core/model';
import { t } from '../core/i18n/words';
import { OUTPUT_WORDS as W } from './outputWords';

/**
 * Where an output goes, kept safe: only a regular file (or nothing) is ever replaced, also when
 * run as root (a FIFO, /dev/full, any device is refused); the folder is made one level at a time
 * so a folder that can never exist is an error at once (Node's recursive mkdir spins forever
 * under /proc); the temporary file is named after its output and its process, removed on every
 * exit and signal, and a stale one of a killed run is removed by the next run.
 */

/** The sentence for an error code fsErrorMessage does not word itself; never the bare code. */
export function moreFsErrorMessage(code: string, path: string, op: 'read' | 'write', L: Lang): string {
  const p = { path };
  switch (code) {
    case 'EFBIG':
    case 'ENXIO':
    case 'ENODEV':
    case 'EXDEV':
    case 'EEXIST':
    case 'ENOTEMPTY':
    case 'EINVAL':
    case 'ENOMEM':
    case 'EOVERFLOW':
    case 'ESPIPE':
    case 'ENOTSUP':
      return t(W, L, code, p);
    case 'EOPNOTSUPP':
      return t(W, L, 'ENOTSUP', p);
    case 'EAGAIN':
    case 'EWOULDBLOCK':
    case 'EDEADLK':
      return t(W, L, 'EAGAIN', p);
    case 'ETIMEDOUT':
    case 'ESTALE':
    case 'ENOTCONN':
    case 'ECONNRESET':
    case 'ECONNREFUSED':
    case 'EHOSTDOWN':
    case 'EHOSTUNREACH':
    case 'ENETDOWN':
    case 'ENETUNREACH':
    case 'ENOLINK':
    case 'EREMOTEIO':
      return t(W, L, 'network', p);
    case 'EINTR':
    case 'ECANCELED':
      return t(W, L, 'interrupted', p);
    default:
      return t(W, L, op === 'read' ? 'readOther' : 'writeOther', p);
  }
}

/** A sentence when something other than a regular file (or a folder, said elsewhere) is at `path`. */
export function notRegularMessage(st: Stats, path: string, L: Lang): string | null {
  if (st.isFile() || st.isDirectory()) return null;
  const what = st.isFIFO() ? 'fifo' : st.isCharacterDevice() || st.isBlockDevice() ? 'device' : st.isSocket() ? 'socket' : 'other';
  return t(W, L, 'notRegular', { path, what: t(W, L, what) });
}

/** A folder that cannot be made under `parent` (ENOENT from mkdir where the parent exists: /proc, a special file system). */
export function folderImpossibleMessage(dir: string, path: string, parent: string, L: Lang): string {
  return t(W, L, 'folderImpossible', { dir, path, parent });
}

export type FolderFs = Pick<typeof fsp, 'mkdir'>;

/**
 * Makes `dir` one level at a time from its deepest existing folder: every failure is one error
 * at once, never a retry loop. Returns the code and the path that failed, or null when made.
 */
export async function makeFolder(dir: string, fs: FolderFs = fsp): Promise<{ code: string; at: string; parent: string } | null> {
  const missing: string[] = [];
  let at = dir;
  for (;;) {
    let code = '';
    const st = await fsp.stat(at).catch((e: NodeJS.ErrnoException) => {
      code = e.code ?? 'EIO';
      return null;
    });
    if (st) {
      if (!st.isDirectory()) return { code: 'ENOTDIR', at, parent: at };
      break;
    }
    if (code !== 'ENOENT') return { code, at, parent: dirname(at) };
    const up = dirname(at);
    if (up === at) return { code: 'ENOENT', at, parent: at };
    missing.unshift(at);
    at = up;
  }
  for (const d of missing) {
    try {
      await fs.mkdir(d);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (code === 'EEXIST' && (await fsp.stat(d).catch(() => null))?.isDirectory()) continue;
      return { code, at: d, parent: dirname(d) };
    }
  }
  return null;
}

const TMP_SUFFIX = '.thidua-tmp';

/** The start every temporary file of `out` shares: ".<name, at most 40 characters>." */
function tempPrefix(out: string): string {
  return `.${basename(out).slice(0, 40)}.`;
}

/** A temporary file for `out`, in its folder: ".<name>.<pid>-<random>.thidua-tmp". */
export function tempPathFor(out: string): string {
  return join(dirname(out), `${tempPrefix(out)}${process.pid}-${randomBytes(4).toString('hex')}${TMP_SUFFIX}`);
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files an earlier run left beside `out` when it was killed (SIGKILL, a
 * power cut): those of the same output whose process is gone, and the older ".<name>.<hex>.tmp".
 * They hold personal data; a run still writing the same output keeps its own.
 */
export async function removeStaleTemps(out: string): Promise<string[]> {
  const dir = dirname(out);
  const prefix = tempPrefix(out);
  const names = await fsp.readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const n of names) {
    if (!n.startsWith(prefix)) continue;
    const rest = n.slice(prefix.length);
    const ours = /^(\d+)-[0-9a-f]{8}\.thidua-tmp$/.exec(rest);
    const older = /^[0-9a-f]{8}\.tmp$/.test(rest);
    if (!(ours && !alive(Number(ours[1]))) && !older) continue;
    const p = join(dir, n);
    const st = await fsp.lstat(p).catch(() => null);
    if (!st?.isFile()) continue;
    if (
      await fsp.unlink(p).then(
        () => true,
        () => false,
      )
    )
      removed.push(p);
  }
  return removed;
}

// Temporary files being written, removed on every way out of the process.
const pending = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];
const onSignal = (sig: NodeJS.Signals) => {
  removePending();
  detach();
  // The signal's own ending (exit 128 + n), now that nothing is left behind.
  process.kill(process.pid, sig);
};
const onExit = () => removePending();

function removePending(): void {
  for (const p of pending) {
    try {
      unlinkSync(p);
    } catch {
      // Gone already (renamed into place, or removed).
    }
  }
  pending.clear();
}

function attach(): void {
  process.on('exit', onExit);
  for (const s of SIGNALS) process.on(s, onSignal);
}

function detach(): void {
  process.removeListener('exit', onExit);
  for (const s of SIGNALS) process.removeListener(s, onSignal);
}

/** A temporary file now being written: removed if the process ends before it is renamed into place. */
export function trackTemp(p: string): void {
  if (pending.size === 0) attach();
  pending.add(p);
}

/** Renamed into place or removed: nothing left to clean. */
export function untrackTemp(p: string): void {
  if (!pending.delete(p)) return;
  if (pending.size === 0) detach();
}
