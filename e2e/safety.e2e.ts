/**
 * A generated sheet edited by hand, in the real pane (Chromium, harness with the strict in-memory
 * Excel): the next "Xếp hạng" asks "Sheet X đã bị sửa từ lần chạy trước — ghi đè?"; "Không" keeps
 * the edit and writes nothing, "Ghi đè" replaces it. Screenshots go to e2e/screenshots/.
 *
 *   npm run e2e        (builds dist-web with the harness first)
 */
import assert from 'node:assert/strict';
import { Page } from 'playwright-core';
import { idle, newPage, rankThenEditRanking, runScenario, shot } from './support';

const cell = (page: Page) => page.evaluate(() => window.memoryExcel!.book.sheet('Xếp hạng')!.cells.get('5,3') ?? null);

runScenario('safety e2e', async (browser, base) => {
  console.log('in the harness: a generated sheet edited by hand since the last run');
  const page = await newPage(browser, 420);
  // The officer types over a name in the ranking (row 6, column D), then ranks again.
  await rankThenEditRanking(page, base);
  await page.getByText('Sheet "Xếp hạng" đã bị sửa từ lần chạy trước — ghi đè?').waitFor({ timeout: 30000 });
  // The run is paused on the officer, and says so where its progress always is, with Hủy.
  await page.getByRole('progressbar', { name: 'Đang chờ bạn trả lời câu hỏi ghi đè ở trên…' }).waitFor();
  assert.ok(await page.getByRole('button', { name: 'Hủy' }).isEnabled(), 'Hủy usable while asking');
  await shot(page, 'safety-01-asked');
  await page.getByRole('button', { name: 'Không, giữ nguyên' }).click();
  await page.getByText(/Không ghi gì: sheet "Xếp hạng" được giữ nguyên/).waitFor({ timeout: 30000 });
  await idle(page);
  assert.equal(await cell(page), 'Sửa tay', 'the edit is kept on "no"');
  assert.ok(!(await page.evaluate(() => window.memoryExcel!.book.sheets.some((s) => s.name.includes('(2)')))), 'nothing written');
  await shot(page, 'safety-02-kept');

  await page.getByRole('button', { name: 'Xếp hạng', exact: true }).click();
  await page.getByRole('button', { name: 'Ghi đè' }).click();
  await page.getByText(/Đã ghi: /).waitFor({ timeout: 30000 });
  await idle(page);
  assert.notEqual(await cell(page), 'Sửa tay', 'replaced on "yes"');
  await shot(page, 'safety-03-replaced');
  await page.close();
});
