/**
 * Sending upward and rolling up, in the built pane in real Chromium: Gửi cấp trên outside Excel
 * (a download) and in the harness with the in-memory Excel (a new workbook through
 * Excel.createWorkbook), then the receiving level's roll-up of three files picked at once.
 * Screenshots go to e2e/screenshots/upward-*.png.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { SHOTS, focusedText, newPage, runScenario, shot as shotAs, tabTo } from './support';
import { axe } from './a11y';

const shot = (page: Page, name: string) => shotAs(page, `upward-${name}`);
import { bookBytes } from '../scripts/lib/bookFactory';
import { sampleSpec } from '../scripts/lib/sampleSpec';
import { readGrids, writeNewWorkbook } from '../src/host/file/fileHost';
import { runEngine } from '../src/core/engine/run';
import { consolidate } from '../src/core/upward/consolidate';
import { readUpwardFile } from '../src/core/upward/read';

async function ready(page: Page): Promise<void> {
  await page.getByText('Đã nhận bảng chấm của').waitFor({ timeout: 30000 });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('button')].some(
      (b) => b.textContent === 'Gửi cấp trên' && !(b as HTMLButtonElement).disabled && b.getAttribute('aria-disabled') !== 'true',
    ),
  );
}

/** An agency's upward file, made as `thidua consolidate` makes it. */
async function agencyFile(org: string, file: string): Promise<string> {
  const spec = sampleSpec();
  spec.campaign = spec.campaign.map(([k, v]) => (k === 'Đơn vị tổ chức' ? [k, org] : [k, v]));
  const book = await readGrids(await bookBytes(spec), file.replace('.gui-cap-tren', ''));
  const up = consolidate(runEngine(book), { sourceFile: book.source ?? '', now: '2025-12-10T08:00:00.000Z', version: '0.2.0' });
  const out = path.join(SHOTS, file);
  fs.writeFileSync(out, await writeNewWorkbook(up.models));
  return out;
}

async function outsideExcel(browser: Browser, base: string): Promise<void> {
  console.log('outside Excel: Gửi cấp trên on the bundled sample, then the roll-up mode');
  const page = await newPage(browser);
  await page.goto(`${base}taskpane.html?file=sample`);
  await ready(page);
  await page.getByRole('button', { name: 'Gửi cấp trên' }).click();
  await page.getByText(/Đã lập hồ sơ gửi cấp trên so-xay-dung-2025\.gui-cap-tren\.xlsx: 7 đề nghị, mã kiểm tra/).waitFor({ timeout: 30000 });
  await shot(page, 'file-01-sent');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Tải về hồ sơ gửi cấp trên/ }).click()]);
  const file = path.join(SHOTS, download.suggestedFilename());
  await download.saveAs(file);
  const g = await readGrids(fs.readFileSync(file), download.suggestedFilename());
  const back = readUpwardFile(g, download.suggestedFilename(), 'vi');
  assert.ok(back.ok, 'the downloaded upward workbook verifies');
  const shown = await page
    .getByText(/mã kiểm tra [0-9A-Z-]{19}/)
    .first()
    .textContent();
  assert.ok(shown?.includes(back.meta.checkCode), `the pane shows the file's code ${back.meta.checkCode}: ${shown}`);
  console.log(`  downloaded ${download.suggestedFilename()}: ${back.rows.length} proposals, code ${back.meta.checkCode}`);

  // The receiving level: three files picked at once, one of them the agency's own book.
  // Keyboard only: the roll-up opened and its files chosen with Tab and Enter.
  const a = await agencyFile('Sở Xây dựng', 'so-xay-dung.gui-cap-tren.xlsx');
  const b = await agencyFile('Sở Giao thông vận tải', 'so-gtvt.gui-cap-tren.xlsx');
  const stray = path.join(SHOTS, 'so-tai-chinh.xlsx');
  fs.writeFileSync(stray, await bookBytes(sampleSpec()));
  await tabTo(page, 'Cấp trên: tổng hợp hồ sơ các cơ quan');
  await page.keyboard.press('Enter');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    (async () => {
      await tabTo(page, 'Chọn các tệp hồ sơ…');
      await page.keyboard.press('Enter');
    })(),
  ]);
  await chooser.setFiles([a, b, stray]);
  const table = page.getByRole('table', { name: 'Các tệp đã nhận' });
  await table.waitFor({ timeout: 60000 });
  await page.waitForFunction(() => document.activeElement?.textContent === 'Kết quả tổng hợp');
  console.log(`  after the roll-up read its files, focus on: "${await focusedText(page)}"`);
  assert.equal(await table.getByRole('row').count(), 4, 'a row per file');
  await page
    .getByText(/là sổ thi đua của cơ quan/)
    .first()
    .waitFor();
  await page
    .getByText(/"Lê Minh Tuấn" được đề nghị ở hai nơi/)
    .first()
    .waitFor();
  await page.getByText(/Hồ sơ tổng hợp: 14 đề nghị từ 2 tệp/).waitFor();
  const twice = await page.getByText(/"Lê Minh Tuấn" được đề nghị ở hai nơi/).count();
  console.log(
    `  cross-file warning about Lê Minh Tuấn shown ${twice} time(s); code labels: ${await page.getByText('Mã tính lại').count()} recomputed, ${await page.getByText('Mã ghi trong tệp').count()} stored`,
  );
  assert.equal(twice, 1, 'a cross-file warning once');
  await axe(page, 'roll-up result');
  await shot(page, 'file-02-rollup');
  // On to the downloads by keyboard.
  await tabTo(page, /^Tải về hồ sơ tổng hợp/);
  const [roll] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Tải về hồ sơ tổng hợp/ }).click()]);
  const rollFile = path.join(SHOTS, roll.suggestedFilename());
  await roll.saveAs(rollFile);
  const rg = await readGrids(fs.readFileSync(rollFile), roll.suggestedFilename());
  const rb = readUpwardFile(rg, roll.suggestedFilename(), 'vi');
  assert.ok(rb.ok && rb.meta.level === 1 && rb.rows.length === 14, 'the roll-up is an upward workbook one level up');
  assert.equal(await page.getByRole('link', { name: /Thông báo trả lời/ }).count(), 3, 'a reply per file');
  for (const f of [file, rollFile, a, b, stray]) fs.unlinkSync(f);
  await page.close();
}

async function inHarness(browser: Browser, base: string): Promise<void> {
  console.log('in the harness: Gửi cấp trên opens a new workbook in the in-memory Excel');
  const page = await newPage(browser, 1280);
  await page.goto(`${base}harness.html`);
  await ready(page);
  const before = await page.evaluate(() => ({ syncs: window.memoryExcel!.syncs.length, sheets: window.memoryExcel!.book.sheets.map((s) => s.name).join('|') }));
  await page.getByRole('button', { name: 'Gửi cấp trên' }).click();
  await page.getByText(/Đã mở hồ sơ gửi cấp trên trong một sổ mới/).waitFor({ timeout: 30000 });
  const after = await page.evaluate(() => ({
    syncs: window.memoryExcel!.syncs.length,
    failed: window.memoryExcel!.syncs.filter((s) => s.failed).length,
    created: (window.memoryExcel as unknown as { createdWorkbooks: { bytes: number }[] }).createdWorkbooks.map((w) => w.bytes),
    sheets: window.memoryExcel!.book.sheets.map((s) => s.name).join('|'),
  }));
  assert.equal(after.created.length, 1, 'one new workbook');
  assert.equal(after.failed, 0);
  assert.equal(after.sheets, before.sheets, 'the open workbook is not changed');
  assert.ok(after.syncs - before.syncs <= 8, `sync budget: ${after.syncs - before.syncs}`);
  console.log(`  Gửi cấp trên: ${after.syncs - before.syncs} syncs (budget 8), new workbook of ${after.created[0]} bytes`);
  await shot(page, 'excel-01-sent');
  await page.close();
}

runScenario('upward e2e', async (browser, base) => {
  await outsideExcel(browser, base);
  await inHarness(browser, base);
});
