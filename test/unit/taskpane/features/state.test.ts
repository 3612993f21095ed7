/**
 * The pane's results and findings state layers, without the DOM, on the province book as units
 * send it (60 units, 9,000 people, ~13,000 findings), and the engine's explanations on demand.
 * Timings are printed by bench/pane.ts, not asserted here.
 */
import { buildBook } from '../../../../scripts/lib/bookFactory';
import { provinceWithFindings } from '../../../../scripts/lib/provinceFindings';
import { workbookToGrids } from '../../../support/exceljsGrids';
import { WorkbookGrids } from '../../../../src/sheet/grid';
import { EngineResponse, EngineSession, WorkerMessage, answer, PersonExplanation } from '../../../../src/taskpane/worker/runner';
import { apply, isAgencyWide, prepare, NO_FILTER } from '../../../../src/taskpane/features/findings/state';
import { FindingsStore } from '../../../../src/taskpane/features/findings/store';
import { ResultsStore } from '../../../../src/taskpane/features/results/store';
import { groupsOf, nameIndex, personAt, searchPeople, titleTotals, personCell, verdictsOf } from '../../../../src/taskpane/features/results/state';
import { fold } from '../../../../src/core/text/normalize';
import { FINDINGS, FindingText } from '../../../../src/core/i18n/findings';

let grids: WorkbookGrids;
let session: EngineSession;
let res: EngineResponse;

beforeAll(() => {
  grids = workbookToGrids(buildBook(provinceWithFindings()), 'province.xlsx');
  session = new EngineSession();
  res = session.run({ grids, action: 'rank', lang: 'vi', now: '2026-12-01T08:00:00.000Z', version: 'test', summaryOnly: true });
}, 120000);

describe('findings triaged', () => {
  it('the province book gives thousands of findings, agency-wide ones pinned first', () => {
    const f = res.summary.findings;
    expect(f.length).toBeGreaterThan(12000);
    const p = prepare(f, new Map(res.summary.sheetUnits));
    expect(p.ordered).toHaveLength(f.length);
    // The HTXSNV share over 20% is about the agency: it comes first, not 22,000 pixels down.
    expect(p.ordered.slice(0, p.pinned).map((x) => x.code)).toContain('RATING_SHARE_HIGH');
    expect(p.ordered.slice(0, p.pinned).every(isAgencyWide)).toBe(true);
    expect(p.ordered.slice(p.pinned).some(isAgencyWide)).toBe(false);
    // Then errors before warnings.
    const rest = p.ordered.slice(p.pinned).map((x) => x.severity);
    expect(rest.indexOf('warning')).toBeGreaterThan(rest.lastIndexOf('error'));
  });

  it('sums up by kind with a count and one fix line each', () => {
    const p = prepare(res.summary.findings);
    expect(p.kinds.reduce((n, k) => n + k.count, 0)).toBe(res.summary.findings.length);
    const above = p.kinds.find((k) => k.code === 'SCORE_ABOVE_MAX')!;
    const missing = p.kinds.find((k) => k.code === 'SCORE_MISSING')!;
    expect(above.count).toBeGreaterThan(3000);
    expect(missing.count).toBeGreaterThan(5000);
    for (const k of p.kinds) expect(k.fix.length).toBeGreaterThan(5);
    // The kind's own short name, not its message with blanks; the fix line keeps the table's words, blanks as "…".
    expect(above.name).toBe('Điểm vượt điểm tối đa');
    expect(missing.name).toBe('Chưa chấm điểm tiêu chí');
    // Complete, from the kind's first finding (the view says "Ví dụ:"), never a template with "…" blanks.
    expect(above.fix).toBe('Sửa điểm không vượt 5.');
    expect(above.example).toBe(true);
    const en = prepare(res.summary.findings, undefined, 'en').kinds;
    expect(en.find((k) => k.code === 'SCORE_ABOVE_MAX')!.name).toBe('Score above the maximum');
    expect(en.find((k) => k.code === 'SCORE_MISSING')!.name).toBe('Criterion not scored');
    for (const k of [...p.kinds, ...en]) expect(k.name).not.toMatch(/[…{]/);
  });

  it('a code outside the findings table is named by its first finding', () => {
    const odd = {
      code: 'SOMETHING_NEW',
      severity: 'warning' as const,
      sheet: 'A',
      cell: 'B2',
      row: 1,
      col: 1,
      params: {},
      message: 'Một điều mới.',
      fix: 'Sửa ô.',
      candidate: '',
      unit: '',
    };
    expect(prepare([odd]).kinds).toEqual([{ code: 'SOMETHING_NEW', severity: 'warning', count: 1, name: 'Một điều mới.', fix: 'Sửa ô.' }]);
  });

  it('every finding code has a short kind name in each language, distinct from the others', () => {
    const seen = { vi: new Map<string, string>(), en: new Map<string, string>() };
    for (const [code, t] of Object.entries(FINDINGS) as [string, FindingText][]) {
      for (const [lang, name] of [
        ['vi', t.kindVi],
        ['en', t.kindEn],
      ] as const) {
        // A noun phrase: no blanks, no "…", no full stop, short enough for the kind filter's list (48 characters).
        const bad = [
          !name.trim() && 'empty',
          /[{}…]/.test(name) && 'blank',
          /\.$/.test(name) && 'full stop',
          name !== name.trim() && 'spaces',
          name.length > 48 && 'long',
        ].filter(Boolean);
        expect([code, lang, name, bad]).toEqual([code, lang, name, []]);
        const other = seen[lang].get(name.toLocaleLowerCase(lang));
        expect([code, lang, name, other]).toEqual([code, lang, name, undefined]);
        seen[lang].set(name.toLocaleLowerCase(lang), code);
      }
      expect([code, t.kindVi]).not.toEqual([code, t.kindEn]);
    }
    // Vietnamese with its diacritics: every name holds a letter beyond ASCII, none typed without accents.
    expect([...seen.vi.keys()].filter((n) => !/[^\u0000-\u007f]/.test(n))).toEqual([]);
  });

  it('names the person on every finding about a person, and links a duplicate to its other row', () => {
    const perPerson = res.summary.findings.filter((x) =>
      ['SCORE_ABOVE_MAX', 'SCORE_MISSING', 'TOTAL_MISMATCH', 'DUPLICATE_PERSON', 'QUOTA_TIE'].includes(x.code),
    );
    expect(perPerson.length).toBeGreaterThan(12000);
    const people = new Set(res.summary.people!.name);
    for (const x of perPerson) expect(people.has(x.candidate)).toBe(true);
    // Also the findings a sheet reader logs before it knows the unit name the unit.
    const worded = res.summary.findings.find((x) => x.code === 'SCORE_NOT_NUMBER')!;
    expect(worded).toMatchObject({ sheet: 'DV003', unit: 'Đơn vị số 3', candidate: expect.stringMatching(/\S/) });
    for (const x of perPerson) expect(x.unit).toMatch(/^Đơn vị số \d+$/);
    const dup = res.summary.findings.find((x) => x.code === 'DUPLICATE_PERSON')!;
    expect(dup.sheet).toBe('DV042');
    expect(dup.other).toEqual({ sheet: 'DV001', cell: expect.stringMatching(/^[A-Z]+\d+$/), row: expect.any(Number), col: expect.any(Number) });
    // The link's cell is that person's name on the first sheet.
    const g = grids.sheets.find((s) => s.name === 'DV001')!;
    expect(g.rows[dup.other!.row]![dup.other!.col]).toBe(dup.candidate);
  });

  it('filters by severity, sheet, unit and kind, and searches without diacritics', () => {
    const p = prepare(res.summary.findings, new Map(res.summary.sheetUnits));
    const kind = apply(p, { ...NO_FILTER, code: 'SCORE_MISSING' });
    expect(kind.rows.length).toBe(p.kinds.find((k) => k.code === 'SCORE_MISSING')!.count);
    expect(kind.rows.every((i) => p.ordered[i].code === 'SCORE_MISSING')).toBe(true);
    const sheet = apply(p, { ...NO_FILTER, sheet: 'DV005', severity: 'error' });
    expect(sheet.rows.length).toBeGreaterThan(50);
    expect(sheet.rows.every((i) => p.ordered[i].sheet === 'DV005' && p.ordered[i].severity === 'error')).toBe(true);
    // By unit, also findings the sheet reader logged before it knew the unit.
    const unit = apply(p, { ...NO_FILTER, unit: 'Đơn vị số 5' });
    expect(unit.rows.length).toBeGreaterThanOrEqual(apply(p, { ...NO_FILTER, sheet: 'DV005' }).rows.length);
    const someone = p.ordered.find((x) => x.code === 'SCORE_ABOVE_MAX' && /[ễữạảăơ]/.test(x.candidate))!;
    const found = apply(p, { ...NO_FILTER, query: `${fold(someone.candidate)} ${someone.cell.toLowerCase()}` });
    expect(found.rows.map((i) => p.ordered[i])).toContainEqual(someone);
    expect(apply(p, { ...NO_FILTER, query: 'zzzz không có' }).rows).toEqual([]);
  });

  it('a store keeps the filter across a re-run while its kind is still there', () => {
    const store = new FindingsStore(res.summary.findings);
    let told = 0;
    store.subscribe(() => told++);
    store.set({ code: 'SCORE_ABOVE_MAX' });
    expect(store.get().rows.every((i) => store.get().at(i).code === 'SCORE_ABOVE_MAX')).toBe(true);
    store.load(res.summary.findings.filter((x) => x.code !== 'SCORE_MISSING'));
    expect(store.get().filter.code).toBe('SCORE_ABOVE_MAX');
    store.load(res.summary.findings.filter((x) => x.code !== 'SCORE_ABOVE_MAX'));
    expect(store.get().filter.code).toBe('');
    expect(told).toBe(3);
  });
});

describe('results by person', () => {
  it('crosses as compact columns: every person once, no explanation text', () => {
    const p = res.summary.people!;
    expect(p.id).toHaveLength(9001);
    expect(p.verdicts).toHaveLength(9001 * p.titles.length);
    const json = JSON.stringify(p);
    // A few hundred bytes per person at most; the reasons are asked for one at a time.
    expect(json.length / p.id.length).toBeLessThan(200);
    expect(json).not.toMatch(/chưa đủ điều kiện|ngoài chỉ tiêu/);
  });

  it('per title and scope: the proposed, the tied group for the council (named), the cut', () => {
    const groups = groupsOf(res.summary);
    expect(groups).toHaveLength(res.summary.quotas.length);
    for (const [i, g] of groups.entries()) {
      const q = res.summary.quotas[i];
      expect([g.proposed.length, g.tied.length, g.cut.length]).toEqual([q.proposed, q.tied, q.cut]);
    }
    const tied = groups.filter((g) => g.tied.length > 0);
    expect(tied.length).toBeGreaterThan(0);
    const tie = res.summary.findings.find((x) => x.code === 'QUOTA_TIE')!;
    const g = tied.find((x) => x.scope === tie.unit && tie.message.includes(x.title))!;
    for (const i of g.tied) expect(tie.message).toContain(personAt(res.summary.people!, i).name);
    // The ranking order: the proposed are ranked at or above the tied, the tied above the cut.
    const p = res.summary.people!;
    const total = (i: number) => p.total[i];
    expect(Math.min(...g.proposed.map(total))).toBeGreaterThanOrEqual(Math.max(...g.tied.map(total)));
    expect(Math.min(...g.tied.map(total))).toBeGreaterThanOrEqual(Math.max(...g.cut.map(total)));
    const cstdcs = titleTotals(groups).find((t) => t.title === 'Chiến sĩ thi đua cơ sở')!;
    expect(cstdcs.scopes).toBe(60);
  });

  it('finds a person by name without diacritics ("nguyen van a" finds "Nguyễn Văn A")', () => {
    const p = res.summary.people!;
    const ix = nameIndex(p);
    const i = p.name.findIndex((n) => /[ễữạảăơđ]/.test(n) && n.split(' ').length === 3);
    const name = p.name[i];
    const { found, total } = searchPeople(p, ix, fold(name));
    expect(total).toBeGreaterThan(0);
    expect(p.name[found[0]]).toBe(name);
    // Every hit has every word; the exact name ranks before longer ones.
    const hits = searchPeople(p, ix, fold(name).split(' ').slice(0, 2).join(' '), 10000);
    expect(hits.found.every((k) => fold(p.name[k]).includes(fold(name).split(' ').slice(0, 2).join(' ')))).toBe(true);
    expect(searchPeople(p, ix, '   ').total).toBe(0);
    expect(verdictsOf(p, i).length).toBeGreaterThan(0);
  });
});

describe('explanations on demand', () => {
  it('the worker answers one person from the run it keeps, and nothing for another run', () => {
    const p = res.summary.people!;
    const g = groupsOf(res.summary).find((x) => x.cut.length > 0)!;
    const id = p.id[g.cut[0]];
    const reply = answer(session, { id: 7, kind: 'explain', req: { candidateId: id, fingerprint: res.summary.fingerprint, lang: 'vi' } } as WorkerMessage);
    expect(reply).toMatchObject({ id: 7, ok: true });
    const e = (reply as { response: PersonExplanation }).response;
    expect(e.name).toBe(p.name[g.cut[0]]);
    expect(e.titles.find((d) => d.title === g.title)!.statusText).toBe('đủ điều kiện nhưng ngoài chỉ tiêu');
    expect(e.titles.find((d) => d.title === g.title)!.text).toMatch(/ngoài chỉ tiêu/);
    expect(e.achievement).toMatch(/Tổng điểm/);
    expect(session.explain({ candidateId: id, fingerprint: 'another book', lang: 'vi' })).toBeNull();
    expect(session.explain({ candidateId: id, fingerprint: res.summary.fingerprint, lang: 'en' })).toBeNull();
    expect(session.explain({ candidateId: 'nobody', fingerprint: res.summary.fingerprint, lang: 'vi' })).toBeNull();
  });

  it('the results store asks once per person and shows the answer; a gone run says so', async () => {
    const asked: string[] = [];
    const store = new ResultsStore(res.summary, async (req) => (asked.push(req.candidateId), session.explain(req)));
    const p = res.summary.people!;
    const tied = store.get().tied[0];
    expect(store.get().group).toBe(tied.index);
    const id = p.id[tied.tied[0]];
    const opening = store.toggle(id);
    expect(store.get().explanation).toEqual({ state: 'loading' });
    await opening;
    const e = store.get().explanation;
    expect(e?.state).toBe('ready');
    expect(e?.state === 'ready' && e.value.titles.some((d) => d.status === 'tiedAtQuota')).toBe(true);
    await store.toggle(id);
    expect(store.get().open).toBeNull();
    // The same person listed elsewhere opens there, without asking again.
    await store.toggle(id, 'search');
    expect(store.get().open).toEqual({ id, place: 'search' });
    await store.toggle(id);
    expect(asked).toEqual([id]);
    expect(personCell(store.get().person(tied.tied[0]))).toMatchObject({ sheet: p.sheets[p.sheet[tied.tied[0]]], cell: expect.stringMatching(/^B\d+$/) });

    const gone = new ResultsStore({ ...res.summary, fingerprint: 'cancelled run' }, async (req) => session.explain(req));
    await gone.toggle(id);
    expect(gone.get().explanation).toEqual({ state: 'gone' });
  });

  it('the store searches 9,000 names', () => {
    const store = new ResultsStore(res.summary);
    store.setQuery('nguyen');
    expect(store.get().foundTotal).toBeGreaterThan(500);
    expect(store.get().found.length).toBe(50);
  });
});
