import fc from 'fast-check';
import { CellValue } from '../../src/sheet/grid';
import { campaign, simpleCriteria, titles, units, roster, run, grid } from '../support/grids';

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 120 }),
  fc.double({ min: -10, max: 200, noNaN: true }),
  fc.constantFrom(
    '9,5',
    'abc',
    '',
    'Họ và tên',
    'Tổng cộng',
    'Người lập biểu',
    '1.1',
    'TC 1.2',
    'Tự chấm',
    'Thẩm định',
    'HTXSNV',
    'Khiển trách',
    '#N/A',
    'STT',
    'Tên tập thể',
  ),
  fc.string({ maxLength: 12 }),
  fc.boolean(),
);
const anyGrid = fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 25 });
const merges = fc.array(
  fc
    .record({ top: fc.nat(20), left: fc.nat(10), h: fc.nat(2), w: fc.nat(2) })
    .map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
  { maxLength: 4 },
);

describe('properties', () => {
  test('no input grid crashes the reader, validator or ranking', () => {
    fc.assert(
      fc.property(anyGrid, anyGrid, anyGrid, merges, (a, b, c, m) => {
        const r = run([
          campaign(),
          simpleCriteria(),
          titles([['LĐTT', 'Cá nhân', null, 'HTTNV', 'không kỷ luật', null, '', null, '', '']]),
          grid('X', a, m),
          grid('Tiêu chí 2', b),
          grid('Y', c),
        ]);
        for (const f of r.findings) expect(['error', 'warning']).toContain(f.severity);
        return true;
      }),
      { numRuns: 300 },
    );
  });

  test('random config sheets never crash either', () => {
    fc.assert(
      fc.property(anyGrid, anyGrid, anyGrid, (p, t, d) => {
        run([grid('Phong trào', p), grid('Tiêu chí', t), grid('Danh hiệu', d), roster('A', [[1, 'An', 'HTTNV', 0, '', 1, 1]])]);
        return true;
      }),
      { numRuns: 200 },
    );
  });

  const person = fc.record({
    name: fc.constantFrom('Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hồ Văn Em', 'Vũ Thị Giang', 'Đỗ Văn Hải'),
    rating: fc.constantFrom('HTXSNV', 'HTTNV', 'HTNV', null),
    init: fc.integer({ min: 0, max: 2 }),
    s1: fc.integer({ min: 0, max: 10 }).map((x) => x * 5),
    s2: fc.integer({ min: 0, max: 10 }).map((x) => x * 5),
    t1: fc.integer({ min: 0, max: 2 }),
    unit: fc.constantFrom('Phòng A', 'Phòng B', 'Phòng C'),
  });
  const TITLE_ROWS: CellValue[][] = [
    ['Lao động tiên tiến', 'Cá nhân', null, 'HTTNV', '', null, '', null, '', ''],
    ['Chiến sĩ thi đua cơ sở', 'Cá nhân', null, 'HTXSNV', 'đạt Lao động tiên tiến; sáng kiến ≥ 1', 15, 'Lao động tiên tiến', null, 'Đơn vị', ''],
    ['Giấy khen', 'Cá nhân', null, '', 'không đạt Chiến sĩ thi đua cơ sở', 30, 'Số lao động', 3, 'Khối', ''],
    ['Bằng khen', 'Cá nhân', 60, '', '', null, '', 2, 'Toàn bộ', ''],
  ];
  type Person = { name: string; rating: string | null; init: number; s1: number; s2: number; t1: number; unit: string };
  const book = (people: Person[], order: number[]) => {
    const byUnit = new Map<string, CellValue[][]>();
    order.forEach((i, k) => {
      const p = people[i];
      const rows = byUnit.get(p.unit) ?? [];
      rows.push([k + 1, `${p.name} ${i}`, p.rating, p.init, '', p.s1, p.s2, null, p.t1]);
      byUnit.set(p.unit, rows);
    });
    const sheets = [...byUnit.keys()].sort().map((u) => roster(u, byUnit.get(u)!));
    return [
      campaign([['Thứ tự khi bằng điểm', 'Điểm trừ; Tên']]),
      simpleCriteria(),
      titles(TITLE_ROWS),
      units([
        ['A', 'Phòng A', 'K1', 10],
        ['B', 'Phòng B', 'K1', 7],
        ['C', 'Phòng C', 'K2', 5],
      ]),
      ...sheets,
    ];
  };

  test('ranking and proposals are deterministic: row order in the sheets does not matter', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 30 }), fc.integer(), (people, seed) => {
        const order = people.map((_, i) => i);
        const shuffled = [...order].sort((x, y) => ((x * 7919 + seed) % 101) - ((y * 7919 + seed) % 101));
        const summarise = (r: ReturnType<typeof run>) =>
          r.candidates
            .map((c) =>
              [
                c.name,
                r.ranking.positions.get(c.id)!.all.rank,
                r.ranking.positions.get(c.id)!.unit.rank,
                (r.decisions.get(c.id) ?? []).map((d) => d.status).join(','),
              ].join('|'),
            )
            .sort();
        expect(summarise(run(book(people, shuffled)))).toEqual(summarise(run(book(people, order))));
      }),
      { numRuns: 150 },
    );
  });

  test('quotas are never exceeded, and no eligible candidate is dropped silently', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 40 }), (people) => {
        const r = run(
          book(
            people,
            people.map((_, i) => i),
          ),
        );
        for (const q of r.quotas) {
          if (q.limit !== null) expect(q.proposed).toBeLessThanOrEqual(q.limit);
          expect(q.proposed + q.tied + q.cut).toBe(q.eligible);
          const holders = r.candidates.filter(
            (c) =>
              (r.decisions.get(c.id) ?? []).some((d) => d.titleKey === q.titleKey && d.status === 'proposed') &&
              r.ranking.positions.get(c.id)![q.scope].scopeKey === q.scopeKey,
          );
          expect(holders.length).toBe(q.proposed);
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });
});

describe('the fast verdict agrees with the explained one', () => {
  test('holds() equals judge().ok for every condition of the sample on every candidate', async () => {
    const { bookBytes } = await import('../../scripts/lib/bookFactory');
    const { sampleSpec } = await import('../../scripts/lib/sampleSpec');
    const { loadWorkbook, workbookToGrids } = await import('../../src/host/file/readWorkbook');
    const { runEngine } = await import('../../src/core/engine/run');
    const { holds, judge } = await import('../../src/core/rules/conditions');
    const r = runEngine(workbookToGrids(await loadWorkbook(await bookBytes(sampleSpec()))));
    const proposed = (c: { id: string }, key: string) => (r.decisions.get(c.id) ?? []).some((d) => d.titleKey === key && d.status === 'proposed');
    const ctx = {
      lang: 'vi' as const,
      year: r.campaign!.year,
      score: (c: { id: string }) => r.scores.get(c.id)!,
      hasTitle: proposed,
      members: (c: { unitKey: string }) => r.candidates.filter((m) => m.kind === 'individual' && m.unitKey === c.unitKey),
      titleYears: (c: { dob: string | null; nameKey: string }, key: string) =>
        c.dob ? new Set(r.history.filter((h) => h.nameKey === c.nameKey && h.dob === c.dob && h.titleKey === key && !h.thematic).map((h) => h.year)) : null,
    };
    let compared = 0;
    for (const rule of r.titles)
      for (const cond of rule.conditions)
        for (const c of r.candidates) {
          expect([rule.name, cond.text, c.name, holds(cond, c, ctx)]).toEqual([rule.name, cond.text, c.name, judge(cond, c, ctx).ok]);
          compared++;
        }
    expect(compared).toBeGreaterThan(300);
  });

  test("a title's status agrees with its worded checks, and quota notes and holders match the status", async () => {
    const { bookBytes } = await import('../../scripts/lib/bookFactory');
    const { sampleSpec } = await import('../../scripts/lib/sampleSpec');
    const { loadWorkbook, workbookToGrids } = await import('../../src/host/file/readWorkbook');
    const { runEngine } = await import('../../src/core/engine/run');
    const r = runEngine(workbookToGrids(await loadWorkbook(await bookBytes(sampleSpec()))));
    const seen = new Set<string>();
    for (const c of r.candidates)
      for (const d of r.decisions.get(c.id) ?? []) {
        seen.add(d.status);
        const failed = d.checks.some((x) => !x.ok);
        // The verdict is decided without words (RuleJudge.holds) and worded later (checks): the two must agree.
        if (d.status === 'notEligible') expect([c.name, d.title, failed]).toEqual([c.name, d.title, true]);
        if (d.status === 'proposed' || d.status === 'cutByQuota' || d.status === 'tiedAtQuota')
          expect([c.name, d.title, failed]).toEqual([c.name, d.title, false]);
        if (d.status === 'tiedAtQuota') expect(d.quotaNote).toMatch(/Hội đồng/);
        if (d.status === 'cutByQuota' && d.quotaNote !== '') expect(d.quotaNote).toMatch(/ngoài chỉ tiêu|không có suất/);
        if (d.status === 'proposed' || d.status === 'notEligible') expect(d.cutBy).toEqual([]);
        // Reading twice gives the same decisions (they are made once, then kept).
        expect(r.decisions.get(c.id)).toBe(r.decisions.get(c.id));
      }
    expect([...seen].sort()).toEqual(expect.arrayContaining(['cutByQuota', 'notEligible', 'proposed', 'tiedAtQuota']));
  });
});
