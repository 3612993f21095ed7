import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { CellValue } from '../../../src/sheet/grid';
import { SheetModel } from '../../../src/sheet/sheetModel';
import { explainDecision } from '../../../src/core/output/explain';
import { buildTemplateSheets } from '../../../src/core/template/defaults';
import { readGrids } from '../../../src/host/file/fileHost';
import { checkOf, decision, rankOnFile, setTitleCell, sheet } from '../../support/book';
import { cli } from '../../support/cli';

/**
 * The law in force on the decision date (issue 22 items 1, 2, 5): the template writes the set in
 * force, the book's own `Danh hiệu` keeps an expired rule with a finding on its cell, CSTĐCS has no
 * cap unless the agency turns the old 15% on, maternity leave counts as time worked and the old
 * LĐTT exclusions are options, off.
 */
const CSTD = 'Chiến sĩ thi đua cơ sở';
const LDTT = 'Lao động tiên tiến';
const HEAD = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Xếp loại',
  'Sáng kiến',
  'Số ngày nghỉ',
  'Trong đó nghỉ thai sản',
  'Số tháng công tác',
  '1.1',
  '1.2',
  '1.3',
  '2.1',
  '2.2',
  '3.1',
  '4.1',
  '4.2',
];
const row = (
  i: number,
  name: string,
  rating: string,
  o: { off?: number; maternity?: number; months?: number; initiatives?: number; minus?: number } = {},
): CellValue[] => [
  i,
  name,
  `${String(i).padStart(2, '0')}/01/1985`,
  rating,
  o.initiatives ?? 1,
  o.off ?? null,
  o.maternity ?? null,
  o.months ?? null,
  30,
  20 - (o.minus ?? 0),
  10,
  10,
  10,
  10,
  5,
  5,
];
const unitSheet = (name: string, rows: CellValue[][]) => sheet(name, [[`BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2026 – ${name}`], [], HEAD, ...rows]);
const TEN = unitSheet(
  'VP',
  ['An', 'Bình', 'Cúc', 'Dũng', 'Em', 'Giang', 'Hà', 'Khoa', 'Lan', 'Minh'].map((n, i) => row(i + 1, n, 'HTXSNV', { minus: i })),
);

function template(year: number, edit?: (m: SheetModel[]) => void): SheetModel[] {
  const models = buildTemplateSheets({ year, organizer: 'Sở Xây dựng' });
  edit?.(models);
  return models;
}
const campaignRow = (models: SheetModel[], label: string) => models.find((m) => m.name === 'Phong trào')!.rows.find((r) => r?.[0] === label)!;
const titleRow = (models: SheetModel[], name: string) => models.find((m) => m.name === 'Danh hiệu')!.rows.find((r) => r?.[0] === name)!;

describe('thidua template --year 2026 writes the set in force, each default with its basis and tag', () => {
  let dir: string;
  let grids: Awaited<ReturnType<typeof readGrids>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thidua-law-'));
    const out = join(dir, 'mau-2026.xlsx');
    const r = await cli(['template', '--year', '2026', '-o', out]);
    expect(r.code).toBe(0);
    grids = await readGrids(new Uint8Array(await readFile(out)), 'mau-2026.xlsx');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const rowOf = (sheetName: string, first: string) => grids.sheets.find((s) => s.name === sheetName)!.rows.find((r) => r?.[0] === first)!;
  test('Phong trào: the decision date (empty, 31/12/2026 assumed), the quorum and the options with their defaults', () => {
    expect(rowOf('Phong trào', 'Ngày quyết định')[2]).toMatch(
      /Để trống: coi là 31\/12\/2026\. Mẫu này theo Luật TĐKT 06\/2022\/QH15; NĐ 152\/2025\/NĐ-CP; NĐ 129\/2025\/NĐ-CP/,
    );
    expect(rowOf('Phong trào', 'Túc số họp Hội đồng').slice(1, 3)).toEqual(['2/3', expect.stringMatching(/\[R\]$/)]);
    expect(rowOf('Phong trào', 'Ưu tiên nữ khi bằng thành tích').slice(1, 3)).toEqual([
      'Có',
      expect.stringMatching(/NĐ 152\/2025\/NĐ-CP, Điều 4 khoản 6.*\[C\]$/),
    ]);
    expect(rowOf('Phong trào', 'Giới hạn CSTĐCS 15% số LĐTT').slice(1, 3)).toEqual([
      'Không',
      expect.stringMatching(/NĐ 91\/2017\/NĐ-CP \(hết hiệu lực\).*\[C-old\]$/),
    ]);
    for (const label of ['Loại trừ công tác dưới 10 tháng', 'Loại trừ nghỉ từ 40 ngày'])
      expect(rowOf('Phong trào', label).slice(1, 3)).toEqual(['Không', expect.stringMatching(/^Có \| Không\. Có: thêm điều kiện .*cơ quan.*\[C-old\]$/)]);
  });
  test('Danh hiệu: CSTĐCS with no cap and ≥ 80% of all members; CSTĐ cấp tỉnh ≥ 90%; LĐTT without the old exclusions', () => {
    const head = grids.sheets.find((s) => s.name === 'Danh hiệu')!.rows.find((r) => r?.[0] === 'Danh hiệu / hình thức')!;
    const cell = (title: string, h: string) => rowOf('Danh hiệu', title)[head.indexOf(h)];
    expect([cell(CSTD, 'Tỷ lệ tối đa (%)'), cell(CSTD, 'Tính trên'), cell(CSTD, 'Tỷ lệ phiếu tối thiểu (%)'), cell(CSTD, 'Phiếu tính trên')]).toEqual([
      null,
      null,
      '≥ 80',
      'Tổng số thành viên',
    ]);
    expect(cell(CSTD, 'Căn cứ')).toMatch(
      /Không giới hạn tỷ lệ: .*\[R\]; mức 15% số LĐTT của NĐ 91\/2017\/NĐ-CP \(hết hiệu lực\) là tùy chọn .*\[C-old\]\. Biểu quyết: NĐ 98\/2023\/NĐ-CP, Điều 30 khoản 7, giữ theo NĐ 152\/2025\/NĐ-CP.*\[R\]$/,
    );
    expect(cell('Chiến sĩ thi đua cấp tỉnh', 'Tỷ lệ phiếu tối thiểu (%)')).toBe('≥ 90');
    expect(cell(LDTT, 'Điều kiện')).toBe('không kỷ luật từ khiển trách');
    expect(cell(LDTT, 'Căn cứ')).toMatch(/nghỉ thai sản tính là thời gian công tác: NĐ 152\/2025\/NĐ-CP, Điều 4 khoản 5 \[C\]/);
  });
});

describe('the decision date picks the set', () => {
  test('a 2024 campaign gets Decree 98/2023 and no women-first default (not yet in force)', () => {
    const m = template(2024);
    expect(campaignRow(m, 'Ưu tiên nữ khi bằng thành tích')[1]).toBe('Không');
    expect(titleRow(m, CSTD)[11]).toMatch(/Biểu quyết: NĐ 98\/2023\/NĐ-CP, Điều 30 khoản 7: .*\[C\]$/);
    expect(titleRow(m, LDTT)[11]).not.toMatch(/thai sản/);
  });
  test('no date in Phong trào: 31/12 of the year is assumed and said', async () => {
    const job = await rankOnFile([...template(2026), TEN]);
    const f = job.result.findings.find((x) => x.code === 'DECISION_DATE_ASSUMED')!;
    expect([f.sheet, f.cell, f.message]).toEqual([
      'Phong trào',
      'B10',
      'Chưa ghi "Ngày quyết định": coi là ngày 31/12/2026; áp dụng Luật TĐKT 06/2022/QH15; NĐ 152/2025/NĐ-CP; NĐ 129/2025/NĐ-CP.',
    ]);
    expect(job.result.law).toMatchObject({ decisionDate: '2026-12-31', assumed: true });
  });
  test('a date written: no finding, that date', async () => {
    const job = await rankOnFile([...template(2026, (m) => (campaignRow(m, 'Ngày quyết định')[1] = '15/01/2027')), TEN]);
    expect(job.result.findings.map((f) => f.code)).not.toContain('DECISION_DATE_ASSUMED');
    expect(job.result.law!.decisionDate).toBe('2027-01-15');
  });
});

describe('CSTĐCS: no cap by default; the old 15% an option', () => {
  test('ten people who all meet CSTĐCS in one unit: all ten proposed', async () => {
    const job = await rankOnFile([...template(2026), TEN]);
    for (const n of ['An', 'Khoa', 'Minh']) expect(decision(job, n, CSTD)).toMatchObject({ status: 'proposed', quotaNote: '' });
  });
  test('the option turned on: 15% of 10 LĐTT, one place, the explanation naming the option and its [C-old] basis', async () => {
    const job = await rankOnFile([...template(2026, (m) => (campaignRow(m, 'Giới hạn CSTĐCS 15% số LĐTT')[1] = 'Có')), TEN]);
    const q = job.result.quotas.find((x) => x.title === CSTD)!;
    expect([q.limit, q.proposed, q.cut]).toEqual([1, 1, 9]);
    expect(q.basis).toMatch(
      /^chỉ tiêu 15% × 10 Lao động tiên tiến = 1,5 → 1 suất \(làm tròn xuống\); tùy chọn "Giới hạn CSTĐCS 15% số LĐTT": .*NĐ 91\/2017\/NĐ-CP.*\[C-old\]$/,
    );
    expect(job.result.findings.map((f) => f.code)).not.toContain('LAW_RULE_EXPIRED');
    expect(explainDecision(decision(job, 'Bình', CSTD), 'vi')).toMatch(/tùy chọn "Giới hạn CSTĐCS 15% số LĐTT"/);
  });
});

describe('a book whose own Danh hiệu still holds rules of expired texts keeps them, with a finding on each cell', () => {
  let job: Awaited<ReturnType<typeof rankOnFile>>;
  beforeAll(async () => {
    job = await rankOnFile([
      ...template(2026, (m) => {
        const t = m.find((x) => x.name === 'Danh hiệu')!;
        // The 2025 template of this product, as an agency kept it.
        setTitleCell(t, CSTD, 'Tỷ lệ tối đa (%)', 15);
        setTitleCell(t, CSTD, 'Tính trên', LDTT);
        setTitleCell(t, CSTD, 'Phạm vi', 'Đơn vị');
        setTitleCell(t, CSTD, 'Tỷ lệ phiếu tối thiểu (%)', '> 50');
        setTitleCell(t, CSTD, 'Phiếu tính trên', 'Số có mặt');
        setTitleCell(t, CSTD, 'Căn cứ', 'Luật TĐKT 06/2022/QH15, Điều 23 [C]; tỷ lệ 15% số LĐTT, làm tròn xuống: NĐ 91/2017/NĐ-CP (hết hiệu lực) [C-old]');
        setTitleCell(t, LDTT, 'Điều kiện', 'không kỷ luật từ khiển trách; nghỉ < 40 ngày; công tác ≥ 10 tháng');
        setTitleCell(
          t,
          'Chiến sĩ thi đua cấp tỉnh',
          'Căn cứ',
          'Luật TĐKT 06/2022/QH15, Điều 22 [C]. Biểu quyết ≥ 90% tổng số thành viên Hội đồng, bỏ phiếu kín: NĐ 91/2017/NĐ-CP (hết hiệu lực) [C-old]',
        );
        t.rows.push(['Giấy khen của Chủ tịch UBND huyện', 'Cá nhân', null, 'HTTNV', '', null, '', null, '', '', '', 'Luật TĐKT 06/2022/QH15, Điều 80']);
      }),
      TEN,
    ]);
  });
  const findings = (code: string) => job.result.findings.filter((f) => f.code === code).map((f) => [f.cell, f.message]);
  test('the 15% cap: still applied (the sheet is the agency’s), a finding on the cell naming the decree, its end and the Law', () => {
    expect(job.result.quotas.find((x) => x.title === CSTD)!.limit).toBe(1);
    const f = findings('LAW_RULE_EXPIRED').find(([cell]) => /^F/.test(cell))!;
    expect(f[1]).toBe(
      '"Chiến sĩ thi đua cơ sở": tỷ lệ tối đa 15% theo Nghị định 91/2017/NĐ-CP, văn bản này hết hiệu lực từ 31/12/2023. Quy định hiện hành (Luật TĐKT 06/2022/QH15; NĐ 152/2025/NĐ-CP; NĐ 129/2025/NĐ-CP): Luật TĐKT 06/2022/QH15, Điều 23 không giới hạn tỷ lệ Chiến sĩ thi đua cơ sở; cơ quan vẫn muốn giữ mức 15% số LĐTT thì bật tùy chọn "Giới hạn CSTĐCS 15% số LĐTT" ở sheet "Phong trào". Sổ vẫn áp dụng ô này vì sheet "Danh hiệu" là của cơ quan.',
    );
  });
  test('the LĐTT exclusions written in Điều kiện: a finding on that cell', () => {
    const f = findings('LAW_RULE_EXPIRED').find(([, m]) => /Lao động tiên tiến/.test(m))!;
    expect(f[0]).toMatch(/^E\d+$/);
    expect(f[1]).toMatch(
      /^"Lao động tiên tiến": điều kiện "nghỉ < 40 ngày; công tác ≥ 10 tháng" theo Nghị định 91\/2017\/NĐ-CP, văn bản này hết hiệu lực từ 31\/12\/2023\. .*nghỉ thai sản tính là thời gian công tác/,
    );
  });
  test('a basis citing only the expired decree: a finding on the Căn cứ cell', () => {
    const f = findings('LAW_RULE_EXPIRED').find(([, m]) => /Chiến sĩ thi đua cấp tỉnh/.test(m))!;
    expect(f[0]).toMatch(/^L\d+$/);
    expect(f[1]).toMatch(/căn cứ theo Nghị định 91\/2017\/NĐ-CP, văn bản này hết hiệu lực từ 31\/12\/2023\. .*: thay bằng Nghị định 152\/2025\/NĐ-CP\./);
  });
  test('a CSTĐCS vote below the law: a finding on the vote cell', () => {
    const f = findings('LAW_VOTE_BELOW');
    expect(f).toEqual([
      [
        expect.stringMatching(/^J\d+$/),
        expect.stringMatching(
          /^"Chiến sĩ thi đua cơ sở" ghi biểu quyết "> 50% số có mặt", thấp hơn quy định: ≥ 80% tổng số thành viên Hội đồng, bỏ phiếu kín \(NĐ 98\/2023\/NĐ-CP, Điều 30 khoản 7/,
        ),
      ],
    ]);
  });
  test('a district form after 01/07/2025: nobody decides it, said so', () => {
    expect(findings('AUTHORITY_GONE')).toEqual([
      [
        expect.stringMatching(/^A\d+$/),
        '"Giấy khen của Chủ tịch UBND huyện" do Chủ tịch UBND cấp huyện quyết định; cấp này không còn từ sau ngày 30/06/2025 (Luật TĐKT 06/2022/QH15, Điều 80 (cấp huyện)). Ngày quyết định 31/12/2026: không còn ai quyết định hình thức này.',
      ],
    ]);
  });
});

describe('maternity leave counts as time worked; the old LĐTT exclusions are options, off', () => {
  const people = unitSheet('VP', [
    row(1, 'Thảo', 'HTTNV', { off: 120, maternity: 120 }),
    row(2, 'Quân', 'HTTNV', { off: 45 }),
    row(3, 'Vân', 'HTTNV', { months: 8 }),
  ]);
  test('by default: all three LĐTT', async () => {
    const job = await rankOnFile([...template(2026), people]);
    for (const n of ['Thảo', 'Quân', 'Vân']) expect(decision(job, n, LDTT).status).toBe('proposed');
  });
  test('both options on: 45 days off and 8 months are refused, the explanation names the option; maternity leave still counts as worked', async () => {
    const job = await rankOnFile([
      ...template(2026, (m) => {
        campaignRow(m, 'Loại trừ nghỉ từ 40 ngày')[1] = 'Có';
        campaignRow(m, 'Loại trừ công tác dưới 10 tháng')[1] = 'Có';
      }),
      people,
    ]);
    const thao = decision(job, 'Thảo', LDTT);
    expect(thao.status).toBe('proposed');
    expect(checkOf(thao, /nghỉ < 40 ngày/).detail).toBe('nghỉ 120 ngày, trong đó 120 ngày thai sản không tính: 0 ngày');
    const quan = decision(job, 'Quân', LDTT);
    expect(quan.status).toBe('notEligible');
    expect(quan.checks.filter((c) => !c.ok)).toEqual([
      expect.objectContaining({ label: 'nghỉ < 40 ngày (tùy chọn "Loại trừ nghỉ từ 40 ngày")', detail: 'nghỉ 45 ngày' }),
    ]);
    const van = decision(job, 'Vân', LDTT);
    expect(van.status).toBe('notEligible');
    expect(explainDecision(van, 'vi')).toMatch(/công tác ≥ 10 tháng \(tùy chọn "Loại trừ công tác dưới 10 tháng"\)/);
  });
});
