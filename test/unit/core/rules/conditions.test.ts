import fc from 'fast-check';
import { ConditionTree, EvalContext, ParseContext, parseConditions, treeChecks, treeHolds } from '../../../../src/core/rules/conditions';
import { readCriteria } from '../../../../src/core/config/criteria';
import { FindingLog } from '../../../../src/core/findings/log';
import { Candidate } from '../../../../src/core/model';
import { NO_DISCIPLINE } from '../../../../src/core/rules/levels';
import { CRITERIA_HEAD, grid } from '../../../support/grids';

const tree = readCriteria(grid('Tiêu chí', [CRITERIA_HEAD, ['I', 'A', 60], ['1.1', 'B', 60]]), new FindingLog('vi'))!;
const above = [
  { name: 'Lao động tiên tiến', key: 'lao dong tien tien', aliases: ['ldtt'] },
  { name: 'Bằng khen của Chủ tịch UBND tỉnh (cá nhân)', key: 'bang khen cua chu tich ubnd tinh (ca nhan)', aliases: ['bkcctubndt(cn)'] },
] as never[];
const ctx: ParseContext = { titlesAbove: above, allTitleNames: ['Lao động tiên tiến', 'Bằng khen của Chủ tịch UBND tỉnh (cá nhân)'], criteria: tree };

/** A person with 2 initiatives, 10 days off, rated HTTNV: what the leaves below are checked on. */
const person = {
  kind: 'individual',
  initiatives: 2,
  daysOff: 10,
  maternityDays: null,
  monthsWorked: null,
  rating: 'HTTNV',
  discipline: NO_DISCIPLINE,
  researchTopics: 1,
} as unknown as Candidate;
const evalCtx: EvalContext = {
  lang: 'vi',
  year: 2025,
  score: () => ({ total: 0, contribution: new Map() }) as never,
  hasTitle: () => true,
  members: () => [],
  titleYears: () => new Set(),
};

function parsed(text: string): ConditionTree | null {
  const r = parseConditions(text, ctx);
  if (!r.ok) throw new Error(`${text}: ${r.reason.vi}`);
  return r.tree;
}
const verdict = (text: string) => treeHolds(parsed(text)!, person, evalCtx);
const shape = (t: ConditionTree | null): unknown => (t === null ? null : t.kind === 'leaf' ? t.cond.type : { [t.kind]: t.items.map(shape) });

describe('"hoặc", "và", brackets and lists of alternatives', () => {
  test.each([
    ['xếp loại HTXSNV hoặc sáng kiến ≥ 1', { any: ['rating', 'initiatives'] }],
    ['xep loai HTXSNV hoac sang kien >= 1', { any: ['rating', 'initiatives'] }],
    ['đạt LĐTT và (xếp loại HTXSNV hoặc sáng kiến ≥ 1 hoặc đề tài ≥ 1)', { all: ['hasTitle', { any: ['rating', 'initiatives', 'research'] }] }],
    ['đạt LĐTT; không kỷ luật', { all: ['hasTitle', 'noDiscipline'] }],
    // "và" binds tighter than "hoặc", as the sentence reads.
    ['sáng kiến ≥ 2 và nghỉ < 40 ngày hoặc xếp loại HTXSNV', { any: [{ all: ['initiatives', 'daysOff'] }, 'rating'] }],
    [
      'đạt LĐTT và một trong các điều kiện sau:\n- xếp loại HTXSNV\n- sáng kiến ≥ 1\n- đề tài ≥ 1',
      { all: ['hasTitle', { any: ['rating', 'initiatives', 'research'] }] },
    ],
    [
      'Đạt LĐTT\nĐạt một trong các điều kiện sau:\na) xếp loại HTXSNV;\nb) sáng kiến ≥ 1 và không kỷ luật\n+ đề tài khoa học ≥ 1',
      { all: ['hasTitle', { any: ['rating', { all: ['initiatives', 'noDiscipline'] }, 'research'] }] },
    ],
    ['dat LDTT va mot trong cac dieu kien sau:\n• xep loai HTXSNV\n• sang kien >= 1', { all: ['hasTitle', { any: ['rating', 'initiatives'] }] }],
    // No bullets: every line after the intro is an alternative.
    ['một trong các điều kiện sau:\n5 năm liên tục Lao động tiên tiến\nsáng kiến ≥ 2', { any: ['consecutive', 'initiatives'] }],
    // The same line, alternatives split by ";".
    ['một trong các điều kiện sau: xếp loại HTXSNV; sáng kiến ≥ 1', { any: ['rating', 'initiatives'] }],
    // A list, then back to "and" on a line without a bullet.
    ['một trong các điều kiện sau:\n- xếp loại HTXSNV\n- sáng kiến ≥ 1\nkhông kỷ luật', { all: [{ any: ['rating', 'initiatives'] }, 'noDiscipline'] }],
    // A bracket right after a word is part of the title's name.
    ['không đạt Bằng khen của Chủ tịch UBND tỉnh (cá nhân) hoặc sáng kiến ≥ 3', { any: ['hasTitle', 'initiatives'] }],
    ['((sáng kiến ≥ 1))', 'initiatives'],
    ['Không', null],
  ])('%s', (text, expected) => {
    expect(shape(parsed(text))).toEqual(expected);
  });

  test.each([
    ['sáng kiến ≥ 1 hoặc', /"hoặc" ở ký tự 15 không có điều kiện phía sau/],
    ['hoặc sáng kiến ≥ 1', /"hoặc" ở ký tự 1 không có điều kiện phía trước/],
    ['(sáng kiến ≥ 1 hoặc xếp loại HTXSNV', /dấu "\(" ở ký tự 1 không có dấu "\)" đóng/],
    ['sáng kiến ≥ 1) và không kỷ luật', /dấu "\)" ở ký tự 14 không có dấu "\(" mở/],
    ['sáng kiến ≥ 1 và () ', /cặp ngoặc ở ký tự 18 không có điều kiện nào/],
    ['xếp loại HTXSNV hoặc hoặc sáng kiến ≥ 1', /"hoặc" ở ký tự 22 không có điều kiện phía trước/],
    ['một trong các điều kiện sau:\n- xếp loại HTXSNV\n-\n- sáng kiến ≥ 1', /phương án 2 .* để trống/],
    ['đạt LĐTT và một trong các điều kiện sau:', /không có phương án nào/],
    ['sáng kiến ≥ 1 và', /"và" ở ký tự 15 không có điều kiện phía sau/],
  ])('%s is refused, saying where', (text, reason) => {
    const r = parseConditions(text, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.vi).toMatch(reason);
  });

  test('a title whose name holds "và" is read whole, with or without quotes', () => {
    const named = {
      ...ctx,
      titlesAbove: [
        ...ctx.titlesAbove,
        { name: 'Giấy khen của Sở Nông nghiệp và Môi trường', key: 'giay khen cua so nong nghiep va moi truong', aliases: ['gkcsnnvmt'] },
      ] as never[],
    };
    for (const text of [
      'đạt Giấy khen của Sở Nông nghiệp và Môi trường hoặc sáng kiến ≥ 1',
      'đạt "Giấy khen của Sở Nông nghiệp và Môi trường" hoặc sáng kiến ≥ 1',
    ]) {
      const r = parseConditions(text, named);
      expect(r.ok && shape(r.tree)).toEqual({ any: ['hasTitle', 'initiatives'] });
    }
  });

  test('an unreadable alternative names itself, not the whole cell', () => {
    const r = parseConditions('xếp loại HTXSNV hoặc có bằng thạc sĩ', ctx);
    expect(r).toMatchObject({ ok: false, text: 'có bằng thạc sĩ' });
  });

  test('the explanation says which alternative was met, or why each failed', () => {
    const met = treeChecks(parsed('đạt LĐTT và (xếp loại HTXSNV hoặc sáng kiến ≥ 1)'), person, evalCtx);
    expect(met.map((c) => [c.label, c.ok])).toEqual([
      ['đạt LĐTT', true],
      ['xếp loại HTXSNV hoặc sáng kiến ≥ 1', true],
    ]);
    expect(met[1].detail).toBe('đạt phương án: sáng kiến ≥ 1 (2 sáng kiến)');
    const none = treeChecks(parsed('xếp loại HTXSNV hoặc sáng kiến ≥ 3 hoặc (nghỉ < 5 ngày và đề tài ≥ 1)'), person, evalCtx);
    expect(none[0].ok).toBe(false);
    expect(none[0].detail).toBe(
      'không đạt phương án nào: xếp loại HTXSNV (xếp loại HTTNV); sáng kiến ≥ 3 (2 sáng kiến); nghỉ < 5 ngày và đề tài ≥ 1 (chưa đạt: nghỉ < 5 ngày (nghỉ 10 ngày))',
    );
  });
});

/** Random trees of leaves whose truth on `person` is known, written as officers write them. */
type T = { leaf: string; value: boolean } | { op: 'and' | 'or'; items: T[] };
const LEAVES: { leaf: string; value: boolean }[] = [
  { leaf: 'sáng kiến ≥ 1', value: true },
  { leaf: 'sang kien >= 3', value: false },
  { leaf: 'nghỉ < 40 ngày', value: true },
  { leaf: 'nghi < 5 ngay', value: false },
  { leaf: 'xếp loại HTTNV trở lên', value: true },
  { leaf: 'xếp loại HTXSNV', value: false },
  { leaf: 'đề tài ≥ 1', value: true },
  { leaf: 'đề tài ≥ 2', value: false },
];
const treeArb: fc.Arbitrary<T> = fc.letrec<{ t: T }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...LEAVES),
    fc.record({ op: fc.constantFrom<'and' | 'or'>('and', 'or'), items: fc.array(tie('t'), { minLength: 2, maxLength: 3 }) }),
  ),
})).t;
const expected = (t: T): boolean => ('leaf' in t ? t.value : t.op === 'and' ? t.items.every(expected) : t.items.some(expected));
function write(t: T, words: { and: string; or: string }, top: boolean): string {
  if ('leaf' in t) return t.leaf;
  const inner = t.items.map((x) => write(x, words, false)).join(t.op === 'and' ? words.and : words.or);
  return top ? inner : `(${inner})`;
}

describe('property: the tree means what the words say', () => {
  test('"A hoặc B" holds exactly when one holds; "A và B" and "A; B" exactly when both', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LEAVES),
        fc.constantFrom(...LEAVES),
        fc.constantFrom(' hoặc ', ' hoac ', ' HOẶC '),
        fc.constantFrom(' và ', '; ', ' va ', '\n'),
        (a, b, or, and) => {
          expect(verdict(`${a.leaf}${or}${b.leaf}`)).toBe(a.value || b.value);
          expect(verdict(`${a.leaf}${and}${b.leaf}`)).toBe(a.value && b.value);
        },
      ),
      { numRuns: 150 },
    );
  });
  test('brackets are respected at any depth', () => {
    fc.assert(
      fc.property(treeArb, fc.constantFrom({ and: ' và ', or: ' hoặc ' }, { and: '; ', or: ' hoac ' }, { and: ' va ', or: ' hoặc ' }), (t, words) => {
        expect(verdict(write(t, words, true))).toBe(expected(t));
      }),
      { numRuns: 300 },
    );
  });
});
