#!/usr/bin/env node
/**
 * `npm run demo`: ranks the bundled sample book into out/. The sample holds data errors on purpose
 * (a score above the maximum, a number typed as text, a person listed twice, a late unit, a unit
 * that sent nothing…), so the CLI's exit code 1 ("the data has errors") is the expected result here:
 * it is said, and the demo exits 0. An unusable file or any other failure (exit 2) still fails.
 */
const { spawnSync } = require('child_process');
const { join } = require('path');

const root = join(__dirname, '..');
const r = spawnSync(
  process.execPath,
  [
    join(root, 'bin', 'thidua.js'),
    'rank',
    join('samples', 'so-xay-dung-2025.xlsx'),
    '-o',
    join('out', 'so-xay-dung-2025.ket-qua.xlsx'),
    ...process.argv.slice(2),
  ],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
const en = process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en';
if (r.status === 1) {
  console.log(
    en
      ? '\nDemo done: the sample book holds data errors on purpose, so that you see them found (exit code 1 in real use means "the data has errors").'
      : '\nDemo xong: sổ tính mẫu cố ý chứa lỗi dữ liệu để thấy add-in bắt lỗi (khi dùng thật, mã thoát 1 nghĩa là "dữ liệu có lỗi").',
  );
  process.exit(0);
}
process.exit(r.status ?? 2);
