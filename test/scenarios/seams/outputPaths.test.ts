import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeOutput } from '../../../src/cli/io';
import { cli } from '../../support/cli';
import { folder, sha256 } from './support';

/** -o: only a regular file (or nothing) is replaced; impossible folders fail at once; no temp file ever stays. */
const SAMPLE = join(__dirname, '..', '..', '..', 'samples', 'so-xay-dung-2025.xlsx');

/** A process id no process has now: what a killed run leaves in its temp file's name. */
function deadPid(): number {
  for (let pid = 4_000_000; ; pid--) {
    try {
      process.kill(pid, 0);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') return pid;
    }
  }
}

describe('thidua rank -o <not a regular file>', () => {
  test('a FIFO is refused with a sentence, exit 2, and stays a FIFO', async () => {
    const f = folder('out-fifo');
    const input = f.path('so.xlsx');
    copyFileSync(SAMPLE, input);
    const before = sha256(input);
    const fifo = f.path('ket-qua.xlsx');
    execFileSync('mkfifo', [fifo]);
    const res = await cli(['rank', input, '-o', fifo]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(
      `"${fifo}" đã có và không phải tệp thông thường (một ống dẫn (FIFO)): chỉ một tệp thông thường (hoặc tên chưa có) mới được ghi đè.`,
    );
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(sha256(input)).toBe(before);
    expect(f.files()).toEqual(['ket-qua.xlsx', 'so.xlsx']);
  });

  test('a device node (a copy of /dev/full made in the test; as root too) is refused and stays a device', async () => {
    const f = folder('out-device');
    const dev = f.path('full.xlsx');
    let made = true;
    try {
      execFileSync('mknod', [dev, 'c', '1', '7']);
    } catch {
      made = false; // not root: /dev/full itself is the device then, and cannot be replaced anyway
    }
    const target = made ? dev : '/dev/full';
    const res = await cli(['rank', SAMPLE, '-o', target]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('(một thiết bị)');
    expect(lstatSync(target).isCharacterDevice()).toBe(true);
  });
});

describe('an -o folder that can never be created', () => {
  test("is exit 2 at once with a sentence (Node's recursive mkdir would spin at full CPU under /proc)", async () => {
    const started = Date.now();
    const res = await cli(['rank', SAMPLE, '-o', '/proc/1/khong-co/ket-qua/x.xlsx']);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(
      'Không tạo được thư mục "/proc/1/khong-co/ket-qua" để ghi "/proc/1/khong-co/ket-qua/x.xlsx": "/proc/1" không cho tạo thư mục con.',
    );
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('temporary files', () => {
  test("a stale temp of the same output, left by a killed run, is removed by the next run; another output's is not", async () => {
    const f = folder('out-stale');
    const stale = f.write(`.ket-qua.xlsx.${deadPid()}-deadbeef.thidua-tmp`, new Uint8Array([1, 2, 3]));
    const older = f.write('.ket-qua.xlsx.0badf00d.tmp', new Uint8Array([1]));
    const other = f.write(`.khac.xlsx.${deadPid()}-deadbeef.thidua-tmp`, new Uint8Array([1]));
    const res = await cli(['rank', SAMPLE, '-o', f.path('ket-qua.xlsx')]);
    expect(res.code).toBe(1); // the sample has errors on purpose
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(older)).toBe(false);
    expect(existsSync(other)).toBe(true);
    expect(f.files()).toEqual(['.khac.xlsx.' + other.split('.khac.xlsx.')[1], 'ket-qua.xlsx']);
  });

  test('a run stopped by a signal mid-write leaves no temp file behind', async () => {
    const f = folder('out-signal');
    const script = f.write(
      'hang.ts',
      new TextEncoder().encode(`
        import { writeFileSync } from 'node:fs';
        import { writeOutput } from ${JSON.stringify(join(__dirname, '..', '..', '..', 'src', 'cli', 'io'))};
        void writeOutput(${JSON.stringify(f.path('ket-qua.xlsx'))}, new Uint8Array(10), 'vi', {
          mkdir: async () => undefined,
          writeFile: async (p) => { writeFileSync(String(p), 'dữ liệu cá nhân'); process.stdout.write('ready\\n'); await new Promise(() => setInterval(() => undefined, 1000)); },
          rename: async () => undefined,
          unlink: async () => undefined,
        });
      `),
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: join(__dirname, '..', '..', '..'), stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve()));
    expect(readdirSync(f.dir).some((n) => n.endsWith('.thidua-tmp'))).toBe(true);
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, sig) => resolve(sig)));
    child.kill('SIGTERM');
    expect(await ended).toBe('SIGTERM');
    expect(f.files()).toEqual(['hang.ts']);
  }, 30_000);
});

describe('every file-system error is a sentence', () => {
  test('EFBIG and other codes in words, never "(mã EFBIG)"', async () => {
    const f = folder('out-errno');
    const target = f.path('ket-qua.xlsx');
    const failing = (code: string) => ({
      mkdir: async () => undefined,
      writeFile: async (p: unknown) => {
        writeFileSync(String(p), 'nửa');
        throw Object.assign(new Error(`${code}: internal`), { code });
      },
      rename: async () => undefined,
      unlink: async (p: unknown) => (await import('node:fs/promises')).unlink(String(p)),
    });
    const big = await writeOutput(target, new Uint8Array(1), 'vi', failing('EFBIG') as never);
    expect(big).toEqual({ ok: false, message: expect.stringContaining('vượt quá cỡ tệp lớn nhất được phép ghi') });
    for (const code of ['EFBIG', 'ENXIO', 'EXDEV', 'ETIMEDOUT', 'EINVAL', 'ENOTSUP', 'EWHATEVER']) {
      const r = await writeOutput(target, new Uint8Array(1), 'vi', failing(code) as never);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.message).not.toMatch(/\(mã|E[A-Z]{3,}/);
        expect(r.message).toContain(target);
      }
    }
    expect(f.files()).toEqual([]);
  });
});
