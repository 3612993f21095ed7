/**
 * The built task pane in real Chromium (Debian's, driven by playwright-core), used as a person
 * would: outside Excel on the bundled sample file, and inside the harness with the strict
 * in-memory Excel as its host. Screenshots of every step go to e2e/screenshots/.
 *
 *   npm run e2e        (builds dist-web with the harness first)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { Browser } from 'playwright-core';
import { SHOTS, idle, newPage, runScenario, shot } from './support';

async function outsideExcel(browser: Browser, base: string): Promise<void> {
  console.log('outside Excel, on the bundled sample file');
  const page = await newPage(browser);
  await page.goto(`${base}taskpane.html?file=sample`);
  await page.getByText('Đã nhận bảng chấm của').waitFor({ timeout: 30000 });
  await page.getByText('Phong trào thi đua', { exact: false }).first().waitFor();
  await idle(page);
  await shot(page, 'file-01-status');

  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page.getByRole('heading', { name: /Kết quả kiểm tra/ }).waitFor({ timeout: 30000 });
  await page.getByText(/Đã ghi: Kiểm tra/).waitFor();
  await idle(page);
  await shot(page, 'file-02-validated');

  // A finding button is named by its own text ("Đến ô H6 của sheet P.QLXD: …"); the first one on a cell.
  const firstFinding = page.locator('button[data-finding][data-cell]:not([data-cell=""])').first();
  const label = (await firstFinding.textContent()) ?? '';
  await firstFinding.click();
  const m = /ô (\S+) của sheet (.+?):/.exec(label);
  assert.ok(m, `finding label names a cell: ${label}`);
  await page.getByRole('figure', { name: `Ô ${m[1]}, sheet ${m[2]}` }).waitFor();
  const hit = page.locator(`td[data-cell="${m[1]}"]`);
  assert.equal(await hit.count(), 1, 'the preview shows the finding cell');
  await shot(page, 'file-03-finding-clicked');

  await page.getByRole('button', { name: 'Xếp hạng', exact: true }).click();
  await page.getByRole('table', { name: 'Kết quả xếp hạng' }).waitFor({ timeout: 30000 });
  const rows = await page.getByRole('table', { name: 'Kết quả xếp hạng' }).getByRole('row').count();
  assert.ok(rows > 2, 'the quota table lists titles');
  await idle(page);
  await shot(page, 'file-04-ranked');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Tải về sổ kết quả/ }).click()]);
  const file = path.join(SHOTS, download.suggestedFilename());
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const names = wb.worksheets.map((w) => w.name);
  for (const n of ['Xếp hạng', 'Tổng hợp', 'Đề nghị khen thưởng', 'Kiểm tra', 'Nhật ký'])
    assert.ok(names.includes(n), `downloaded workbook has ${n}: ${names.join(', ')}`);
  console.log(`  downloaded ${download.suggestedFilename()} with ${names.length} sheets`);
  fs.unlinkSync(file);

  // A first-time user: the campaign template as a new file, nothing open is touched.
  await page.getByRole('button', { name: /Tạo mẫu phong trào/ }).click();
  const [tpl] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Tải về sổ mẫu phong trào/ }).click()]);
  const tplFile = path.join(SHOTS, tpl.suggestedFilename());
  await tpl.saveAs(tplFile);
  const tw = new ExcelJS.Workbook();
  await tw.xlsx.readFile(tplFile);
  assert.deepEqual(
    tw.worksheets.map((w) => w.name).filter((n) => ['Phong trào', 'Tiêu chí', 'Danh hiệu', 'Đơn vị'].includes(n)),
    ['Phong trào', 'Tiêu chí', 'Danh hiệu', 'Đơn vị'],
  );
  fs.unlinkSync(tplFile);
  console.log(`  template ${tpl.suggestedFilename()}: ${tw.worksheets.map((w) => w.name).join(', ')}`);

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Rank', exact: true }).waitFor();
  // The findings on screen are re-worded in English (the engine runs again; nothing is written).
  await page.waitForFunction(() => !document.body.innerText.includes('Điểm tiêu chí 1.1'));
  await idle(page, 'Check', 'Rank');
  await shot(page, 'file-05-english');
  await page.close();

  // Office's dark theme gives Fluent's dark theme (here forced by the page address).
  const dark = await newPage(browser);
  await dark.goto(`${base}taskpane.html?file=sample&theme=dark`);
  await dark.getByText('Đã nhận bảng chấm của').waitFor({ timeout: 30000 });
  await idle(dark);
  const bg = await dark.evaluate(() => getComputedStyle(document.querySelector('main')!).backgroundColor);
  assert.notEqual(bg, 'rgb(255, 255, 255)', 'dark theme background');
  await shot(dark, 'file-06-dark');
  await dark.close();
}

async function insideHarness(browser: Browser, base: string, api: string): Promise<void> {
  console.log(`in the harness: in-memory Excel (ExcelApi ${api}) as the host`);
  const page = await newPage(browser, 1280);
  await page.goto(`${base}harness.html?api=${api}`);
  await page.getByText('Đã nhận bảng chấm của').waitFor({ timeout: 30000 });
  const tag = api.replace('.', '_');
  await idle(page);
  await shot(page, `excel-${tag}-01-status`);

  // Keyboard only, as a user without a mouse: focus the button, press Enter.
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /Kết quả kiểm tra/ }).waitFor({ timeout: 30000 });
  const sheets = await page.evaluate(() => window.memoryExcel!.book.sheets.map((s) => s.name));
  assert.ok(sheets.includes('Kiểm tra'), `Kiểm tra written: ${sheets.join(', ')}`);
  await idle(page);
  await shot(page, `excel-${tag}-02-validated`);

  const firstFinding = page.locator('button[data-finding][data-cell]:not([data-cell=""])').first();
  const label = (await firstFinding.textContent()) ?? '';
  const m = /ô (\S+) của sheet (.+?):/.exec(label)!;
  await firstFinding.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ([sheet, cell]) => window.memoryExcel!.book.selection?.address === cell && window.memoryExcel!.book.selection?.sheet === sheet,
    [m[2], m[1]],
  );
  const active = await page.evaluate(() => window.memoryExcel!.book.activeSheet);
  assert.equal(active, m[2], 'the finding sheet is active');
  await shot(page, `excel-${tag}-03-finding-selected`);

  const before = await page.evaluate(() => window.memoryExcel!.syncs.length);
  await page.getByRole('button', { name: 'Xếp hạng', exact: true }).click();
  await page.getByRole('table', { name: 'Kết quả xếp hạng' }).waitFor({ timeout: 30000 });
  const after = await page.evaluate(() => ({
    syncs: window.memoryExcel!.syncs.length,
    failed: window.memoryExcel!.syncs.filter((s) => s.failed).length,
    active: window.memoryExcel!.book.activeSheet,
    names: window.memoryExcel!.book.sheets.map((s) => `${s.name}:${s.visibility}`),
  }));
  assert.equal(after.failed, 0);
  assert.equal(after.active, 'Xếp hạng');
  for (const n of ['Xếp hạng:Visible', 'Tổng hợp:Visible', 'Đề nghị khen thưởng:Visible', '_ThiDua:VeryHidden'])
    assert.ok(after.names.includes(n), `${n} in ${after.names.join(', ')}`);
  console.log(`  one click "Xếp hạng": ${after.syncs - before} syncs`);
  await idle(page);
  await shot(page, `excel-${tag}-04-ranked`);
  await page.close();
}

async function cancelInHarness(browser: Browser, base: string): Promise<void> {
  console.log('in the harness, a slow Excel (600 ms a sync): progress, then Hủy');
  const page = await newPage(browser, 1280);
  await page.goto(`${base}harness.html?latency=600`);
  await page.getByText('Đã nhận bảng chấm của').waitFor({ timeout: 30000 });
  await idle(page);
  const before = await page.evaluate(() => window.memoryExcel!.book.sheets.map((s) => s.name).join('|'));
  await page.getByRole('button', { name: 'Xếp hạng', exact: true }).click();
  await page.getByRole('progressbar').waitFor();
  await page.getByText('Đang đọc sổ…').first().waitFor();
  await shot(page, 'excel-cancel-01-progress');
  await page.getByRole('button', { name: 'Hủy' }).click();
  await page.getByText('Đã hủy. Sổ không thay đổi.').waitFor({ timeout: 30000 });
  const after = await page.evaluate(() => window.memoryExcel!.book.sheets.map((s) => s.name).join('|'));
  assert.equal(after, before, 'a cancelled run leaves the workbook as it was');
  await idle(page);
  await shot(page, 'excel-cancel-02-cancelled');
  await page.close();
}

runScenario('e2e', async (browser, base) => {
  await outsideExcel(browser, base);
  await insideHarness(browser, base, '1.13');
  await insideHarness(browser, base, '1.7');
  await cancelInHarness(browser, base);
});
