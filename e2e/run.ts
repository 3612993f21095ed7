/**
 * Runs every Chromium scenario (`e2e/*.e2e.ts`), one process each, in name order, and fails when
 * any fails. Each feature keeps its own scenario file.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const files = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith('.e2e.ts'))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`e2e: ${f}`);
  const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, f)], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`e2e: ${f} failed (exit ${r.status ?? r.signal})`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
