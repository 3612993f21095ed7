/**
 * The unit round trip in real Chromium: returned files imported through the pane's file picker
 * (several at once, one broken, one a resubmission), the chase list, errors marked and the
 * error file; outside Excel on the bundled sample, and in the harness with the strict in-memory
 * Excel (ExcelApi 1.13: sheets inserted from their file; 1.7: written as values), with the
 * number of syncs checked. Screenshots go to e2e/screenshots/.
 *
 *   npm run e2e        (builds dist-web with the harness first)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { ROOT, SHOTS, focusedText, newPage, runScenario, scrollsSideways, shot, tabTo } from './support';
import { axe } from './a11y';
import { readGrids } from '../src/host/file/fileHost';
import { runEngine } from '../src/core/engine/run';
import { buildUnitTemplate } from '../src/core/roundtrip/template';
import { fillTemplate, unitFile } from '../test/scenarios/roundtrip/support';

const FILES = path.join(SHOTS, 'roundtrip-files');
/**
 * One click "Nhập": the import (insert, rename, fingerprint, Ngày nộp, records, marker: about 4),
 * reading the workbook again and writing Kiểm tra and Nhật ký (about 6), the pane's status (about 3).
 */
const IMPORT_SYNC_BUDGET = 20;
/** One click Đánh dấu lỗi: reading the workbook for its findings (about 3), the marks (3), and the pane reading it again for the list and its status (about 6). */
const MARK_SYNC_BUDGET = 15;

/** The files units send back: TTKĐ's first sheet, a KHTC sheet (KHTC already has one), a broken file. */
async function makeFiles(): Promise<string[]> {
  fs.mkdirSync(FILES, { recursive: true });
  const sample = await readGrids(fs.readFileSync(path.join(ROOT, 'samples', 'so-xay-dung-2025.xlsx')), 'sample');
  const r = runEngine(sample);
  const tpl = (code: string) =>
    buildUnitTemplate(
      r,
      r.units.find((u) => u.code === code)!,
      [],
      { appraisal: false },
    );
  const person = (name: string, dob: string, s: number) => ({
    name,
    dob,
    rating: 'HTTNV',
    evidence: 'Báo cáo năm',
    scores: { '1.1': s, '1.2': 16, '1.3': 8, '2.1': 8, '2.2': 8, '3.1': 8, '3.2': 8 },
  });
  const files = [
    [
      'TTKD - Trung tam Kiem dinh.xlsx',
      await unitFile(
        fillTemplate(tpl('TTKĐ'), [person('Đỗ Văn Kiểm', '01/02/1983', 27), person('Vũ Thị Định', '03/04/1990', 25), person('Lê Quang Thử', '05/06/1992', 24)]),
      ),
    ],
    ['KHTC - gui lai.xlsx', await unitFile(fillTemplate(tpl('KHTC'), [person('Đỗ Hữu Cường', '14/11/1999', 28)]))],
    ['bao-cao.xlsx', Buffer.from('%PDF-1.4 a report saved with the wrong name')],
  ] as const;
  return files.map(([name, bytes]) => {
    const p = path.join(FILES, name);
    fs.writeFileSync(p, bytes);
    return p;
  });
}

async function importFiles(page: Page, files: string[]): Promise<void> {
  await page.getByLabel('Nhập bảng chấm…').setInputFiles(files);
  await page.getByRole('list', { name: 'Xem trước khi nhập' }).waitFor({ timeout: 30000 });
}

async function outsideExcel(browser: Browser, base: string, files: string[]): Promise<void> {
  console.log('outside Excel: import into a copy, chase list, error file');
  const page = await newPage(browser);
  await page.goto(`${base}taskpane.html?file=sample`);
  await page.getByText('Đã nhận bảng chấm của').waitFor({ timeout: 30000 });
  // Keyboard only: Tab to "Nhập bảng chấm…", Enter opens the file chooser.
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    (async () => {
      await tabTo(page, 'Nhập bảng chấm…');
      await page.keyboard.press('Enter');
    })(),
  ]);
  await chooser.setFiles(files);
  await page.getByRole('list', { name: 'Xem trước khi nhập' }).waitFor({ timeout: 30000 });
  const review = page.getByRole('list', { name: 'Xem trước khi nhập' });
  await page.waitForFunction(() => document.activeElement?.textContent === 'Xem trước khi nhập');
  console.log(`  after picking files, focus on: "${await focusedText(page)}"`);
  assert.ok(await review.getByText('Nhập mới').isVisible(), 'TTKĐ comes in');
  assert.ok(await review.getByText('Nộp lại: không thay').isVisible(), "KHTC: the sample sheet is the office's own, not replaced");
  assert.ok(await page.getByText(/Tệp "bao-cao.xlsx" không phải sổ tính Excel .xlsx/).isVisible(), 'the broken file is named');
  // The changes summed up first; the lines on demand.
  const summary = page.locator('[data-change-summary]');
  console.log(`  change summary: ${(await summary.innerText()).replace(/\n+/g, ' | ')}`);
  assert.match(await summary.innerText(), /người bỏ đi|ô điểm/);
  assert.equal(await page.getByLabel('Thay đổi so với bảng cũ: Phòng Kế hoạch - Tài chính').count(), 0, 'the lines wait until asked for');
  // Ngày nộp shown, by default the file's last-saved date, said so.
  const date = page.getByLabel('Ngày nộp của TTKD - Trung tam Kiem dinh.xlsx');
  console.log(
    `  Ngày nộp field: ${await date.inputValue()} (${
      (await page
        .getByText(/Mặc định: ngày tệp được lưu lần cuối|Tệp không ghi ngày lưu/)
        .first()
        .textContent()) ?? ''
    })`,
  );
  await axe(page, 'round trip: review, summary first');
  await shot(page, 'roundtrip-file-01-review');
  await tabTo(page, /^Xem chi tiết \d+ thay đổi$/);
  await page.keyboard.press('Enter');
  assert.ok(await page.getByLabel('Thay đổi so với bảng cũ: Phòng Kế hoạch - Tài chính').isVisible(), 'the changes are shown on demand');
  await axe(page, 'round trip: review, details open');
  await shot(page, 'roundtrip-file-01b-details');
  // The date changed by keyboard: the review is read again with it, focus stays in the field.
  await date.focus();
  await date.fill('2025-12-05');
  await page.getByText(/Trung tâm Kiểm định chất lượng xây dựng 05\/12\/2025/).waitFor({ timeout: 30000 });
  assert.equal(await page.getByText('Ngày bạn đã chọn.').count(), 1, 'the chosen date is said to be chosen');
  await tabTo(page, 'Nhập 1 bảng');
  await page.keyboard.press('Enter');
  const link = page.getByRole('link', { name: /Tải về so-xay-dung-2025.ket-qua.xlsx/ });
  await link.waitFor({ timeout: 30000 });
  await page.waitForFunction(() => document.activeElement?.tagName === 'H3');
  console.log(`  after "Nhập 1 bảng", focus on: "${await focusedText(page)}"`);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const saved = path.join(FILES, download.suggestedFilename());
  await download.saveAs(saved);
  const copy = await readGrids(fs.readFileSync(saved), 'copy');
  const r = runEngine(copy);
  assert.deepEqual(r.sheets.find((s) => s.unitName === 'Trung tâm Kiểm định chất lượng xây dựng')?.candidates.length, 3, "the copy holds TTKĐ's sheet");
  assert.ok(
    copy.sheets.some((s) => s.name === '_ThiDua_DonVi' && s.visibility === 'veryHidden'),
    'the import is recorded',
  );
  await shot(page, 'roundtrip-file-02-imported');

  await tabTo(page, 'Đôn đốc', 80, true);
  await page.keyboard.press('Enter');
  const chase = page.getByRole('list', { name: 'Đôn đốc' });
  await chase.waitFor({ timeout: 30000 });
  await page.waitForFunction(() => document.activeElement?.tagName === 'H3');
  console.log(`  after Đôn đốc, focus on: "${await focusedText(page)}"`);
  await page.getByText('Đang xử lý…').waitFor({ state: 'hidden', timeout: 30000 });
  await axe(page, 'round trip: chase list');
  assert.ok(await chase.getByText('Phòng Quản lý xây dựng', { exact: true }).isVisible());
  await shot(page, 'roundtrip-file-03-chase');

  await tabTo(page, 'Đánh dấu lỗi…', 80, true);
  await page.keyboard.press('Enter');
  const row = page.getByRole('listitem', { name: 'P.QLXD' });
  await row.waitFor({ timeout: 30000 });
  console.log(`  marks list: ${(await row.innerText()).split('\n').slice(0, 2).join(' · ')}`);
  // Checked once the step is over: while it runs, its buttons are off (aria-disabled, greyed).
  await page.getByText('Đang xử lý…').waitFor({ state: 'hidden', timeout: 30000 });
  // Fluent fades colours back from the busy state: axe reads them once the fade is over.
  await page.waitForTimeout(1500);
  await axe(page, 'round trip: marks list');
  await row.getByRole('button', { name: 'Tệp báo lỗi cho đơn vị' }).focus();
  await page.keyboard.press('Enter');
  const efLink = row.getByRole('link', { name: /Tải về P.QLXD - bao loi.xlsx/ });
  await efLink.waitFor({ timeout: 30000 });
  const [ef] = await Promise.all([page.waitForEvent('download'), efLink.click()]);
  const efPath = path.join(FILES, ef.suggestedFilename());
  await ef.saveAs(efPath);
  const efBook = await readGrids(fs.readFileSync(efPath), 'ef');
  assert.deepEqual(
    efBook.sheets.map((s) => s.name),
    ['P.QLXD'],
  );
  await shot(page, 'roundtrip-file-04-error-file');
  await page.close();
}

async function insideHarness(browser: Browser, base: string, api: string, files: string[]): Promise<void> {
  console.log(`in the harness (ExcelApi ${api}): import, mark, unmark`);
  const tag = api.replace('.', '_');
  const page = await newPage(browser, 1280);
  await page.goto(`${base}harness.html?api=${api}`);
  await page.getByText('Đã nhận bảng chấm của').waitFor({ timeout: 30000 });
  await importFiles(page, files);
  await shot(page, `roundtrip-excel-${tag}-01-review`);
  const before = await page.evaluate(() => window.memoryExcel!.syncs.length);
  await page.getByRole('button', { name: 'Nhập 1 bảng' }).click();
  await page
    .getByText('Đã nhập: "Trung tâm Kiểm định chất lượng xây dựng"', { exact: false })
    .or(page.getByText(/Đã nhập: "TTKĐ"/))
    .waitFor({ timeout: 30000 });
  const after = await page.evaluate(() => ({
    syncs: window.memoryExcel!.syncs.length,
    failed: window.memoryExcel!.syncs.filter((s) => s.failed).length,
    names: window.memoryExcel!.book.sheets.map((s) => `${s.name}:${s.visibility}`),
    active: window.memoryExcel!.book.activeSheet,
  }));
  const importSyncs = after.syncs - before;
  console.log(`  import: ${importSyncs} syncs (budget ${IMPORT_SYNC_BUDGET})`);
  assert.equal(after.failed, 0);
  assert.ok(importSyncs <= IMPORT_SYNC_BUDGET, `import syncs ${importSyncs}`);
  assert.ok(after.names.includes('TTKĐ:Visible'), after.names.join(', '));
  assert.ok(after.names.includes('_ThiDua_DonVi:VeryHidden'));
  assert.equal(after.active, 'TTKĐ');
  if (api === '1.7') assert.ok(await page.getByText(/chưa chèn được sheet từ tệp/).isVisible(), 'the values fallback is said');
  await shot(page, `roundtrip-excel-${tag}-02-imported`);

  const look = () =>
    page.evaluate(() => {
      const s = window.memoryExcel!.book.sheet('P.QLXD')!;
      return JSON.stringify({ f: [...s.formats.entries()].sort(), c: [...s.comments.entries()].sort() });
    });
  const untouched = await look();
  // A neighbour's hint (shown where the pointer was left, or on focus) may sit over this button:
  // the pointer moves away and Escape closes it, as a user's would.
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');
  await page
    .getByRole('tooltip')
    .waitFor({ state: 'hidden', timeout: 5000 })
    .catch(() => undefined);
  await page.getByRole('button', { name: 'Đánh dấu lỗi…' }).click();
  const row = page.getByRole('listitem', { name: 'P.QLXD' });
  await row.waitFor({ timeout: 30000 });
  const m0 = await page.evaluate(() => window.memoryExcel!.syncs.length);
  await row.getByRole('button', { name: 'Đánh dấu lỗi', exact: true }).click();
  await page.getByText(/Đã đánh dấu \d+ ô/).waitFor({ timeout: 30000 });
  const m1 = await page.evaluate(() => window.memoryExcel!.syncs.length);
  const fill = await page.evaluate(() => window.memoryExcel!.book.formatAt('P.QLXD', 5, 7).fill);
  assert.equal(fill, '#FFC7CE');
  if (api === '1.13') assert.ok(await page.evaluate(() => window.memoryExcel!.book.sheet('P.QLXD')!.comments.size > 0), 'notes added');
  console.log(`  mark: ${m1 - m0} syncs, the reads before and after included (budget ${MARK_SYNC_BUDGET})`);
  assert.ok(m1 - m0 <= MARK_SYNC_BUDGET);
  await shot(page, `roundtrip-excel-${tag}-03-marked`);
  await page.getByRole('listitem', { name: 'P.QLXD' }).getByRole('button', { name: 'Xóa đánh dấu' }).click();
  await page.getByText(/Đã trả lại \d+ ô như cũ/).waitFor({ timeout: 30000 });
  assert.equal(await look(), untouched, 'formats and notes exactly as before');
  await shot(page, `roundtrip-excel-${tag}-04-unmarked`);
  await page.close();
}

/** Before a book is open: the five buttons are off but reachable, and their hints say why. Also at 320 px (200% zoom). */
async function beforeBook(browser: Browser, base: string): Promise<void> {
  console.log("before a book is open: the round trip's buttons say why they are off");
  const page = await newPage(browser, 320);
  await page.goto(`${base}taskpane.html`);
  await page.getByRole('button', { name: 'Mở dữ liệu mẫu' }).waitFor({ timeout: 30000 });
  for (const name of ['Mẫu cho đơn vị', 'Nhập bảng chấm…', 'Đôn đốc', 'Đánh dấu lỗi…', 'Bảng mã cũ…']) {
    const b = page.getByRole('button', { name, exact: true });
    assert.equal(await b.getAttribute('aria-disabled'), 'true', `${name} is off`);
  }
  await tabTo(page, 'Mẫu cho đơn vị');
  const tip = page.getByRole('tooltip');
  await tip.waitFor({ timeout: 5000 });
  const said = (await tip.textContent()) ?? '';
  console.log(`  focused "Mẫu cho đơn vị" (off): hint "${said}"`);
  assert.match(said, /^Chưa dùng được: chọn sổ thi đua/);
  assert.equal(await scrollsSideways(page), false, 'no sideways scroll at 320 px');
  await axe(page, 'round trip: buttons off before a book');
  await shot(page, 'roundtrip-file-00-before-book');
  await page.close();
}

runScenario('roundtrip e2e', async (browser, base) => {
  const files = await makeFiles();
  await beforeBook(browser, base);
  await outsideExcel(browser, base, files);
  await insideHarness(browser, base, '1.13', files);
  await insideHarness(browser, base, '1.7', files);
});
