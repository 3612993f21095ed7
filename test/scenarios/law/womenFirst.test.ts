import fc from 'fast-check';
import { CellValue } from '../../../src/sheet/grid';
import { SheetModel } from '../../../src/sheet/sheetModel';
import { explainDecision } from '../../../src/core/output/explain';
import { decision, rankOnFile, setTitleCell, sheet, templateSheets } from '../../support/book';
import { runEngine } from '../../../src/core/engine/run';
import { campaign, roster as gridRoster, simpleCriteria, titles, units } from '../../support/grids';

/**
 * Women first on equal achievements (Decree 152/2025 Art. 4(6)), a step of the tie-break chain on
 * by default for a decision date from 01/07/2025, on real books made from the template.
 */
const CSTD = 'Chiến sĩ thi đua cơ sở';
const HEAD = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Xếp loại', 'Sáng kiến', '1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '4.1', '4.2', 'Minh chứng'];
const row = (i: number, name: string, gender: CellValue, minus = 0): CellValue[] => [
  i,
  name,
  `0${i}/01/1985`,
  gender,
  'HTXSNV',
  1,
  30,
  20 - minus,
  10,
  10,
  10,
  10,
  5,
  5,
  'Báo cáo năm',
];
const unitSheet = (name: string, rows: CellValue[][]) => sheet(name, [[`BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2025 – ${name}`], [], HEAD, ...rows]);

/** One CSTĐCS place per unit (the agency's own cap, for the test), so equal people tie for it. */
function config(edit?: (campaign: SheetModel) => void): SheetModel[] {
  const models = templateSheets((t) => {
    setTitleCell(t, CSTD, 'Số lượng tối đa', 1);
    setTitleCell(t, CSTD, 'Phạm vi', 'Đơn vị');
  });
  if (edit) edit(models.find((m) => m.name === 'Phong trào')!);
  return models;
}

describe('individuals, by Giới tính', () => {
  let job: Awaited<ReturnType<typeof rankOnFile>>;
  beforeAll(async () => {
    job = await rankOnFile([
      ...config(),
      unitSheet('VP', [row(1, 'Nam Anh', 'Nam'), row(2, 'Thu Hà', 'Nữ'), row(3, 'Khải', 'Nam', 3)]),
      unitSheet('KHTC', [row(1, 'Bảo', 'Nữ'), row(2, 'Chi', 'Nữ')]),
      unitSheet('QLXD', [row(1, 'Dương', 'Nam'), row(2, 'Lâm', '')]),
    ]);
  });
  test('a man and a woman equal in every score and fact, one place: the woman is proposed, the explanation names the step', () => {
    const ha = decision(job, 'Thu Hà', CSTD);
    expect(ha.status).toBe('proposed');
    expect(ha.quotaNote).toBe(
      'tối đa 1 suất; 2 người đồng hạng 1 tranh 1 suất còn lại; ưu tiên nữ khi bằng thành tích (NĐ 152/2025/NĐ-CP, Điều 4 khoản 6): cá nhân nữ: trong chỉ tiêu',
    );
    const an = decision(job, 'Nam Anh', CSTD);
    expect(an.status).toBe('cutByQuota');
    expect(an.quotaNote).toBe(
      'tối đa 1 suất; 2 người đồng hạng 1 tranh 1 suất còn lại; ưu tiên nữ khi bằng thành tích (NĐ 152/2025/NĐ-CP, Điều 4 khoản 6): cá nhân nữ được xét trước: ngoài chỉ tiêu; các suất thuộc: Thu Hà',
    );
    expect(explainDecision(an, 'vi')).toMatch(/ưu tiên nữ khi bằng thành tích/);
    expect(job.result.findings.filter((f) => f.code === 'QUOTA_TIE' && f.unit === 'VP')).toEqual([]);
  });
  test('two women: the step cannot separate them; the council votes', () => {
    for (const n of ['Bảo', 'Chi']) {
      const d = decision(job, n, CSTD);
      expect(d.status).toBe('tiedAtQuota');
      expect(d.quotaNote).toMatch(
        /chờ Hội đồng bỏ phiếu; .*; bước ưu tiên nữ khi bằng thành tích \(NĐ 152\/2025\/NĐ-CP, Điều 4 khoản 6\) không tách được: cùng giới$/,
      );
    }
  });
  test('a gender not written cannot separate (never guessed from the name), said so', () => {
    for (const n of ['Dương', 'Lâm']) {
      const d = decision(job, n, CSTD);
      expect(d.status).toBe('tiedAtQuota');
      expect(d.quotaNote).toMatch(/không tách được: không ghi Giới tính của Lâm \(không suy đoán theo tên\)$/);
    }
  });
  test('in English too', async () => {
    const en = await rankOnFile([...config(), unitSheet('VP', [row(1, 'Nam Anh', 'Nam'), row(2, 'Thu Hà', 'Nữ')])], 'en');
    expect(decision(en, 'Thu Hà', CSTD).quotaNote).toMatch(
      /women first on equal achievements \(NĐ 152\/2025\/NĐ-CP, Điều 4 khoản 6\): a woman: within the quota$/,
    );
  });
  test('turned off in Phong trào: the tie goes to the council as before', async () => {
    const off = await rankOnFile([
      ...config((c) => {
        const r = c.rows.find((x) => x?.[0] === 'Ưu tiên nữ khi bằng thành tích')!;
        r[1] = 'Không';
      }),
      unitSheet('VP', [row(1, 'Nam Anh', 'Nam'), row(2, 'Thu Hà', 'Nữ')]),
    ]);
    expect(decision(off, 'Thu Hà', CSTD).status).toBe('tiedAtQuota');
    expect(decision(off, 'Thu Hà', CSTD).quotaNote).not.toMatch(/ưu tiên nữ/);
  });
});

describe('collectives, by the share of women members (≥ 70%)', () => {
  test('two collectives equal for the one flag of their block: the one with 3 women of 4 members gets it', async () => {
    const collectives = sheet('Tập thể', [
      ['BẢNG CHẤM ĐIỂM CÁC TẬP THỂ NĂM 2025'],
      [],
      ['STT', 'Tên tập thể', 'Xếp loại', '1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '4.1', '4.2'],
      [1, 'Văn phòng', 'HTXSNV', 30, 20, 10, 10, 10, 10, 5, 5],
      [2, 'Phòng Kế hoạch - Tài chính', 'HTXSNV', 30, 20, 10, 10, 10, 10, 5, 5],
    ]);
    const job = await rankOnFile([
      ...templateSheets(),
      unitSheet('VP', [row(1, 'Hoa', 'Nữ'), row(2, 'Lan', 'Nữ'), row(3, 'Mai', 'Nữ'), row(4, 'Tùng', 'Nam')]),
      unitSheet('KHTC', [row(1, 'Bình', 'Nam'), row(2, 'Cường', 'Nam'), row(3, 'Dung', 'Nữ'), row(4, 'Đức', 'Nam')]),
      collectives,
    ]);
    const vp = decision(job, 'Văn phòng', 'Cờ thi đua cấp tỉnh');
    expect(vp.status).toBe('proposed');
    expect(vp.quotaNote).toMatch(/ưu tiên nữ khi bằng thành tích \(NĐ 152\/2025\/NĐ-CP, Điều 4 khoản 6\): tập thể có tỷ lệ nữ từ 70% trở lên: trong chỉ tiêu$/);
    expect(decision(job, 'Phòng Kế hoạch - Tài chính', 'Cờ thi đua cấp tỉnh').status).toBe('cutByQuota');
  });
});

describe('property: the step changes nothing when genders are equal or missing', () => {
  const HEAD2 = ['STT', 'Họ và tên', 'Giới tính', 'Xếp loại', 'Sáng kiến', 'Kỷ luật', '1.1', '1.2', 'C1', 'T1'];
  const TITLE_ROWS: CellValue[][] = [
    ['Lao động tiên tiến', 'Cá nhân', 50, 'HTTNV', '', null, '', null, '', ''],
    ['Chiến sĩ thi đua cơ sở', 'Cá nhân', 80, '', 'đạt Lao động tiên tiến', 34, 'Lao động tiên tiến', null, 'Đơn vị', ''],
    ['Giấy khen', 'Cá nhân', 60, '', '', null, '', 2, 'Toàn bộ', ''],
  ];
  const person = fc.record({
    unit: fc.constantFrom('A', 'B'),
    s1: fc.integer({ min: 30, max: 50 }),
    s2: fc.constantFrom(40, 45, 50),
    rating: fc.constantFrom('HTXSNV', 'HTTNV'),
  });
  const book = (people: { unit: string; s1: number; s2: number; rating: string }[], gender: (i: number) => CellValue, women: 'Có' | 'Không') => {
    const byUnit = new Map<string, CellValue[][]>();
    people.forEach((p, i) => byUnit.set(p.unit, [...(byUnit.get(p.unit) ?? []), [i + 1, `Người ${i}`, gender(i), p.rating, 0, '', p.s1, p.s2, null, null]]));
    return {
      sheets: [
        campaign([
          ['Thứ tự khi bằng điểm', 'Tên'],
          ['Ngày quyết định', '31/12/2025'],
          ['Ưu tiên nữ khi bằng thành tích', women],
        ]),
        simpleCriteria(),
        titles(TITLE_ROWS),
        units([
          ['A', 'Phòng A', 'K1', 10],
          ['B', 'Phòng B', 'K1', 7],
        ]),
        ...[...byUnit.keys()].sort().map((u) => gridRoster(u, byUnit.get(u)!, HEAD2)),
      ],
    };
  };
  const statuses = (r: ReturnType<typeof runEngine>) => r.candidates.map((c) => `${c.name}:${(r.decisions.get(c.id) ?? []).map((d) => d.status).join(',')}`);
  test.each([
    ['all women', () => 'Nữ'],
    ['all men', () => 'Nam'],
    ['no gender written', () => ''],
  ] as [string, (i: number) => CellValue][])('%s: the same statuses with the step on and off', (_, gender) => {
    let ties = 0;
    fc.assert(
      fc.property(fc.array(person, { minLength: 2, maxLength: 20 }), (people) => {
        const on = runEngine(book(people, gender, 'Có'));
        const off = runEngine(book(people, gender, 'Không'));
        expect(statuses(on)).toEqual(statuses(off));
        ties += on.quotas.reduce((a, q) => a + q.tied, 0);
      }),
      { numRuns: 60 },
    );
    // The books did tie at the boundaries, so the step was met.
    expect(ties).toBeGreaterThan(0);
  });
  test('with both genders it does separate some ties (the property is not empty)', () => {
    let changed = 0;
    fc.assert(
      fc.property(fc.array(person, { minLength: 2, maxLength: 20 }), (people) => {
        const g = (i: number) => (i % 2 === 0 ? 'Nữ' : 'Nam');
        if (statuses(runEngine(book(people, g, 'Có'))).join() !== statuses(runEngine(book(people, g, 'Không'))).join()) changed++;
      }),
      { numRuns: 60 },
    );
    expect(changed).toBeGreaterThan(0);
  });
});
