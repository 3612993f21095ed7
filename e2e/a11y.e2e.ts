/**
 * The pane's accessibility and error paths in real Chromium: axe-core with no violation of impact
 * moderate or above in every main state (start, its hint hidden and shown; file open; after
 * Kiểm tra; after Xếp hạng; the question before replacing an edited sheet; an error), focus
 * after each run, the keyboard path to Xếp hạng, the disabled Gửi cấp trên still focusable, 200%
 * zoom (320 CSS px), forced colours, and one clear message for each kind of wrong file.
 * Screenshots go to e2e/screenshots/.
 *
 *   npm run e2e        (builds dist-web with the harness first)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { ROOT, SHOTS, idle, newPage, rankThenEditRanking, runScenario, shot } from './support';
import { axe, fileOf, noSidewaysScroll } from './a11y';

const FILES = path.join(SHOTS, 'a11y-files');
const SAMPLE = fs.readFileSync(path.join(ROOT, 'samples', 'so-xay-dung-2025.xlsx'));

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || '');

async function startAndErrors(browser: Browser, base: string): Promise<void> {
  console.log('first start: the sample offered, not opened; wrong files each with their own message');
  const page = await newPage(browser);
  await page.goto(`${base}taskpane.html`);
  await page.getByRole('button', { name: 'Mở dữ liệu mẫu' }).waitFor({ timeout: 30000 });
  assert.equal(await page.getByText('Đã nhận bảng chấm của').count(), 0, 'no workbook opened by itself');
  assert.equal(await page.getByRole('button', { name: 'Xếp hạng', exact: true }).getAttribute('aria-disabled'), 'true');
  // Gửi cấp trên, disabled, still takes focus so its hint is read.
  const send = page.getByRole('button', { name: 'Gửi cấp trên' });
  const hintId = await send.getAttribute('aria-describedby');
  assert.ok(hintId, 'its hint is its description');
  const hint = page.locator(`[id="${hintId}"]`);
  // The start state scanned both ways, the hint hidden and shown: axe sees the hint only while it shows.
  await hint.waitFor({ state: 'hidden' });
  await shot(page, 'a11y-01-start');
  await axe(page, 'start, hint hidden');
  await send.focus();
  assert.equal(await send.evaluate((b) => b === document.activeElement), true, 'the disabled Gửi cấp trên takes focus');
  assert.equal(await send.getAttribute('aria-disabled'), 'true');
  await send.hover();
  await hint.waitFor({ state: 'visible' });
  assert.match(await hint.innerText(), /^Chưa dùng được: cần mở một sổ thi đua đọc được trước\./, 'the hint says first why the button is off');
  const where = await hint.evaluate((h) => ({ inMain: !!h.closest('main'), lang: h.closest('[lang]')?.getAttribute('lang') ?? null }));
  console.log(`  hint shown: inside <main> ${where.inMain}, language ${where.lang}`);
  await shot(page, 'a11y-01-start-hint');
  await axe(page, 'start, hint shown');
  assert.ok(where.inMain, "the shown hint is inside the pane's main landmark");
  await page.keyboard.press('Escape');
  await hint.waitFor({ state: 'hidden' });
  // So does Xếp hạng (and Kiểm tra, the same way).
  const rank = page.getByRole('button', { name: 'Xếp hạng', exact: true });
  const rankHint = page.locator(`[id="${await rank.getAttribute('aria-describedby')}"]`);
  await rank.hover();
  await rankHint.waitFor({ state: 'visible' });
  assert.match(await rankHint.innerText(), /^Chưa dùng được: chọn sổ thi đua \(\.xlsx\) trước\. Tính điểm/, 'Xếp hạng says first why it is off');
  await shot(page, 'a11y-01-start-rank-hint');
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');
  await rankHint.waitFor({ state: 'hidden' });

  const cases: [string, Uint8Array | Buffer, RegExp][] = [
    ['danh-sach.txt', Buffer.from('STT;Họ và tên\n1;Nguyễn Văn An\n'), /"danh-sach.txt" không phải là sổ tính Excel .xlsx/],
    [
      'so-cu.xls',
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]),
      /"so-cu.xls" là tệp Excel 97–2003 \(.xls\)/,
    ],
    ['rong.xlsx', Buffer.alloc(0), /"rong.xlsx" là tệp rỗng \(0 byte\)/],
    ['tai-do-dang.xlsx', SAMPLE.subarray(0, Math.floor(SAMPLE.length / 2)), /"tai-do-dang.xlsx" bị hỏng hoặc không trọn vẹn/],
  ];
  for (const [i, [name, bytes, text]] of cases.entries()) {
    await page.getByLabel('Chọn tệp Excel…').setInputFiles(fileOf(FILES, name, bytes));
    await page.getByText(text).waitFor({ timeout: 30000 });
    // One message, and the buttons that would repeat it stay off until another file is picked.
    assert.equal(await page.getByRole('alert').count(), 1, `${name}: one message`);
    for (const b of ['Kiểm tra', 'Xếp hạng'])
      assert.equal(await page.getByRole('button', { name: b, exact: true }).getAttribute('aria-disabled'), 'true', `${name}: ${b} off`);
    assert.equal(await activeId(page), 'pane-notes', `${name}: focus on the message`);
    console.log(`  ${name}: ${(await page.getByRole('alert').innerText()).slice(0, 90)}…`);
    if (i === 0) {
      await shot(page, 'a11y-02-error-txt');
      await axe(page, 'error');
    }
  }
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByText(/"tai-do-dang.xlsx" is damaged or incomplete/).waitFor();
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();

  // The sample, opened on purpose, is marked as such; after a bad file the buttons work again.
  await page.getByRole('button', { name: 'Mở dữ liệu mẫu' }).click();
  await page.getByText('Đã nhận bảng chấm của').waitFor({ timeout: 30000 });
  await idle(page);
  assert.ok(await page.getByText('Dữ liệu mẫu — không phải của đơn vị bạn').isVisible(), 'the sample is labelled');
  await shot(page, 'a11y-03-sample-open');
  await axe(page, 'file open');
  await page.close();
}

async function keyboardAndFocus(browser: Browser, base: string): Promise<void> {
  console.log('keyboard: Tab to Xếp hạng, focus after each run, results before findings');
  const page = await newPage(browser);
  await page.goto(`${base}taskpane.html?file=sample`);
  await page.getByText('Đã nhận bảng chấm của').waitFor({ timeout: 30000 });
  await idle(page);
  let tabs = 0;
  while (tabs < 40) {
    await page.keyboard.press('Tab');
    tabs++;
    if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Xếp hạng') break;
  }
  console.log(`  Xếp hạng reached after ${tabs} Tab presses`);
  assert.ok(tabs <= 8, `Xếp hạng is ${tabs} Tabs away`);

  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page.getByText(/Đã ghi: Kiểm tra/).waitFor({ timeout: 30000 });
  await idle(page);
  assert.equal(await activeId(page), 'findings-heading', 'after Kiểm tra, focus on the findings heading');
  await axe(page, 'after validate');

  await page.keyboard.press('Shift+Tab');
  await page.getByRole('button', { name: 'Xếp hạng', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByText(/Đã ghi: .*Xếp hạng/).waitFor({ timeout: 30000 });
  await idle(page);
  assert.equal(await activeId(page), 'results-heading', 'after Xếp hạng, focus on the results heading');
  const order = await page.evaluate(
    () => document.getElementById('results-heading')!.compareDocumentPosition(document.getElementById('findings-heading')!) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  assert.ok(order, 'the results come before the findings');
  // Tab from the results heading: the results' own controls (if any) come before the first finding.
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => {
    const a = document.activeElement!;
    const findings = document.getElementById('findings-heading')!.closest('section')!;
    return { inFindings: findings.contains(a), label: a.getAttribute('aria-label') ?? a.textContent ?? '' };
  });
  console.log(`  first Tab after the results heading: ${next.inFindings ? 'the findings' : 'the results'} (${next.label.slice(0, 60)})`);
  await shot(page, 'a11y-04-ranked');
  await axe(page, 'after rank');

  const landmarks = await page.evaluate(() =>
    [...document.querySelectorAll('main, section[aria-label], section[aria-labelledby], nav, aside, header, footer, [role="region"]')].map(
      (e) => `${e.tagName}:${e.getAttribute('aria-label') ?? document.getElementById(e.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''}`,
    ),
  );
  const named = landmarks.filter((l) => l.startsWith('SECTION') || l.includes('region'));
  assert.equal(new Set(named).size, named.length, `landmark names repeat: ${named.join(' | ')}`);

  // Forced colours: the picked finding keeps an outline in a system colour.
  await page.emulateMedia({ forcedColors: 'active' });
  const findings = page.locator('button[data-finding]');
  await findings.nth(1).click();
  await page.evaluate(() => (document.getElementById('findings-heading') as HTMLElement).focus());
  const look = await page.evaluate(() => {
    const bs = [...document.querySelectorAll('button[data-finding]')] as HTMLElement[];
    const picked = bs.find((b) => b.getAttribute('aria-pressed') === 'true');
    const [a, b] = [picked, bs.find((x) => x !== picked)].map((x) => {
      if (!x) return 'none picked';
      const c = getComputedStyle(x);
      return `${c.outlineStyle} ${c.outlineWidth} ${c.outlineColor} / ${c.borderStyle} ${c.borderColor}`;
    });
    return { picked: a, other: b };
  });
  console.log(`  forced colours: picked finding "${look.picked}", others "${look.other}"`);
  assert.notEqual(look.picked, look.other, 'the picked finding is told apart in forced colours');
  // The viewport around the picked finding (the full page is long).
  await findings.nth(1).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'a11y-05-forced-colours.png'), animations: 'disabled' });
  console.log('  screenshot a11y-05-forced-colours.png');
  await page.emulateMedia({ forcedColors: 'none' });
  await page.close();
}

async function zoom(browser: Browser, base: string): Promise<void> {
  console.log('200% zoom: the pane at 320 CSS px');
  const page = await newPage(browser, 320);
  await page.goto(`${base}taskpane.html?file=sample`);
  await page.getByText('Đã nhận bảng chấm của').waitFor({ timeout: 30000 });
  await idle(page);
  await noSidewaysScroll(page, 'status at 320 px', 'Xếp hạng');
  await page.getByRole('button', { name: 'Xếp hạng', exact: true }).click();
  await page.getByText(/Đã ghi: .*Xếp hạng/).waitFor({ timeout: 30000 });
  await idle(page);
  await noSidewaysScroll(page, 'ranked at 320 px', 'Xếp hạng');
  await shot(page, 'a11y-06-zoom-320');
  await page.close();
}

async function conflictQuestion(browser: Browser, base: string): Promise<void> {
  console.log('in the harness: the question before replacing an edited sheet');
  const page = await newPage(browser, 1100);
  await rankThenEditRanking(page, base);
  await page.getByRole('button', { name: 'Ghi đè' }).waitFor({ timeout: 30000 });
  await shot(page, 'a11y-07-question');
  await axe(page, 'conflict question', '#root');
  // From the question's answers, Tab reaches the run's Hủy (the run waits on the officer meanwhile).
  await page.getByRole('button', { name: 'Ghi đè' }).focus();
  let reached = false;
  for (let i = 0; i < 30 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.textContent === 'Hủy');
  }
  assert.ok(reached, 'Hủy reachable by Tab while the question is open');
  await page.getByRole('button', { name: 'Không, giữ nguyên' }).click();
  await page.getByText(/Không ghi gì/).waitFor({ timeout: 30000 });
  await page.close();
}

runScenario('a11y e2e', async (browser, base) => {
  await startAndErrors(browser, base);
  await keyboardAndFocus(browser, base);
  await zoom(browser, base);
  await conflictQuestion(browser, base);
});
