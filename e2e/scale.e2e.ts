/**
 * The pane on the province book (60 units, 9,000 people: the benchmark's book, scripts/lib/
 * provinceSpec) in real Chromium, outside Excel on the file and in the harness's strict in-memory
 * Excel. Prints the time from pick to status, and from the Xếp hạng click to the end of reading,
 * the findings, the results and the download (or "Đã ghi" in Excel), against the targets
 * (findings < 3 s after the file is read, results < 5 s). Also: the progress bar's readings, Hủy
 * during the copy's write keeping the previous download, ↻ asking for the file again, the Tab
 * path to Xếp hạng. Timings are printed, not asserted (a shared 2-core machine).
 *
 *   npm run e2e        (builds dist-web with the harness first)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { SHOTS, idle, newPage, runScenario, scrollsSideways } from './support';
import { axe, watchMarks } from './a11y';
import { LongTasks, cliFigures, watchLongTasks } from './perf';
import { bookBytes } from '../scripts/lib/bookFactory';
import { provinceWithFindings } from '../scripts/lib/provinceFindings';
import { fold } from '../src/core/text/normalize';
import { runEngine } from '../src/core/engine/run';
import { readGrids } from '../src/host/file/fileHost';

const PROVINCE = path.join(SHOTS, 'province-findings.xlsx');
const FINDINGS_TARGET_MS = 3000;
const RESULTS_TARGET_MS = 5000;
/** Issue 25's targets: beside the command line on the same book in the same run. */
const RATIO_TARGET = 1.5;
const LONG_TASK_TARGET_MS = 200;
const SYNCS_TARGET = 12;
const REQUEST_TARGET_BYTES = 4 * 1024 * 1024;

/** The figures the run prints at its end, the pane's beside the command line's. */
const figures: {
  cli?: { validate: number; rank: number };
  file?: { results: number; download: number; longest: number; long: number };
  excel?: { results: number; written: number; longest: number; syncs: number; maxRequest: number };
} = {};
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
async function longest(l: LongTasks): Promise<{ longest: number; long: number; line: string }> {
  const r = await l.read();
  return { longest: r.longest, long: r.count, line: `${r.count} page tasks over 50 ms, longest ${Math.round(r.longest)} ms, ${Math.round(r.total)} ms in all` };
}

/** The benchmark's province book as units send it (about 13,000 findings), written once per run folder. */
async function provinceBook(): Promise<Buffer> {
  if (!fs.existsSync(PROVINCE)) {
    fs.mkdirSync(SHOTS, { recursive: true });
    fs.writeFileSync(PROVINCE, await bookBytes(provinceWithFindings()));
  }
  return fs.readFileSync(PROVINCE);
}

const s = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`);
const met = (ms: number | undefined, target: number) => (ms !== undefined && ms < target ? 'met' : 'NOT met');

/** A viewport-sized screenshot (the full page holds thousands of findings). */
async function view(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), animations: 'disabled' });
  console.log(`  screenshot ${name}.png`);
}

async function tabsTo(page: Page, name: string): Promise<number> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let n = 1; n <= 60; n++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent)) === name) return n;
  }
  return Infinity;
}

async function fileMode(browser: Browser, base: string): Promise<void> {
  console.log('outside Excel, on the province book (60 units, 9,000 people)');
  const page = await newPage(browser, 420);
  await page.goto(`${base}taskpane.html`);
  await page.getByRole('button', { name: 'Mở dữ liệu mẫu' }).waitFor({ timeout: 30000 });
  const marks = await watchMarks(page);
  const long = await watchLongTasks(page);

  await marks.start();
  await long.start();
  await page.getByLabel('Chọn tệp Excel…').setInputFiles(PROVINCE);
  const status = await marks.wait('status');
  await page.getByText('Đã nhận bảng chấm của 60/60 đơn vị').waitFor();
  await idle(page);
  const openBars = await marks.bars();
  console.log(`  opening: ${(await longest(long)).line}`);
  await view(page, 'scale-file-01-open');
  const tabs = await tabsTo(page, 'Xếp hạng');

  await marks.start();
  await long.start();
  await page.getByRole('button', { name: 'Xếp hạng', exact: true }).click();
  const read = await marks.wait('read');
  const findings = await marks.wait('findings');
  const results = await marks.wait('results');
  const download = await marks.wait('download');
  await idle(page);
  const lt = await longest(long);
  console.log(`  ranking: ${lt.line}`);
  figures.file = { results, download, longest: lt.longest, long: lt.long };
  const runBars = await marks.bars();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'results-heading', 'focus on the results heading');
  console.log(
    `  file: pick → status ${s(status)}; Xếp hạng → read ${s(read)}, findings ${s(findings)} (+${s(findings - read)} after the read), results ${s(results)} (+${s(results - read)}), download ${s(download)}`,
  );
  console.log(
    `  targets: findings < 3 s after the read: ${met(findings - read, FINDINGS_TARGET_MS)}; results < 5 s after the read: ${met(results - read, RESULTS_TARGET_MS)}`,
  );
  console.log(`  progress while opening: ${openBars.join(' → ') || 'indeterminate'}`);
  console.log(`  progress while ranking: ${runBars.slice(0, 6).join(' → ')}${runBars.length > 6 ? ` … (${runBars.length} readings)` : ''}`);
  // The file as picked was read when it was opened (that read reports its progress): the run reuses its grids.
  assert.ok(
    openBars.some((b) => /(\d+)%/.test(b) && !/ 0%$| 100%$/.test(b)),
    'the read reports how far along it is',
  );
  assert.ok(
    runBars.some((b) => /Đang ghi bản sao/.test(b)),
    'the write reports how far along it is',
  );
  console.log(`  Tab presses from the top to Xếp hạng: ${tabs}`);
  assert.ok(tabs <= 8, `Xếp hạng ${tabs} Tabs away`);

  // The results view: the council's tied groups named, a person found by name without diacritics
  // and their reasons opened (from the worker's last run).
  const table = page.getByRole('table', { name: 'Kết quả xếp hạng' });
  const rows = await table.getByRole('row').count();
  const council = page.getByRole('region', { name: 'Chờ Hội đồng bỏ phiếu' });
  const tiedNames = (await council.getByRole('group', { name: / · / }).getByRole('button').allInnerTexts()).map((x) => x.split('\n')[0].trim()).filter(Boolean);
  console.log(`  results: ${rows - 1} title rows; council: ${tiedNames.length} people tied at a quota boundary (${tiedNames.slice(0, 4).join(', ')}…)`);
  assert.ok(rows > 1 && tiedNames.length >= 2, 'the quota table and the tied group named');
  // Issue 25's states of the results: why nobody qualifies, where the council's votes go; at 320 px (200% zoom) nothing scrolls sideways.
  await page.locator('#results-heading').evaluate((e) => e.scrollIntoView());
  const nobody = await page.locator('[data-nobody]').allInnerTexts();
  console.log(`  titles with nobody eligible: ${nobody.join(' | ') || 'none'}`);
  console.log(
    `  council box: "${await council
      .getByText(/Biểu quyết/)
      .first()
      .innerText()}"`,
  );
  await view(page, 'scale-file-02a-results');
  await axe(page, 'results: council box, quota table');
  await page.setViewportSize({ width: 320, height: 900 });
  assert.equal(await scrollsSideways(page), false, 'no sideways scroll at 320 px');
  await view(page, 'scale-file-02b-results-320px');
  await page.setViewportSize({ width: 420, height: 900 });
  const who = tiedNames[0];
  await page.getByRole('searchbox', { name: 'Tìm người theo tên' }).fill(fold(who));
  const found = page
    .getByRole('list', { name: 'Tìm người theo tên' })
    .getByRole('button', { name: new RegExp(`^${who}`) })
    .first();
  await found.click();
  const why = page.getByRole('region', { name: `Vì sao được / không được đề xuất: ${who}` });
  await why.getByText(/Tổng điểm/).waitFor({ timeout: 30000 });
  assert.match(await why.innerText(), /chờ Hội đồng bỏ phiếu/, `${who}'s reasons say the council decides`);
  console.log(`  "${fold(who)}" found "${who}", reasons opened`);
  await view(page, 'scale-file-02-ranked');

  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Tải về sổ kết quả/ }).click()]);
  const saved = path.join(SHOTS, 'province-findings.ket-qua.xlsx');
  await dl.saveAs(saved);
  const copy = await readGrids(fs.readFileSync(saved), 'copy');
  for (const n of ['Xếp hạng', 'Tổng hợp', 'Kiểm tra', 'Nhật ký'])
    assert.ok(
      copy.sheets.some((g) => g.name === n),
      `the copy has ${n}`,
    );
  console.log(`  download: ${dl.suggestedFilename()}, ${copy.sheets.length} sheets, ${(fs.statSync(saved).size / 1024 / 1024).toFixed(1)} MB`);
  fs.unlinkSync(saved);

  // A re-run cancelled while the copy is written: the new results stay, the previous download too.
  await marks.start();
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page
    .waitForFunction(
      () => [...document.querySelectorAll('[role="progressbar"]')].some((b) => (b.getAttribute('aria-label') ?? '').startsWith('Đang ghi bản sao')),
      undefined,
      { timeout: 60000, polling: 50 },
    )
    .catch(async (e) => {
      console.log(`  bars: ${(await marks.bars()).join(' → ')}`);
      await view(page, 'scale-file-debug');
      throw e;
    });
  const cancel = page.getByRole('button', { name: 'Hủy' });
  assert.notEqual(await cancel.getAttribute('aria-disabled'), 'true', 'Hủy offered while the copy is written');
  await cancel.click();
  await page.getByText(/Đã hủy ghi bản sao/).waitFor({ timeout: 30000 });
  assert.ok(
    await page.getByRole('link', { name: /Tải về sổ kết quả \(province-findings.ket-qua.xlsx, lần chạy trước\)/ }).isVisible(),
    'the previous download is kept, said to be older',
  );
  await idle(page);
  await view(page, 'scale-file-03-write-cancelled');

  // ↻ asks for the file again (the officer fixed and saved it), instead of re-reading the old copy.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Chọn lại tệp (sau khi sửa và lưu)' }).click()]);
  const t1 = Date.now();
  await chooser.setFiles(PROVINCE);
  await page
    .getByRole('button', { name: 'Xếp hạng', exact: true })
    .and(page.locator('[aria-disabled="true"]'))
    .waitFor({ timeout: 30000 })
    .catch(() => undefined);
  await idle(page);
  await page.getByText('Đã nhận bảng chấm của 60/60 đơn vị').waitFor();
  console.log(`  ↻: the file chosen again and read, status in ${s(Date.now() - t1)}`);
  assert.equal(await page.locator('#findings-heading').count(), 0, 'the fresh file starts clean');
  await page.close();
}

async function excelMode(browser: Browser, base: string, bytes: Buffer): Promise<void> {
  console.log('in the harness (strict in-memory Excel), on the province book');
  const page = await newPage(browser, 1100);
  await page.route('**/province-findings.xlsx', (r) =>
    r.fulfill({ body: bytes, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  );
  const t0 = Date.now();
  await page.goto(`${base}harness.html?book=province-findings.xlsx`);
  await page.getByText('Đã nhận bảng chấm của 60/60 đơn vị').waitFor({ timeout: 120000 });
  const open = Date.now() - t0;
  await idle(page);
  const marks = await watchMarks(page);
  const long = await watchLongTasks(page);
  await marks.start();
  await long.start();
  const syncs0 = await page.evaluate(() => window.memoryExcel!.syncs.length);
  await page.getByRole('button', { name: 'Xếp hạng', exact: true }).click();
  const read = await marks.wait('read');
  const findings = await marks.wait('findings');
  const results = await marks.wait('results');
  const written = await marks.wait('written', 300000);
  await idle(page);
  const syncs = (await page.evaluate(() => window.memoryExcel!.syncs.length)) - syncs0;
  const maxRequest = await page.evaluate((from) => Math.max(0, ...window.memoryExcel!.syncs.slice(from).map((x) => x.requestBytes)), syncs0);
  const lt = await longest(long);
  console.log(`  ranking: ${lt.line}; largest request ${mb(maxRequest)}`);
  figures.excel = { results, written, longest: lt.longest, syncs, maxRequest };
  const bars = await marks.bars();
  console.log(
    `  Excel: page load → status ${s(open)}; Xếp hạng → read ${s(read)}, findings ${s(findings)} (+${s(findings - read)} after the read), results ${s(results)} (+${s(results - read)}), written ${s(written)}; ${syncs} syncs`,
  );
  console.log(
    `  targets: findings < 3 s after the read: ${met(findings - read, FINDINGS_TARGET_MS)}; results < 5 s after the read: ${met(results - read, RESULTS_TARGET_MS)}`,
  );
  console.log(`  progress: ${bars.slice(0, 6).join(' → ')}${bars.length > 6 ? ` … (${bars.length} readings)` : ''}`);
  const names = await page.evaluate(() => window.memoryExcel!.book.sheets.map((x) => x.name));
  for (const n of ['Xếp hạng', 'Tổng hợp', 'Kiểm tra', 'Nhật ký']) assert.ok(names.includes(n), `${n} written`);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'results-heading', 'focus on the results heading');
  await view(page, 'scale-excel-01-ranked');
  await page.close();
}

runScenario('scale e2e', async (browser, base) => {
  const t = Date.now();
  const bytes = await provinceBook();
  const r = runEngine(await readGrids(bytes, 'province'));
  console.log(
    `  province book: ${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${r.candidates.length} people in ${r.units.length} units, ${r.findings.length} findings (ready in ${s(Date.now() - t)})`,
  );
  figures.cli = cliFigures(PROVINCE);
  console.log(`  command line on the same book: thidua validate ${s(figures.cli.validate)}, thidua rank -o ${s(figures.cli.rank)} (median of 3)`);
  await fileMode(browser, base);
  await excelMode(browser, base, bytes);
  const { cli, file, excel } = figures;
  if (!cli || !file || !excel) return;
  const ok = (b: boolean) => (b ? 'met' : 'NOT met');
  console.log('issue 25 figures (the pane beside the command line, this run):');
  console.log(
    `  results ${s(file.results)} / validate ${s(cli.validate)} = ${ratio(file.results, cli.validate)} (target ≤ ${RATIO_TARGET}×: ${ok(file.results <= RATIO_TARGET * cli.validate)})`,
  );
  console.log(
    `  download ready ${s(file.download)} / rank -o ${s(cli.rank)} = ${ratio(file.download, cli.rank)} (target ≤ ${RATIO_TARGET}×: ${ok(file.download <= RATIO_TARGET * cli.rank)})`,
  );
  console.log(
    `  longest page task: file ${Math.round(file.longest)} ms, Excel ${Math.round(excel.longest)} ms (target ≤ ${LONG_TASK_TARGET_MS} ms: ${ok(Math.max(file.longest, excel.longest) <= LONG_TASK_TARGET_MS)})`,
  );
  console.log(
    `  in-memory Excel: results ${s(excel.results)} (${ratio(excel.results, cli.validate)} of validate), "Đã ghi" ${s(excel.written)} (${ratio(excel.written, cli.rank)} of rank -o); ${excel.syncs} syncs (target ≤ ${SYNCS_TARGET}: ${ok(excel.syncs <= SYNCS_TARGET)}), largest request ${mb(excel.maxRequest)} (target ≤ 4 MB: ${ok(excel.maxRequest <= REQUEST_TARGET_BYTES)})`,
  );
});
