/**
 * Closing the year on real files: the sample book (its council's votes as typed) ranked by the
 * CLI into a result copy, the officer typing a decision number and a setting in `Số quyết định`
 * as Excel would (ExcelJS here), ranked again, then next year's book made from that copy and a
 * 2026 score sheet ranked in it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { BookSpec, Cell, addRoster, bookBytes } from '../../scripts/lib/bookFactory';
import { sampleSpec } from '../../scripts/lib/sampleSpec';
import { runEngine } from '../../src/core/engine/run';
import { readGrids } from '../../src/host/file/fileHost';
import { checkOwnership } from '../../src/core/ownership/marker';
import { WorkbookGrids, cellText } from '../../src/sheet/grid';
import { packageProblems } from '../unit/xlsx/structure';
import { cli, loadXlsx, tempDir } from './safety/support';

const DIR = tempDir('closing');

/** The sample with a decision date, and Phạm Thu An's CSTĐCS vote not yet typed (pending). */
function spec(decisionDate: string | null): BookSpec {
  const s = sampleSpec();
  s.campaign = [...s.campaign.filter(([k]) => k !== 'Ngày quyết định'), ...(decisionDate ? [['Ngày quyết định', decisionDate] as [string, Cell]] : [])];
  s.extraSheets = (s.extraSheets ?? []).map((x) =>
    x.name === 'Biểu quyết' ? { ...x, rows: x.rows.filter((r) => !(r[2] === 'Phạm Thu An' && r[1] === 'Chiến sĩ thi đua cơ sở')) } : x,
  );
  return s;
}

async function rankJson(file: string): Promise<{ closing: ClosingJson; skippedSheets: { sheet: string }[] }> {
  const r = await cli(['rank', file, '--json', '-o', file.replace(/\.xlsx$/, '.json-out.xlsx')]);
  expect(r.code).toBe(1);
  return JSON.parse(r.stdout) as { closing: ClosingJson; skippedSheets: { sheet: string }[] };
}

interface ClosingJson {
  decisions: {
    title: string;
    number: string;
    date: string | null;
    dateNote: string;
    baseSalary: number;
    awardees: { goldenBook: number; name: string; amount: number; paid: boolean; reason: string }[];
    pending: { name: string; reason: string }[];
  }[];
  money: { total: number; rounding: string };
  upward: { title: string; name: string }[];
  certificates: number;
}

const decision = (j: { closing: ClosingJson }, title: string) => j.closing.decisions.find((d) => d.title === title)!;
const sheet = (g: WorkbookGrids, name: string) => g.sheets.find((s) => s.name === name)!;
const texts = (g: WorkbookGrids, name: string) =>
  sheet(g, name)
    .rows.flat()
    .map((v) => cellText(v ?? null));

let before = '';
let first = '';

beforeAll(async () => {
  before = join(DIR, 'before.xlsx');
  writeFileSync(before, await bookBytes(spec('15/12/2025')));
  first = join(DIR, 'first.xlsx');
  expect((await cli(['rank', before, '-o', first])).code).toBe(1);
});

describe('the result copy holds the closing sheets (real file)', () => {
  test('register, one decision per title the agency decides, money, certificates (merge + print), report; a valid package', async () => {
    const bytes = readFileSync(first);
    expect(packageProblems(bytes)).toEqual([]);
    const g = await readGrids(bytes);
    const names = g.sheets.map((s) => s.name);
    for (const n of [
      'Số quyết định',
      'QĐ Lao động tiên tiến',
      'QĐ Chiến sĩ thi đua cơ sở',
      'QĐ Tập thể lao động tiên tiến',
      'Tiền thưởng',
      'Trộn thư giấy khen',
      'In giấy khen',
      'Báo cáo tổng kết',
    ])
      expect(names).toContain(n);
    // The upper level's titles get no decision here (Luật TĐKT 2022, Điều 80).
    expect(names.filter((n) => n.startsWith('QĐ '))).toHaveLength(3);
    expect(checkOwnership(g).conflicts).toEqual([]);
    // The decision: Decree 30 parts in order, căn cứ the council's minutes with its date.
    const d = texts(g, 'QĐ Chiến sĩ thi đua cơ sở');
    const at = (s: string | RegExp) => d.findIndex((x) => (typeof s === 'string' ? x === s : s.test(x)));
    const order = [
      at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
      at(/^Số: ……\/QĐ-/),
      at('QUYẾT ĐỊNH'),
      at(/^Về việc công nhận danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025$/),
      at(/^Căn cứ Luật Thi đua, khen thưởng/),
      at(/^Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng ngày 22\/12\/2025;$/),
      at(/^Điều 1\./),
      at(/^Điều 2\./),
      at(/^Điều 3\./),
      at('Nơi nhận:'),
      at(/^DANH SÁCH CHIẾN SĨ THI ĐUA CƠ SỞ$/),
    ];
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Decree 152/2025 is in force on 15/12/2025 for the căn cứ line.
    expect(d.some((x) => /Nghị định số 152\/2025\/NĐ-CP/.test(x))).toBe(true);
    const sheetModel = sheet(g, 'QĐ Chiến sĩ thi đua cơ sở');
    expect(sheetModel.rows.length).toBeGreaterThan(30);
  });

  test('a pending vote is kept out of the decision and listed apart; the list is numbered 1…n (số sổ vàng)', async () => {
    const j = await rankJson(before);
    const cstdcs = decision(j, 'Chiến sĩ thi đua cơ sở');
    const names = cstdcs.awardees.map((a) => a.name);
    expect(names).toContain('Lê Minh Tuấn');
    expect(names).toContain('Vũ Thị Thanh Hà'); // won the tie 8 to 6
    expect(names).not.toContain('Đinh Công Minh');
    expect(names).not.toContain('Phạm Thu An'); // her vote not typed yet
    expect(cstdcs.pending).toEqual(expect.arrayContaining([{ name: 'Phạm Thu An', unit: 'Phòng Quản lý xây dựng', reason: 'Chờ Hội đồng biểu quyết' }]));
    expect(cstdcs.pending.map((p) => p.name)).toEqual(expect.arrayContaining(['Hoàng Văn Khánh', 'Ngô Thị Phương Lan']));
    expect(cstdcs.awardees.map((a) => a.goldenBook)).toEqual(cstdcs.awardees.map((_, i) => i + 1));
    // Upward-decided titles are listed apart (paid by that level).
    expect(j.closing.upward.map((u) => u.title)).toContain('Chiến sĩ thi đua cấp tỉnh');
    const g = await readGrids(readFileSync(first));
    const list = texts(g, 'QĐ Chiến sĩ thi đua cơ sở');
    const apart = list.indexOf('CHƯA ĐƯA VÀO QUYẾT ĐỊNH');
    expect(apart).toBeGreaterThan(list.indexOf('Lê Minh Tuấn'));
    expect(list.indexOf('Phạm Thu An')).toBeGreaterThan(apart);
  });

  test('a person LĐTT and CSTĐCS the same year is paid once, the higher; the row says why the other is not paid', async () => {
    const j = await rankJson(before);
    const tuanLdtt = decision(j, 'Lao động tiên tiến').awardees.find((a) => a.name === 'Lê Minh Tuấn')!;
    const tuanCs = decision(j, 'Chiến sĩ thi đua cơ sở').awardees.find((a) => a.name === 'Lê Minh Tuấn')!;
    expect(tuanLdtt).toMatchObject({ paid: false, amount: 0 });
    expect(tuanLdtt.reason).toMatch(/cùng năm được “Chiến sĩ thi đua cơ sở”/);
    expect(tuanCs).toMatchObject({ paid: true, amount: 2_340_000 });
    const g = await readGrids(readFileSync(first));
    const money = sheet(g, 'Tiền thưởng').rows;
    // Above the total: what this agency pays (his provincial title is listed apart, below, paid upward).
    const end = money.findIndex((r) => r[1] === 'TỔNG CỘNG');
    const rows = money.slice(0, end).filter((r) => r[1] === 'Lê Minh Tuấn');
    expect(money.slice(end).some((r) => r[1] === 'Lê Minh Tuấn' && r[3] === 'Chiến sĩ thi đua cấp tỉnh')).toBe(true);
    expect(rows.map((r) => [r[3], r[7] ?? null])).toEqual([
      ['Lao động tiên tiến', null],
      ['Chiến sĩ thi đua cơ sở', 2_340_000],
    ]);
    // The total is the sum of what is paid.
    const total = money.find((r) => r[1] === 'TỔNG CỘNG')!;
    expect(total[7]).toBe(j.closing.money.total);
    expect(total[8]).toBe(`${String(j.closing.money.total).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đ`);
  });

  test('the base salary by the decision date: 2,340,000 đ before 01/07/2026, 2,530,000 đ from it; an empty date says which was assumed', async () => {
    const j = await rankJson(before);
    expect(decision(j, 'Lao động tiên tiến').baseSalary).toBe(2_340_000);
    // 0,3 × 2.340.000 = 702.000 → rounded up 710.000.
    expect(decision(j, 'Lao động tiên tiến').awardees.find((a) => a.paid)!.amount).toBe(710_000);
    const after = join(DIR, 'after.xlsx');
    writeFileSync(after, await bookBytes(spec('15/07/2026')));
    const k = await rankJson(after);
    expect(decision(k, 'Lao động tiên tiến').baseSalary).toBe(2_530_000);
    expect(decision(k, 'Lao động tiên tiến').awardees.find((a) => a.paid)!.amount).toBe(760_000);
    expect(decision(k, 'Tập thể lao động tiên tiến').awardees[0].amount).toBe(2_030_000);
    const none = join(DIR, 'nodate.xlsx');
    writeFileSync(none, await bookBytes(spec(null)));
    const n = await rankJson(none);
    expect(decision(n, 'Lao động tiên tiến').dateNote).toMatch(/^Chưa có ngày quyết định .*: tạm tính theo ngày lập \d\d\/\d\d\/\d{4}$/);
  });
});

describe('the officer types in Số quyết định; the next run keeps it and uses it (real files)', () => {
  let second = '';
  beforeAll(async () => {
    const typed = join(DIR, 'typed.xlsx');
    const wb = await loadXlsx(first);
    const ws = wb.getWorksheet('Số quyết định')!;
    ws.eachRow((row) => {
      if (row.getCell(2).value === 'Chiến sĩ thi đua cơ sở') {
        row.getCell(5).value = '125/QĐ-SXD';
        row.getCell(6).value = '26/12/2025';
      }
      if (row.getCell(2).value === 'Làm tròn tiền thưởng') row.getCell(5).value = 'Gần nhất';
      if (row.getCell(2).value === 'Địa danh (ghi trên văn bản)') row.getCell(5).value = 'Hà Tĩnh';
      if (row.getCell(2).value === 'Họ tên người ký') row.getCell(5).value = 'Phạm Văn Hùng';
    });
    await wb.xlsx.writeFile(typed);
    second = join(DIR, 'second.xlsx');
    // Typing in the register's user columns is not an edit: no --force needed.
    const r = await cli(['rank', typed, '-o', second]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
  });

  test('the typed number and date are kept, in the decision, the list head, the certificates and the money', async () => {
    const g = await readGrids(readFileSync(second));
    const reg = sheet(g, 'Số quyết định').rows.find((r) => r[1] === 'Chiến sĩ thi đua cơ sở')!;
    expect([reg[4], reg[5]]).toEqual(['125/QĐ-SXD', '26/12/2025']);
    const d = texts(g, 'QĐ Chiến sĩ thi đua cơ sở');
    expect(d).toContain('Số: 125/QĐ-SXD');
    expect(d).toContain('Hà Tĩnh, ngày 26 tháng 12 năm 2025');
    expect(d).toContain('(Kèm theo Quyết định số 125/QĐ-SXD ngày 26 tháng 12 năm 2025');
    expect(d).toContain('của Giám đốc Sở Xây dựng tỉnh …)');
    // The other titles still wait for theirs.
    expect(texts(g, 'QĐ Lao động tiên tiến')).toContain('Số: ……/QĐ-……');
    // Mail merge data source, read back by a second reader (ExcelJS): one header row, one row per certificate, no merges.
    const wb = await loadXlsx(second);
    const ws = wb.getWorksheet('Trộn thư giấy khen')!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      'STT',
      'So_so_vang',
      'Danh_xung',
      'Ho_va_ten',
      'Chuc_vu',
      'Don_vi',
      'Danh_hieu_hinh_thuc',
      'Thanh_tich',
      'So_quyet_dinh',
      'Ngay_quyet_dinh',
      'Dia_danh_ngay',
      'Chuc_vu_nguoi_ky',
      'Nguoi_ky',
      'Co_quan',
    ]);
    const rows: ExcelJS.CellValue[][] = [];
    ws.eachRow((row, n) => n > 1 && rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    const j = await rankJson(second);
    expect(rows).toHaveLength(j.closing.certificates);
    expect(rows.map((r) => r[3])).toEqual(decision(j, 'Chiến sĩ thi đua cơ sở').awardees.map((a) => a.name));
    expect(
      rows.every((r) => r[8] === '125/QĐ-SXD' && r[9] === '26/12/2025' && r[10] === 'Hà Tĩnh, ngày 26 tháng 12 năm 2025' && r[12] === 'Phạm Văn Hùng'),
    ).toBe(true);
    expect(rows.map((r) => r[1])).toEqual(rows.map((_, i) => i + 1));
    expect(Object.keys((ws.model as { merges?: string[] }).merges ?? {})).toHaveLength(0);
    // LĐTT has no certificate.
    expect(rows.some((r) => r[6] === 'Lao động tiên tiến')).toBe(false);
    // One certificate per printed page: a manual break before each but the first; A4 landscape.
    const print = wb.getWorksheet('In giấy khen')!;
    expect(print.pageSetup.orientation).toBe('landscape');
    const xml = readFileSync(second);
    expect(xml.length).toBeGreaterThan(0);
  });

  test('rounding as the register says: nearest gives 0,8 × 2.340.000 = 1.872.000 → 1.870.000 (up: 1.880.000)', async () => {
    const up = decision(await rankJson(first), 'Tập thể lao động tiên tiến');
    const again = await rankJson(second);
    const nearest = decision(again, 'Tập thể lao động tiên tiến');
    // On the copy, the closing sheets are the add-in's output, never read as input.
    expect(again.skippedSheets.map((s) => s.sheet)).toEqual(['Ghi chú']);
    expect(up.awardees[0].amount).toBe(1_880_000);
    expect(nearest.awardees[0].amount).toBe(1_870_000);
    // The CSTĐCS decision date typed (26/12/2025) is the one used for its base salary.
    expect(decision(await rankJson(second), 'Chiến sĩ thi đua cơ sở').dateNote).toBe('Ngày quyết định 26/12/2025 (Số quyết định)');
  });

  test('next year: the book carries the config, the history gains this year’s titles with their decision; a 2026 sheet ranks on it', async () => {
    const next = join(DIR, 'next.xlsx');
    const r = await cli(['next-year', second, '-o', next]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Sổ năm 2026/);
    const bytes = readFileSync(next);
    expect(packageProblems(bytes)).toEqual([]);
    const g = await readGrids(bytes);
    expect(g.sheets.map((s) => s.name)).toEqual(['Phong trào', 'Tiêu chí', 'Danh hiệu', 'Đơn vị', 'Lịch sử khen thưởng']);
    const hist = sheet(g, 'Lịch sử khen thưởng').rows;
    const ha = hist.find((row) => row[0] === 'Vũ Thị Thanh Hà' && row[4] === 'Chiến sĩ thi đua cơ sở')!;
    expect(ha.slice(3, 7)).toEqual([2025, 'Chiến sĩ thi đua cơ sở', '125/QĐ-SXD', '26/12/2025']);
    // The old history is still there.
    expect(hist.some((row) => row[0] === 'Lê Minh Tuấn' && row[3] === 2023)).toBe(true);
    // A 2026 score sheet for him: CSTĐCS again, and the Bằng khen's "1 năm liên tục CSTĐCS" met from the history, no typing.
    const year2025 = runEngine(await readGrids(readFileSync(before)));
    const him = year2025.candidates.find((c) => c.name === 'Vũ Thị Thanh Hà')!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const s = sampleSpec();
    const scores: Record<string, Cell | [Cell, Cell]> = { '1.1': 30, '1.2': 20, '1.3': 10, '2.1': 10, '2.2': 10, '3.1': 10, '3.2': 10, C1: null, T1: null };
    addRoster(
      wb,
      {
        sheet: 'KHTC',
        titleLines: ['BẢNG TỰ CHẤM ĐIỂM NĂM 2026'],
        criteria: s.rosters[1].criteria,
        rows: [
          { name: him.name, dob: him.dob!.split('-').reverse().join('/'), position: him.position, rating: 'HTXSNV', initiatives: 2, scores, total: 'auto' },
        ],
      },
      s.criteria,
    );
    const withSheet = join(DIR, 'next-2026.xlsx');
    await wb.xlsx.writeFile(withSheet);
    const r2026 = runEngine(await readGrids(readFileSync(withSheet)));
    expect(r2026.campaign?.year).toBe(2026);
    const c = r2026.candidates.find((x) => x.name === 'Vũ Thị Thanh Hà')!;
    const bk = r2026.decisions.at(c).find((d) => /^Bằng khen/.test(d.title) && d.title.includes('cá nhân'))!;
    const chain = bk.checks.map((x) => `${x.label}: ${x.ok} ${x.detail}`).join(' | ');
    expect(chain).toMatch(/2025/);
    expect(['proposed', 'tiedAtQuota', 'cutByQuota']).toContain(bk.status);
  });
});
