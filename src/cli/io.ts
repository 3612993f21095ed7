import * as fsp from 'node:fs/promises';
import { constants as fsc, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Lang } from '../core/model';
import { WorkbookGrids } from '../sheet/grid';
import { readGrids } from '../host/file/fileHost';
import { NotAWorkbookError } from '../host/file/readWorkbook';
import { notWorkbookMessage } from '../core/i18n/notWorkbook';

/**
 * Every file the command line reads or writes goes through here, so that every file-system
 * failure becomes one sentence naming the path and what to do (never a library's text or a
 * stack), the output is never the input (compared as files, not as paths), and a failed write
 * leaves nothing half-written.
 */

/** Bigger than any real campaign book (the province book is a few MB); a 2 GB file would only exhaust memory. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

export type IoResult<T> = { ok: true; value: T } | { ok: false; message: string };

const t = (L: Lang, vi: string, en: string) => (L === 'vi' ? vi : en);

/** A file-system error code to a sentence: what went wrong with `path` and what to do. */
export function fsErrorMessage(e: unknown, path: string, op: 'read' | 'write', L: Lang): string {
  const code = (e as { code?: string } | null)?.code ?? '';
  const p = `"${path}"`;
  switch (code) {
    case 'ENOENT':
      return op === 'read'
        ? t(L, `Không tìm thấy tệp ${p}. Kiểm tra lại tên và thư mục của tệp.`, `File ${p} was not found. Check the file name and folder.`)
        : t(L, `Không có thư mục để ghi ${p}. Tạo thư mục đó trước, hoặc chọn nơi ghi khác với -o.`, `The folder for ${p} does not exist. Create it first, or choose another place with -o.`);
    case 'EACCES':
    case 'EPERM':
      return op === 'read'
        ? t(L, `Không có quyền đọc tệp ${p}. Mở quyền đọc cho tệp, hoặc chép tệp sang thư mục của bạn rồi chạy lại.`, `No permission to read ${p}. Allow reading it, or copy it into your own folder and run again.`)
        : t(L, `Không có quyền ghi vào ${p}. Chọn thư mục bạn được ghi (ví dụ thư mục Tài liệu) bằng -o, hoặc đóng tệp nếu nó đang mở trong Excel.`, `No permission to write ${p}. Choose a folder you can write to with -o, or close the file if it is open in Excel.`);
    case 'EROFS':
      return t(L, `Ổ đĩa chứa ${p} chỉ cho đọc. Chọn nơi ghi khác bằng -o.`, `The drive holding ${p} is read-only. Choose another place with -o.`);
    case 'EISDIR':
      return op === 'read'
        ? t(L, `${p} là một thư mục, không phải tệp .xlsx. Chỉ đường dẫn tới tệp sổ tính.`, `${p} is a folder, not an .xlsx file. Give the path of the workbook file.`)
        : t(L, `${p} là một thư mục. Cho -o một tên tệp, ví dụ "${join(path, 'ket-qua.xlsx')}".`, `${p} is a folder. Give -o a file name, e.g. "${join(path, 'ket-qua.xlsx')}".`);
    case 'ENOTDIR':
      return t(L, `Một phần của đường dẫn ${p} là tệp chứ không phải thư mục. Kiểm tra lại đường dẫn.`, `Part of the path ${p} is a file, not a folder. Check the path.`);
    case 'ENOSPC':
    case 'EDQUOT':
      return t(L, `Ổ đĩa đã đầy, không ghi được ${p}. Giải phóng chỗ trống hoặc ghi sang ổ khác bằng -o; không có tệp dở dang nào được để lại.`, `The disk is full: ${p} could not be written. Free some space or write to another drive with -o; no partial file was left.`);
    case 'ENAMETOOLONG':
      return t(L, `Tên tệp hoặc đường dẫn ${p} quá dài. Đặt tên ngắn hơn hoặc chọn thư mục gần gốc ổ đĩa.`, `The file name or path ${p} is too long. Use a shorter name or a folder nearer the root of the drive.`);
    case 'ELOOP':
      return t(L, `Đường dẫn ${p} là một liên kết vòng (symlink trỏ về chính nó). Dùng đường dẫn tới tệp thật.`, `The path ${p} is a symbolic link loop. Use the path of the real file.`);
    case 'EBUSY':
    case 'ETXTBSY':
      return t(L, `Tệp ${p} đang được chương trình khác dùng. Đóng tệp (ví dụ trong Excel) rồi chạy lại.`, `The file ${p} is in use by another program. Close it (e.g. in Excel) and run again.`);
    case 'EMFILE':
    case 'ENFILE':
      return t(L, `Máy đang mở quá nhiều tệp, không mở được ${p}. Đóng bớt chương trình rồi chạy lại.`, `Too many files are open to open ${p}. Close some programs and run again.`);
    case 'EIO':
      return t(L, `Lỗi đọc/ghi ổ đĩa với ${p}. Kiểm tra ổ đĩa (USB, ổ mạng) rồi chạy lại.`, `A disk input/output error on ${p}. Check the drive (USB, network drive) and run again.`);
    default:
      return op === 'read'
        ? t(L, `Không đọc được tệp ${p}${code ? ` (mã ${code})` : ''}. Kiểm tra tệp có mở được trong Excel không, rồi chạy lại.`, `Could not read ${p}${code ? ` (code ${code})` : ''}. Check that the file opens in Excel, then run again.`)
        : t(L, `Không ghi được ${p}${code ? ` (mã ${code})` : ''}. Chọn nơi ghi khác bằng -o.`, `Could not write ${p}${code ? ` (code ${code})` : ''}. Choose another place with -o.`);
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
    if (!stat.isFile())
      return { ok: false, message: t(L, `"${path}" không phải là một tệp thông thường (có thể là ống dẫn hay thiết bị). Lưu sổ tính thành tệp .xlsx rồi chỉ đường dẫn tới tệp đó.`, `"${path}" is not a regular file (a pipe or a device). Save the workbook as an .xlsx file and give its path.`) };
    if (stat.size > MAX_INPUT_BYTES)
      return { ok: false, message: t(L, `Tệp "${path}" quá lớn (${Math.round(stat.size / 1048576)} MB, giới hạn ${MAX_INPUT_BYTES / 1048576} MB) để là một sổ tính thi đua. Kiểm tra đúng tệp chưa, hoặc tách sổ tính.`, `"${path}" is too large (${Math.round(stat.size / 1048576)} MB, limit ${MAX_INPUT_BYTES / 1048576} MB) for a campaign workbook. Check it is the right file, or split the workbook.`) };
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
  if (out.trim() === '') return { ok: false, message: t(L, 'Tên tệp kết quả (-o) đang để trống.', 'The output file name (-o) is empty.') };
  let st: Stats | null = null;
  try {
    st = await fs.stat(out);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== 'ENOENT') return { ok: false, message: fsErrorMessage(e, out, 'write', L) };
  }
  if (st?.isDirectory()) return { ok: false, message: fsErrorMessage({ code: 'EISDIR' }, out, 'write', L) };
  for (const input of inputs) {
    let same = resolve(input) === resolve(out);
    if (!same && st) {
      const si = await fs.stat(input).catch(() => null);
      same = !!si && si.dev === st.dev && si.ino === st.ino;
    }
    if (same)
      return {
        ok: false,
        message: t(L, `Tệp kết quả "${out}" chính là tệp gốc "${input}" (cùng một tệp, kể cả qua liên kết): tệp gốc không bao giờ bị ghi đè. Chọn tên khác cho -o.`, `The output "${out}" is the input "${input}" itself (the same file, possibly through a link): the input is never overwritten. Choose another name for -o.`),
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
  const dir = dirname(resolve(out));
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    return { ok: false, message: fsErrorMessage(e, dir, 'write', L) };
  }
  // Keep the temporary name short: a long target name must not fail only because of the suffix.
  const tmp = join(dir, `.${basename(out).slice(0, 40)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(tmp, bytes, { flag: 'wx' });
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    // The temporary file's own error speaks of the target the user named.
    return { ok: false, message: fsErrorMessage(e, out, 'write', L) };
  }
  try {
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    return { ok: false, message: fsErrorMessage(e, out, 'write', L) };
  }
  return { ok: true, value: out };
}

/**
 * An error nobody foresaw: a short sentence and how to report it; the stack only with
 * THIDUA_DEBUG=1, for whoever fixes it.
 */
export function unexpectedMessage(e: unknown, L: Lang, debug = process.env.THIDUA_DEBUG === '1'): string {
  const head = t(
    L,
    'Chương trình gặp lỗi ngoài dự kiến và đã dừng; tệp gốc không bị sửa. Hãy chạy lại với THIDUA_DEBUG=1 và gửi báo lỗi kèm lệnh đã chạy và nội dung in ra (không cần gửi sổ tính có dữ liệu cá nhân).',
    'The program hit an unexpected error and stopped; the input was not changed. Run again with THIDUA_DEBUG=1 and report the bug with the command and what it printed (no need to send a workbook with personal data).',
  );
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
