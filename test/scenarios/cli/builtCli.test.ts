/**
 * The command line as users run it: bin/thidua.js, the bundle dist/thidua.cjs and the code cache
 * the build leaves beside it, built from this checkout first (`npm run build`'s three steps).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../safety/support';

const ROOT = join(__dirname, '..', '..', '..');
const DIR = tempDir('built-cli');
const SAMPLE = join(ROOT, 'samples', 'so-xay-dung-2025.xlsx');

beforeAll(() => {
  const node = (args: string[]) => execFileSync(process.execPath, args, { stdio: 'inherit', cwd: ROOT });
  node([join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.json')]);
  node([join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--config', join(ROOT, 'webpack.cli.js')]);
  node([join(ROOT, 'scripts', 'code-cache.js')]);
}, 240000);

/** The CLI of a folder laid out like the package (bin/, dist/), with NODE_DEBUG=thidua. */
function run(root: string, args: string[]) {
  const p = spawnSync(process.execPath, [join(root, 'bin', 'thidua.js'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, NODE_DEBUG: 'thidua' },
  });
  const cache = /code cache (.*)$/m.exec(p.stderr)?.[1] ?? '';
  return { status: p.status, stdout: p.stdout, cache, stderr: p.stderr.replace(/^THIDUA \d+: .*\n/gm, '') };
}

describe("the code cache: used when it is this bundle's, else the command compiles as usual", () => {
  const copy = (name: string) => {
    const root = join(DIR, name);
    mkdirSync(join(root, 'bin'), { recursive: true });
    mkdirSync(join(root, 'dist'), { recursive: true });
    for (const f of ['bin/thidua.js', 'bin/bundle.js', 'dist/thidua.cjs', 'dist/thidua.cjs.cache']) copyFileSync(join(ROOT, f), join(root, f));
    return root;
  };

  test("the build's cache is used, and every state gives the same report and exit code", () => {
    const built = run(ROOT, ['validate', SAMPLE, '--json']);
    expect(built.cache).toBe('used');
    expect(built.status).toBe(1); // the sample holds data errors on purpose
    const report = JSON.parse(built.stdout);
    expect(report.candidates.length).toBeGreaterThan(10);

    // A bundle changed after the cache was made (another build): the cache is not used.
    const changed = copy('changed');
    appendFileSync(join(changed, 'dist', 'thidua.cjs'), '\n// another build\n');
    // No cache at all.
    const none = copy('none');
    rmSync(join(none, 'dist', 'thidua.cjs.cache'));
    // A cache for this bundle that V8 cannot take (damaged, or made by another Node version).
    const damaged = copy('damaged');
    const bytes = readFileSync(join(damaged, 'dist', 'thidua.cjs.cache'));
    bytes.fill(7, 40, 400);
    writeFileSync(join(damaged, 'dist', 'thidua.cjs.cache'), bytes);

    for (const [root, state] of [
      [changed, 'stale (another build)'],
      [none, 'none'],
      [damaged, 'rejected by V8'],
    ] as const) {
      const r = run(root, ['validate', SAMPLE, '--json']);
      expect({ state: r.cache, status: r.status, stderr: r.stderr }).toEqual({ state, status: 1, stderr: '' });
      expect(JSON.parse(r.stdout)).toEqual(report);
    }
  });

  test('a checkout never built: a sentence saying what to do, exit 2, no stack', () => {
    const bare = join(DIR, 'bare');
    mkdirSync(join(bare, 'bin'), { recursive: true });
    for (const f of ['thidua.js', 'bundle.js']) copyFileSync(join(ROOT, 'bin', f), join(bare, 'bin', f));
    const r = run(bare, ['validate', SAMPLE]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Dòng lệnh chưa được dựng: chạy `npm install`/);
    expect(r.stderr).not.toMatch(/\n\s+at |Error|ENOENT/);
  });

  test('other commands run from the same cache: help, and a template written', () => {
    const help = run(ROOT, ['--help']);
    expect(help.cache).toBe('used');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/thidua validate/);
    const out = join(DIR, 'mau.xlsx');
    const t = run(ROOT, ['template', '-o', out, '--year', '2026']);
    expect(t.status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('rank --json on a book over 1 MB of JSON, through the built CLI and a pipe', () => {
  test('the JSON parses on the other end of the pipe (stdout drains before exit)', async () => {
    const { buildBook } = await import('../../../scripts/lib/bookFactory');
    const { bookSpecFor } = await import('../../../scripts/lib/provinceSpec');
    const input = join(DIR, 'province.xlsx');
    writeFileSync(input, new Uint8Array((await buildBook(bookSpecFor('province')).xlsx.writeBuffer()) as ArrayBuffer));
    const script = `let s='';process.stdin.setEncoding('utf8');process.stdin.on('data',d=>s+=d);process.stdin.on('end',()=>{const j=JSON.parse(s);console.log(s.length+' '+j.candidates.length)})`;
    const p = spawnSync(
      'bash',
      ['-c', `node "${join(ROOT, 'bin', 'thidua.js')}" validate "${input}" --json | node -e "${script}"; echo "exit \${PIPESTATUS[0]} \${PIPESTATUS[1]}"`],
      { encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    const [size, candidates] = p.stdout.trim().split('\n')[0].split(' ').map(Number);
    expect(p.stdout).toMatch(/exit [01] 0/);
    expect(size).toBeGreaterThan(1024 * 1024);
    expect(candidates).toBe(9000);
  }, 240000);
});
