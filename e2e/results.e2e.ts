/**
 * The results and findings views on the province book as units send it (60 units, 9,001 people,
 * ~13,000 findings), in Chromium outside Excel: a person found by search without diacritics and
 * their reasons opened (asked of the engine's worker), the council's tied group named, findings
 * narrowed by kind and a finding far down picked, axe-core on every state. Screenshots go to
 * e2e/screenshots/results-*.png.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Page } from 'playwright-core';
import { bookBytes, buildBook } from '../scripts/lib/bookFactory';
import { provinceWithFindings } from '../scripts/lib/provinceFindings';
import { workbookToGrids } from '../test/support/exceljsGrids';
import { EngineSession } from '../src/taskpane/worker/runner';
import { groupsOf } from '../src/taskpane/features/results/state';
import { fold } from '../src/core/text/normalize';
import { ROOT, idle, newPage, runScenario, shot } from './support';

const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** axe-core on the views of this feature (the results and findings sections): no serious or critical violation. */
async function axe(page: Page, state: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> };
    };
    // The two sections, named by aria-label or by their heading (aria-labelledby).
    const include = [...document.querySelectorAll('section')]
      .filter((e) =>
        /^(Kết quả xếp hạng|Kết quả kiểm tra)/.test(
          e.getAttribute('aria-label') ?? document.getElementById(e.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
        ),
      )
      .map((e) => [
        e.hasAttribute('aria-label')
          ? `section[aria-label="${e.getAttribute('aria-label')}"]`
          : `section[aria-labelledby="${e.getAttribute('aria-labelledby')}"]`,
      ]);
    if (include.length === 0) throw new Error('no results or findings section to check');
    const r = await w.axe.run({ include }, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  const bad = found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  console.log(
    `  axe (${state}): ${found.length} violation kind(s), ${bad.length} serious/critical${found.length ? `: ${found.map((v) => `${v.id}/${v.impact}`).join(', ')}` : ''}`,
  );
  assert.deepEqual(bad, [], `axe serious/critical in ${state}: ${JSON.stringify(bad, null, 1)}`);
}

runScenario('results', async (browser, base) => {
  // The same book the state tests use, and what the engine makes of it, to check the page against.
  const spec = provinceWithFindings();
  const file = path.join(os.tmpdir(), `tinh-60-don-vi-${process.pid}.xlsx`);
  fs.writeFileSync(file, await bookBytes(spec));
  const expected = new EngineSession().run({
    grids: workbookToGrids(buildBook(spec), 'tinh.xlsx'),
    action: 'rank',
    lang: 'vi',
    now: new Date().toISOString(),
    version: 'e2e',
    summaryOnly: true,
  }).summary;
  const people = expected.people!;
  const tied = groupsOf(expected).filter((g) => g.tied.length > 0);
  assert.ok(tied.length > 0, 'the book has a tie at a quota boundary');
  // Someone whose name has diacritics and who is cut by a quota: their reasons say why.
  const cutGroup = groupsOf(expected).find((g) =>
    g.cut.some((i) => /[ễữạảăơđ]/.test(people.name[i]) && people.name.filter((n) => n === people.name[i]).length === 1),
  )!;
  const who = cutGroup.cut.find((i) => /[ễữạảăơđ]/.test(people.name[i]) && people.name.filter((n) => n === people.name[i]).length === 1)!;
  const name = people.name[who];

  const page = await newPage(browser, 380);
  try {
    await page.goto(`${base}taskpane.html`);
    // The pane is up (it may have opened nothing yet): the file button is there.
    await page.getByRole('button', { name: /Chọn tệp Excel/ }).waitFor({ timeout: 30000 });
    const t0 = Date.now();
    await page.getByLabel('Chọn tệp Excel…').setInputFiles(file);
    await page.getByText('Đã nhận bảng chấm của 60/60 đơn vị').waitFor({ timeout: 60000 });
    await idle(page);
    const t1 = Date.now();
    await page.getByRole('button', { name: 'Xếp hạng', exact: true }).click();
    await page.getByRole('table', { name: 'Kết quả xếp hạng' }).waitFor({ timeout: 120000 });
    const t2 = Date.now();
    await page.getByRole('link', { name: /Tải về sổ kết quả/ }).waitFor({ timeout: 120000 });
    await idle(page);
    console.log(`  pick → status ${t1 - t0} ms; Xếp hạng → results and findings on screen ${t2 - t1} ms; → download offered ${Date.now() - t1} ms`);
    await shot(page, 'results-01-ranked');
    // A 320-pixel pane: nothing of these views makes the pane scroll sideways.
    await page.setViewportSize({ width: 320, height: 900 });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(wide <= 0, `the pane scrolls sideways by ${wide} px at 320 px`);
    await page.setViewportSize({ width: 380, height: 900 });
    await axe(page, 'ranked');

    // The council's tied groups, named.
    const council = page.getByRole('region', { name: 'Chờ Hội đồng bỏ phiếu' });
    for (const g of tied)
      for (const i of g.tied)
        await council
          .getByRole('button', { name: new RegExp(people.name[i]) })
          .first()
          .waitFor();
    console.log(`  council: ${tied.map((g) => `${g.title} · ${g.scope}: ${g.tied.map((i) => people.name[i]).join(', ')}`).join(' | ')}`);

    // A person found by their name typed without diacritics; their reasons opened.
    const search = page.getByRole('searchbox', { name: 'Tìm người theo tên' });
    await search.fill(fold(name));
    const found = page
      .getByRole('list', { name: 'Tìm người theo tên' })
      .getByRole('button', { name: new RegExp(`^${name}`) })
      .first();
    await found.waitFor();
    await found.click();
    const why = page.getByRole('region', { name: `Vì sao được / không được đề xuất: ${name}` });
    await why.getByText(/Tổng điểm/).waitFor({ timeout: 30000 });
    const text = await why.innerText();
    assert.match(text, new RegExp(`${cutGroup.title}: đủ điều kiện nhưng ngoài chỉ tiêu`), `the reasons say why: ${text}`);
    assert.equal(await found.getAttribute('aria-expanded'), 'true');
    console.log(`  "${fold(name)}" found "${name}"; reasons: ${text.split('\n').slice(1, 3).join(' / ')}`);
    await found.scrollIntoViewIfNeeded();
    await shot(page, 'results-02-person');
    await axe(page, 'person opened');
    // The link to the person's row is the App's cell navigation (the one findings use).
    const link = why.getByRole('button', { name: /Đến dòng của người này/ });
    assert.equal(await link.count(), 1, "a link to the person's row");
    await link.click();

    // Findings narrowed by kind; a finding far down picked, its preview beside it.
    const findings = page.getByRole('region', { name: 'Kết quả kiểm tra' });
    await findings.locator('button[data-kind="SCORE_MISSING"]').click();
    const missing = expected.findings.filter((f) => f.code === 'SCORE_MISSING').length;
    await findings.getByText(`Đang hiện ${missing.toLocaleString('vi-VN')} / ${expected.findings.length.toLocaleString('vi-VN')} phát hiện`).waitFor();
    const list = findings.getByRole('list', { name: 'Danh sách phát hiện' });
    const rendered = await list.getByRole('listitem').count();
    assert.ok(rendered < 60, `only a screen of ${missing} findings is rendered (${rendered})`);
    // Scroll the list far down, as a user would, and pick one there.
    await list.evaluate((el) => (el.scrollTop = el.scrollHeight * 0.8));
    await page.waitForTimeout(300);
    const far = list.locator('button[data-finding="SCORE_MISSING"]').nth(3);
    const pos = Number(await far.evaluate((b) => b.closest('[role=listitem]')!.getAttribute('aria-posinset')));
    assert.ok(pos > missing * 0.5, `a finding far down (${pos} of ${missing})`);
    const label = (await far.textContent()) ?? '';
    const [cell, sheet] = [(await far.getAttribute('data-cell'))!, (await far.getAttribute('data-sheet'))!];
    assert.match(label, new RegExp(`Đến ô ${cell} của sheet ${sheet}: Chưa chấm tiêu chí`), 'the accessible name holds the visible text');
    // The same finding from now on, whatever the list renders around it.
    const picked = list.locator(`button[data-finding="SCORE_MISSING"][data-sheet="${sheet}"][data-cell="${cell}"]`);
    await picked.click();
    assert.equal(await picked.getAttribute('aria-pressed'), 'true');
    const figure = page.getByRole('figure', { name: `Ô ${cell}, sheet ${sheet}` });
    await figure.waitFor();
    const beside = await figure.evaluate((f, n) => f.closest('[role=listitem]')?.getAttribute('aria-posinset') === String(n), pos);
    const box = await figure.boundingBox();
    const fbox = await picked.boundingBox();
    console.log(
      `  picked finding ${pos} of ${missing} (${sheet}!${cell}); preview ${beside ? 'in the same row of the list' : 'NOT beside it'} (${Math.round((box?.y ?? 0) - (fbox?.y ?? 0))} px from it)`,
    );
    assert.ok(beside, "the preview is in the picked finding's row");
    assert.ok(box && fbox && Math.abs(box.y - fbox.y) < 400, 'the preview is next to the picked finding on screen');
    await shot(page, 'results-03-finding-picked');
    await axe(page, 'findings filtered, one picked');

    // The whole list again; the agency-wide HTXSNV share is the first finding.
    await findings.getByRole('button', { name: 'Bỏ lọc' }).click();
    await list.evaluate((el) => (el.scrollTop = 0));
    await page.waitForFunction(() => {
      const l = document.querySelector('[role=list][aria-label="Danh sách phát hiện"]');
      return [...(l?.querySelectorAll('button[data-finding]') ?? [])].slice(0, 3).some((b) => b.getAttribute('data-finding') === 'RATING_SHARE_HIGH');
    });
    console.log('  unfiltered: the agency-wide HTXSNV share is among the first three findings');
    // Keyboard only: Tab goes on past the rows first rendered (the list follows the focus).
    await list.locator('button[data-finding]').first().focus();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (process.env.DEBUG_TAB)
        console.log(
          await page.evaluate(
            () =>
              `${document.activeElement?.tagName} ${document.activeElement?.closest('[role=listitem]')?.getAttribute('aria-posinset')} ${document.activeElement?.textContent?.slice(0, 30)} top=${document.querySelector('[role=list][aria-label="Danh sách phát hiện"]')?.scrollTop}`,
          ),
        );
    }
    const at = await page.evaluate(() => Number(document.activeElement?.closest('[role=listitem]')?.getAttribute('aria-posinset') ?? 0));
    assert.ok(at > 40, `60 Tabs reach finding ${at}, past the first screen`);
    console.log(`  keyboard: 60 Tabs from the first finding reach finding ${at}`);
    await search.fill('');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'results-04-findings-top');
  } finally {
    await page.close();
    fs.unlinkSync(file);
  }
});
