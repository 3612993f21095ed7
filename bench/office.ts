/**
 * The Office.js path on the province book (60 units, 9,000 candidates), against the strict
 * in-memory Excel: syncs, request and response bytes, and time per phase of a one-click run.
 * The memory Excel answers at once, so the times are the adapter's and the engine's own work;
 * in Excel each sync adds a round trip (tens of ms on desktop, more on the web).
 *
 *   npm run bench:office
 */
import { buildBook } from '../scripts/lib/bookFactory';
import { bookSpecFor } from '../scripts/lib/provinceSpec';
import { workbookToGrids as exceljsToGrids } from '../test/support/exceljsGrids';
import { MemoryBook, MemoryExcel } from '../src/host/memory/memoryExcel';
import { readWorkbook } from '../src/host/office/readBook';
import { writeGeneratedSheets } from '../src/host/office/writeBook';
import { runJob } from '../src/core/app';

async function main(): Promise<void> {
  const grids = exceljsToGrids(buildBook(bookSpecFor('province')), 'province.xlsx');
  for (const api of ['1.13', '1.7']) {
    const x = new MemoryExcel(MemoryBook.fromGrids(grids.sheets), { apiVersion: api });
    const env = { run: x.run, supports: (v: string) => x.isSetSupported('ExcelApi', v) };
    const t0 = performance.now();
    const read = await readWorkbook(env);
    const t1 = performance.now();
    const readSyncs = x.syncs.length;
    const job = runJob(read, { action: 'rank', now: new Date().toISOString(), version: 'bench' });
    const t2 = performance.now();
    await writeGeneratedSheets(env, {
      models: job.sheets,
      book: read,
      ownership: job.result.ownership,
      stamp: { time: '', fingerprint: job.result.fingerprint },
    });
    const t3 = performance.now();
    const s = x.stats;
    const unitSheets = job.result.sheets.length;
    console.log(
      `ExcelApi ${api}: read ${Math.round(t1 - t0)} ms (${readSyncs} syncs), engine ${Math.round(t2 - t1)} ms, write ${Math.round(t3 - t2)} ms (${s.syncs - readSyncs} syncs); ` +
        `${s.syncs} syncs in all (budget ${unitSheets} unit sheets + ${job.sheets.length} generated + 10 = ${unitSheets + job.sheets.length + 10}); ` +
        `largest request ${(s.maxRequestBytes / 1048576).toFixed(2)} MB, largest response ${(s.maxResponseBytes / 1048576).toFixed(2)} MB (limit 5 MB); ` +
        `${(s.totalRequestBytes / 1048576).toFixed(1)} MB up, ${(s.totalResponseBytes / 1048576).toFixed(1)} MB down`,
    );
  }
}

void main();
