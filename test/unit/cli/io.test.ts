import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bookBytes } from '../../../scripts/lib/bookFactory';
import { sampleSpec } from '../../../scripts/lib/sampleSpec';
import { WriterFs, readInput, unexpectedMessage, writeOutput } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';
import { LIBRARY_TEXT, cli, sha256, tempDir, tempFiles } from '../../scenarios/safety/support';

const DIR = tempDir('files');
let input = '';
let hash = '';

beforeAll(async () => {
  input = join(DIR, 'book.xlsx');
  writeFileSync(input, await bookBytes(sampleSpec()));
  hash = sha256(input);
});
afterEach(() => {
  // Whatever a case did, the input is byte for byte what it was and no temporary file stays.
  expect(sha256(input)).toBe(hash);
  expect(tempFiles(DIR)).toEqual([]);
});

describe('-o is never the input, as a file (device + inode), checked before anything is read', () => {
  test.each([
    [
      'a symbolic link to the input',
      () => {
        const p = join(DIR, 'link.xlsx');
        if (!existsSync(p)) symlinkSync(input, p);
        return p;
      },
    ],
    [
      'a hard link to the input',
      () => {
        const p = join(DIR, 'hard.xlsx');
        if (!existsSync(p)) linkSync(input, p);
        return p;
      },
    ],
    [
      'the input through ./x/../',
      () => {
        mkdirSync(join(DIR, 'x'), { recursive: true });
        return join(DIR, 'x', '..', 'book.xlsx');
      },
    ],
  ])('%s: exit 2, a sentence, the input unchanged', async (_what, target) => {
    for (const cmd of [['rank'], ['validate'], ['convert']]) {
      const r = await cli([...cmd, input, '-o', target()]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('chính là tệp gốc');
      expect(r.stderr).not.toMatch(LIBRARY_TEXT);
    }
    const en = await cli(['rank', input, '-o', target(), '--lang', 'en']);
    expect(en.stderr).toContain('is the input');
  });
});

describe('every file-system failure is a sentence naming the path, exit 2', () => {
  test('-o a folder', async () => {
    const folder = join(DIR, 'a-folder');
    mkdirSync(folder, { recursive: true });
    const r = await cli(['rank', input, '-o', folder]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`"${folder}" là một thư mục`);
    expect(r.stderr).not.toMatch(LIBRARY_TEXT);
    expect(readdirSync(folder)).toEqual([]);
  });

  test('-o under a file used as a folder, and a name too long', async () => {
    const r = await cli(['rank', input, '-o', join(input, 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/là tệp chứ không phải thư mục|không có thư mục/i);
    const long = join(DIR, 'k'.repeat(300) + '.xlsx');
    const l = await cli(['rank', input, '-o', long]);
    expect(l.code).toBe(2);
    expect(l.stderr).toContain('quá dài');
    expect(l.stderr).not.toMatch(LIBRARY_TEXT);
  });

  test('template -o into a missing folder creates it; the output is written whole', async () => {
    const out = join(DIR, 'new', 'deeper', 'mau.xlsx');
    const r = await cli(['template', '-o', out, '--year', '2026']);
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(tempFiles(join(DIR, 'new', 'deeper'))).toEqual([]);
  });

  test('a full disk (ENOSPC) and no permission (EACCES), injected: the message, and no half-written file or temp file', async () => {
    const target = join(DIR, 'full.xlsx');
    const calls: string[] = [];
    const fail = (code: string, at: 'writeFile' | 'rename'): WriterFs => ({
      mkdir: async () => undefined,
      writeFile: async (p) => {
        calls.push(`write ${String(p)}`);
        writeFileSync(String(p), 'half');
        if (at === 'writeFile') throw Object.assign(new Error(`${code}: internal text`), { code });
      },
      rename: async () => {
        throw Object.assign(new Error(`${code}: internal text`), { code });
      },
      unlink: async (p) => {
        calls.push(`unlink ${String(p)}`);
        await import('node:fs/promises').then((f) => f.unlink(p));
      },
    });
    const full = await writeOutput(target, new Uint8Array(10), 'vi', fail('ENOSPC', 'writeFile'));
    expect(full).toEqual({ ok: false, message: expect.stringContaining('Ổ đĩa đã đầy') });
    expect(full.ok || full.message).toContain(target);
    expect(calls.some((c) => c.startsWith('unlink'))).toBe(true);
    const denied = await writeOutput(target, new Uint8Array(10), 'en', fail('EACCES', 'rename'));
    expect(denied.ok || denied.message).toContain('No permission to write');
    expect(existsSync(target)).toBe(false);
  });

  test('reading: missing file, a folder, a FIFO, a huge file', async () => {
    const missing = await cli(['rank', join(DIR, 'nope.xlsx')]);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain('Không tìm thấy tệp');
    const folder = await cli(['validate', DIR]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('là một thư mục');
    const fifo = join(DIR, 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    const f = await cli(['validate', fifo]);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain('không phải là một tệp thông thường');
    const huge = await readInput(input, 'vi', {
      open: async () => ({ stat: async () => ({ isDirectory: () => false, isFile: () => true, size: 3 * 1024 ** 3 }), close: async () => undefined }) as never,
    });
    expect(huge).toEqual({ ok: false, message: expect.stringContaining('quá lớn') });
    // No permission (we may run as root, where chmod does not deny): injected.
    const denied = await readInput(input, 'vi', {
      open: async () => Promise.reject(Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' })),
    });
    expect(denied).toEqual({ ok: false, message: expect.stringContaining(`Không có quyền đọc tệp "${input}"`) });
    for (const r of [missing, folder, f]) expect(r.stderr).not.toMatch(LIBRARY_TEXT);
  });

  test('not a workbook: our own sentence, never the library text', async () => {
    const bad = join(DIR, 'not.xlsx');
    writeFileSync(bad, 'Họ và tên;Điểm\nAn;90\n');
    const r = await cli(['rank', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^"[^"]+not\.xlsx" (không phải là sổ tính|bị hỏng)/);
    expect(r.stderr).not.toMatch(LIBRARY_TEXT);
    expect(existsSync(join(DIR, 'not.ket-qua.xlsx'))).toBe(false);
  });
});

describe('usage errors and the unexpected', () => {
  test.each([
    [['template', '-o', 'x.xlsx', '--year', 'abc'], '--year cần một năm viết bằng số'],
    [['template', '-o', 'x.xlsx', '--year', '99999'], 'nằm ngoài khoảng 2000–2100'],
    [['template', '-o', 'x.xlsx', '--year', '1999'], 'nằm ngoài khoảng 2000–2100'],
    [['template', '-o', 'x.xlsx', '--year'], 'cần một giá trị'],
    [['rank', 'a.xlsx', '-o'], 'cần một giá trị'],
    [['rank', 'a.xlsx', '--bogus'], 'Không hiểu tùy chọn'],
  ])('%j: exit 2, %s, nothing written', async (args, text) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(text);
    expect(r.stderr).not.toContain('NaN');
    expect(existsSync('x.xlsx')).toBe(false);
  });

  test('the same in English with --lang en', async () => {
    const r = await cli(['template', '-o', 'x.xlsx', '--year', 'abc', '--lang', 'en']);
    expect(r.stderr).toContain('--year needs a year in digits');
  });

  test('an error nobody foresaw: a sentence and how to report, the stack only with THIDUA_DEBUG=1', async () => {
    const err: string[] = [];
    const code = await main(['validate', input], {
      log: () => {
        throw new TypeError('Cannot read properties of undefined (reading "x")');
      },
      err: (s) => err.push(s),
    });
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('THIDUA_DEBUG=1');
    expect(err.join('\n')).not.toMatch(LIBRARY_TEXT);
    expect(unexpectedMessage(new Error('boom'), 'en', true)).toMatch(/unexpected error[\s\S]*Error: boom\n\s+at /);
  });
});
