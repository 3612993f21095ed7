/**
 * Four points where an independent reimplementation of the contract disagreed with the product
 * (issue 15), each on a real .xlsx made here and run through the command line: a negative total,
 * a merged `Đơn vị` cell, a quota cell formatted as a percentage, and exact ties under weights.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { CellValue, isPercentFormat } from '../../src/sheet/grid';
import { readShare } from '../../src/core/config/titles';
import { bookBytes, BookSpec, buildBook } from '../../scripts/lib/bookFactory';
import { ZipArchive } from '../../src/xlsx/zip';
import { nodeCodec } from '../../src/host/file/nodeCodec';
import { cli, tempDir } from './safety/support';
import { campaign, simpleCriteria, titles, units, roster, run, byName, grid, TITLES_HEAD, CRITERIA_HEAD } from '../support/grids';
import { MemoryBook, MemoryExcel } from '../../src/host/memory/memoryExcel';
import { readWorkbook } from '../../src/host/office/readBook';
import { runEngine } from '../../src/core/engine/run';
import { FindingLog } from '../../src/core/findings/log';
import { readHistory, readUnits } from '../../src/core/config/units';
import { peopleFromStaffList } from '../../src/core/roundtrip/template';

const DIR = tempDir('independent');

interface JsonCandidate {
  name: string;
  unit: string;
  sheet: string;
  total: number;
  rank: number;
  ranks: { campaign: number; block: number | null; unit: number };
  titles: string[];
  tiedAtQuota: string[];
}
interface JsonFinding {
  code: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
}

async function rankFile(file: string, lang: 'vi' | 'en' = 'vi') {
  const out = file.replace(/\.xlsx$/, '.ket-qua.xlsx');
  const r = await cli(['rank', file, '-o', out, '--json', ...(lang === 'en' ? ['--lang', 'en'] : [])]);
  expect(r.stderr).toBe('');
  expect(r.code === 0 || r.code === 1).toBe(true);
  const j = JSON.parse(r.stdout) as { candidates: JsonCandidate[]; findings: JsonFinding[] };
  const who = (name: string) => {
    const c = j.candidates.find((x) => x.name === name);
    if (!c) throw new Error(`no candidate ${name}`);
    return c;
  };
  return { ...j, code: r.code, out, who };
}

async function write(name: string, spec: BookSpec | ExcelJS.Workbook): Promise<string> {
  const file = join(DIR, name);
  writeFileSync(file, spec instanceof ExcelJS.Workbook ? new Uint8Array((await spec.xlsx.writeBuffer()) as ArrayBuffer) : await bookBytes(spec));
  return file;
}

const CAMPAIGN: BookSpec['campaign'] = [
  ['Tên phong trào', 'Thi đua năm 2025'],
  ['Năm', 2025],
];
const LDTT = { name: 'Lao động tiên tiến', subject: 'Cá nhân' as const, conditions: 'không kỷ luật' };
/** One group with one item, scored out of 100. */
const ONE_ITEM: BookSpec['criteria'] = [
  { code: 'I', text: 'Chuyên môn', max: 100 },
  { code: '1.1', text: 'Kế hoạch', max: 100 },
];

describe('1. a negative total ranks like any other', () => {
  test('a candidate with only a deduction (total −5) is ranked last, the run writes every sheet', async () => {
    const file = await write('negative.xlsx', {
      campaign: CAMPAIGN,
      criteria: [
        { code: 'I', text: 'Chuyên môn', max: 100 },
        { code: '1.1', text: 'Kế hoạch', max: 100 },
        { code: 'T1', text: 'Vi phạm', max: 10, kind: 'Trừ' },
      ],
      titles: [{ ...LDTT, percent: 50, scope: 'Đơn vị' }],
      units: [
        { code: 'A', name: 'Phòng A', headcount: 2 },
        { code: 'B', name: 'Phòng B', headcount: 2 },
      ],
      rosters: [
        {
          sheet: 'Phòng A',
          columns: ['stt', 'rating', 'discipline'],
          criteria: ['1.1', 'T1'],
          rows: [{ name: 'Nguyễn Văn An', rating: 'HTTNV', scores: { T1: 5 } }],
        },
        {
          sheet: 'Phòng B',
          columns: ['stt', 'rating', 'discipline'],
          criteria: ['1.1', 'T1'],
          rows: [
            { name: 'Trần Văn Bình', rating: 'HTTNV', scores: { '1.1': 50 } },
            { name: 'Lê Thị Cúc', rating: 'HTTNV', scores: { '1.1': 2, T1: 4 } },
          ],
        },
      ],
    });
    const r = await rankFile(file);
    expect(r.who('Nguyễn Văn An')).toMatchObject({ unit: 'Phòng A', total: -5, rank: 3, ranks: { unit: 1 } });
    expect(r.who('Lê Thị Cúc')).toMatchObject({ unit: 'Phòng B', total: -2, rank: 2, ranks: { unit: 2 } });
    expect(r.who('Trần Văn Bình')).toMatchObject({ total: 50, rank: 1 });
    // 50% of the unit's one person is 0 places after rounding down: nobody in Phòng A; one in B.
    expect(r.who('Trần Văn Bình').titles).toEqual(['Lao động tiên tiến']);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(r.out);
    const summary = copy.getWorksheet('Tổng hợp')!;
    const rowOf = (unit: string) => summary.getRows(1, summary.rowCount)!.find((row) => row.getCell(2).value === unit)!;
    expect(rowOf('Phòng A').getCell(summary.columnCount).value).toBe(-5);
    expect(rowOf('Phòng B').getCell(summary.columnCount).value).toBe(24);
    // The chart's value axis is not pinned at 0, which would cut Phòng A's bar off.
    const zip = new ZipArchive(new Uint8Array(readFileSync(r.out)), nodeCodec);
    const chart = [...zip.entries.keys()].find((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))!;
    const xml = zip.text(chart)!;
    expect(xml).toContain('<c:v>-5</c:v>');
    expect(xml).toContain('<c:min val="-10"/>');
  });
});

describe('2. a merged Đơn vị cell is the unit of every row it covers', () => {
  test('the unit merged down two rows counts for both; a blank unit on a sheet named after no unit is said', async () => {
    const wb = buildBook({
      campaign: CAMPAIGN,
      criteria: ONE_ITEM,
      titles: [{ ...LDTT, percent: 50, scope: 'Đơn vị' }],
      units: [
        { code: 'A', name: 'Phòng Kế hoạch', block: 'Khối tham mưu', headcount: 2 },
        { code: 'B', name: 'Phòng Tổ chức', headcount: 2 },
      ],
      rosters: [
        {
          sheet: 'Khối văn phòng',
          columns: ['stt', 'unit', 'rating', 'discipline'],
          criteria: ['1.1'],
          rows: [
            { name: 'Nguyễn Văn An', unit: 'Phòng Kế hoạch', rating: 'HTTNV', scores: { '1.1': 90 } },
            { name: 'Trần Văn Bình', rating: 'HTTNV', scores: { '1.1': 80 } },
            { name: 'Lê Thị Cúc', unit: 'Phòng Tổ chức', rating: 'HTTNV', scores: { '1.1': 70 } },
            { name: 'Phạm Văn Dũng', unit: 'Phòng Tổ chức', rating: 'HTTNV', scores: { '1.1': 60 } },
            { name: 'Hoàng Thị Em', rating: 'HTTNV', scores: { '1.1': 50 } },
          ],
        },
      ],
    });
    // Unit C2:C3 (An, Bình); the block merged down both units of `Đơn vị` (C2:C3).
    wb.getWorksheet('Khối văn phòng')!.mergeCells('C2:C3');
    wb.getWorksheet('Đơn vị')!.mergeCells('C2:C3');
    for (const lang of ['vi', 'en'] as const) {
      const r = await rankFile(await write(`merged-${lang}.xlsx`, wb), lang);
      const an = r.who('Nguyễn Văn An');
      const binh = r.who('Trần Văn Bình');
      expect(an).toMatchObject({ unit: 'Phòng Kế hoạch', total: 90, ranks: { unit: 1, block: 1 }, titles: ['Lao động tiên tiến'] });
      // Bình is Phòng Kế hoạch's second: 50% of 2 is one place, taken by An.
      expect(binh).toMatchObject({ unit: 'Phòng Kế hoạch', total: 80, ranks: { unit: 2, block: 2 }, titles: [] });
      expect(r.who('Lê Thị Cúc')).toMatchObject({ unit: 'Phòng Tổ chức', ranks: { unit: 1, block: 3 }, titles: ['Lao động tiên tiến'] });
      expect(r.who('Phạm Văn Dũng')).toMatchObject({ unit: 'Phòng Tổ chức', ranks: { unit: 2 }, titles: [] });
      // Em's unit cell is blank: the sheet's name stands in for a unit `Đơn vị` does not have, and that is said.
      expect(r.who('Hoàng Thị Em')).toMatchObject({ unit: 'Khối văn phòng', ranks: { unit: 1 } });
      const said = r.findings.filter((f) => f.code === 'SHEET_NAME_NOT_UNIT');
      expect(said).toHaveLength(1);
      expect(said[0]).toMatchObject({ severity: 'warning', sheet: 'Khối văn phòng', cell: 'C6' });
      expect(said[0].message).toContain(lang === 'vi' ? 'tên sheet không khớp đơn vị nào trong sheet "Đơn vị"' : 'the sheet name matches no unit in "Đơn vị"');
      expect(said[0].message).toContain(lang === 'vi' ? '1 dòng để trống ô "Đơn vị" (dòng 6)' : 'row 6');
    }
  });

  test('a unit written on a row that "Đơn vị" does not have counts as its own unit, and that is said on its cell', async () => {
    const wb = buildBook({
      campaign: CAMPAIGN,
      criteria: ONE_ITEM,
      titles: [{ ...LDTT, percent: 50, scope: 'Đơn vị' }],
      units: [
        { code: 'A', name: 'Phòng Kế hoạch', headcount: 2 },
        { code: 'B', name: 'Phòng Tổ chức', headcount: 2 },
      ],
      rosters: [
        {
          sheet: 'Khối văn phòng',
          columns: ['stt', 'unit', 'rating', 'discipline'],
          criteria: ['1.1'],
          rows: [
            { name: 'Nguyễn Văn An', unit: 'Phòng Kế hoạch', rating: 'HTTNV', scores: { '1.1': 90 } },
            { name: 'Trần Văn Bình', unit: 'Phòng Kế toán', rating: 'HTTNV', scores: { '1.1': 80 } },
            { name: 'Lê Thị Cúc', unit: 'Phòng Kế toán', rating: 'HTTNV', scores: { '1.1': 70 } },
          ],
        },
      ],
    });
    for (const lang of ['vi', 'en'] as const) {
      const r = await rankFile(await write(`unlisted-${lang}.xlsx`, wb), lang);
      expect(r.who('Trần Văn Bình')).toMatchObject({ unit: 'Phòng Kế toán', ranks: { unit: 1 } });
      const said = r.findings.filter((f) => f.code === 'ROW_UNIT_NOT_UNIT');
      expect(said).toHaveLength(1);
      expect(said[0]).toMatchObject({ severity: 'warning', sheet: 'Khối văn phòng', cell: 'C3' });
      expect(said[0].message).toContain(
        lang === 'vi'
          ? 'đơn vị "Phòng Kế toán" ghi ở 2 dòng (dòng 3, 4) không khớp'
          : 'the unit "Phòng Kế toán" written on 2 row(s) (row 3, 4) matches no unit',
      );
    }
  });
});

describe('3. a share is read as the user sees it', () => {
  test('0,5 formatted 0% is 50%; text "40%" is 40%; a bare 0,5 is 0,5% with a warning on its cell', async () => {
    const wb = buildBook({
      campaign: CAMPAIGN,
      criteria: ONE_ITEM,
      titles: [
        { ...LDTT, scope: 'Đơn vị' },
        { name: 'Giấy khen của Giám đốc', subject: 'Cá nhân', conditions: 'không kỷ luật', scope: 'Đơn vị' },
        { name: 'Bằng khen của Chủ tịch UBND tỉnh', subject: 'Cá nhân', conditions: 'không kỷ luật', scope: 'Đơn vị' },
      ],
      units: [{ code: 'A', name: 'Phòng A', headcount: 4 }],
      rosters: [
        {
          sheet: 'Phòng A',
          columns: ['stt', 'rating', 'discipline'],
          criteria: ['1.1'],
          rows: [90, 80, 70, 60].map((x, i) => ({
            name: ['Nguyễn Văn An', 'Trần Văn Bình', 'Lê Thị Cúc', 'Phạm Văn Dũng'][i],
            rating: 'HTTNV',
            scores: { '1.1': x },
          })),
        },
      ],
    });
    // `Tỷ lệ tối đa (%)` is column F: typed "50%" (Excel keeps 0,5 and the 0% format), "40%" as text, and 0,5.
    const titles = wb.getWorksheet('Danh hiệu')!;
    titles.getCell('F2').value = 0.5;
    titles.getCell('F2').numFmt = '0%';
    titles.getCell('F3').value = '40%';
    titles.getCell('F4').value = 0.5;
    for (const lang of ['vi', 'en'] as const) {
      const r = await rankFile(await write(`share-${lang}.xlsx`, wb), lang);
      // 50% of 4 = 2 places; 40% of 4 = 1,6: 1 place; 0,5% of 4 = 0,02: none.
      expect(r.who('Nguyễn Văn An').titles).toEqual(['Lao động tiên tiến', 'Giấy khen của Giám đốc']);
      expect(r.who('Trần Văn Bình').titles).toEqual(['Lao động tiên tiến']);
      expect(r.who('Lê Thị Cúc').titles).toEqual([]);
      expect(r.who('Phạm Văn Dũng').titles).toEqual([]);
      expect(r.findings.filter((f) => f.sheet === 'Danh hiệu').map((f) => `${f.code} ${f.cell}`)).toEqual(['TITLE_SHARE_UNCLEAR F4']);
      const unclear = r.findings.find((f) => f.code === 'TITLE_SHARE_UNCLEAR')!;
      expect(unclear.severity).toBe('warning');
      expect(unclear.message).toContain(lang === 'vi' ? 'được hiểu là 0,5%' : 'it is read as 0.5%');
      expect(unclear.message).toContain('50%');
    }
  });
});

describe('4. ties under weights are exact', () => {
  // Weight 0,125 on two items: 52,33 + 52,33 and 52,32 + 52,34 are both 104,66 × 0,125 = 13,0825;
  // rounding each item to 4 decimals first gave 6,5412 + 6,5412 = 13,0824 against 13,0825.
  const spec = (rows: { name: string; a: number; b: number }[]): BookSpec => ({
    campaign: CAMPAIGN,
    criteria: [
      { code: 'I', text: 'Chuyên môn', max: 100 },
      { code: '1.1', text: 'Kế hoạch', max: 100, weight: 0.125 },
      { code: '1.2', text: 'Chất lượng', max: 100, weight: 0.125 },
    ],
    titles: [{ ...LDTT, maxCount: 1, scope: 'Toàn cơ quan' }],
    units: [{ code: 'A', name: 'Phòng A', headcount: 3 }],
    rosters: [
      {
        sheet: 'Phòng A',
        columns: ['stt', 'rating', 'discipline'],
        criteria: ['1.1', '1.2'],
        rows: rows.map((x) => ({ name: x.name, rating: 'HTTNV', scores: { '1.1': x.a, '1.2': x.b } })),
      },
    ],
  });

  test('13,0825 and 13,0825 tie at the one place: both wait for the council, neither is proposed', async () => {
    const r = await rankFile(
      await write(
        'ties.xlsx',
        spec([
          { name: 'Nguyễn Văn An', a: 52.33, b: 52.33 },
          { name: 'Trần Văn Bình', a: 52.32, b: 52.34 },
          { name: 'Lê Thị Cúc', a: 40, b: 40 },
        ]),
      ),
    );
    const an = r.who('Nguyễn Văn An');
    const binh = r.who('Trần Văn Bình');
    expect(an.total).toBe(13.0825);
    expect(binh.total).toBe(13.0825);
    expect([an.rank, binh.rank, r.who('Lê Thị Cúc').rank]).toEqual([1, 1, 3]);
    expect(an.titles).toEqual([]);
    expect(binh.titles).toEqual([]);
    expect(an.tiedAtQuota).toEqual(['Lao động tiên tiến']);
    expect(binh.tiedAtQuota).toEqual(['Lao động tiên tiến']);
    expect(r.findings.map((f) => f.code)).toContain('QUOTA_TIE');
  });

  test('0,1 + 0,2 against 0,3, in either order, on criteria of equal weight: one total, one rank', async () => {
    const r = await rankFile(
      await write(
        'order.xlsx',
        spec([
          { name: 'Nguyễn Văn An', a: 0.1, b: 0.2 },
          { name: 'Trần Văn Bình', a: 0.2, b: 0.1 },
          { name: 'Lê Thị Cúc', a: 0.3, b: 0 },
        ]),
      ),
    );
    const totals = ['Nguyễn Văn An', 'Trần Văn Bình', 'Lê Thị Cúc'].map((n) => r.who(n));
    expect(totals.map((c) => c.total)).toEqual([0.0375, 0.0375, 0.0375]);
    expect(totals.map((c) => c.rank)).toEqual([1, 1, 1]);
  });
});

describe('property: equal exact sums get the same total and rank', () => {
  // Typed scores (up to 2 decimals) and weights as agencies write them (up to 4 decimals).
  const score = fc.integer({ min: 0, max: 10000 }).map((h) => h / 100);
  const weight = fc.constantFrom(1, 0.5, 0.25, 0.125, 0.0625, 0.1, 0.2, 0.3, 0.7, 1.5, 2, 3, 0.3333, 0.05);
  const criteria = (w: number, gw: number, extra: number) =>
    simpleCriteria([
      ['I', 'Chuyên môn', null, '', gw],
      ['1.1', 'A', 100, '', w],
      ['1.2', 'B', 100, '', w],
      ['1.3', 'C', 100, '', extra],
      ['C1', 'Thưởng', 10, 'Cộng'],
      ['T1', 'Trừ', 10, 'Trừ'],
    ]);
  const head = ['STT', 'Họ và tên', 'Xếp loại', 'Sáng kiến', 'Kỷ luật', '1.1', '1.2', '1.3', 'C1', 'T1'];

  test('the same scores on two criteria of equal weight, swapped; or moved from one to the other', () => {
    fc.assert(
      fc.property(score, score, score, score, weight, weight, weight, fc.integer({ min: -500, max: 500 }), (a, b, c, t, w, gw, extra, shift) => {
        // Moving d points from 1.1 to 1.2 keeps the exact sum when neither goes below 0 or above 100.
        const d = shift / 100;
        const movedA = Math.round((a + d) * 100) / 100;
        const movedB = Math.round((b - d) * 100) / 100;
        const moved = movedA >= 0 && movedA <= 100 && movedB >= 0 && movedB <= 100;
        const bonus = Math.round(t) % 10;
        const rows: CellValue[][] = [
          [1, 'Nguyễn Văn An', 'HTTNV', 0, '', a, b, c, bonus, t % 10],
          [2, 'Trần Văn Bình', 'HTTNV', 0, '', b, a, c, bonus, t % 10],
          ...(moved ? [[3, 'Lê Thị Cúc', 'HTTNV', 0, '', movedA, movedB, c, bonus, t % 10]] : []),
        ];
        const r = run([campaign(), criteria(w, gw, extra), titles([]), roster('A', rows, head)]);
        const list = ['Nguyễn Văn An', 'Trần Văn Bình', ...(moved ? ['Lê Thị Cúc'] : [])].map((n) => byName(r, n));
        for (const x of list.slice(1)) {
          expect(Object.is(x.score.total, list[0].score.total)).toBe(true);
          expect(x.pos.all.rank).toBe(list[0].pos.all.rank);
          expect(x.score.contribution.get('I')).toBe(list[0].score.contribution.get('I'));
        }
        return true;
      }),
      { numRuns: 400 },
    );
  });
});

describe('percent formats and shares', () => {
  test('a format shows a percentage when a % stands outside quotes, escapes and brackets', () => {
    for (const code of ['0%', '0.00%', '#,##0.0 %', '[Blue]0%', '0%;[Red]-0%']) expect(isPercentFormat(code)).toBe(true);
    for (const code of ['0', 'General', '0\\%', '0"%"', '0;0%', '@', 'dd/mm/yyyy']) expect(isPercentFormat(code)).toBe(false);
  });

  test('readShare: as shown, text with %, plain numbers are percentages, a bare fraction is unclear', () => {
    expect(readShare(0.07, true)).toEqual({ kind: 'share', value: 7, shown: '7%', unclear: false });
    expect(readShare('12,5 %', false)).toMatchObject({ kind: 'share', value: 12.5, unclear: false });
    expect(readShare('40％', false)).toMatchObject({ kind: 'share', value: 40, unclear: false });
    expect(readShare(15, false)).toMatchObject({ kind: 'share', value: 15, unclear: false });
    expect(readShare(1, false)).toMatchObject({ kind: 'share', value: 1, unclear: false });
    expect(readShare(0.15, false)).toMatchObject({ kind: 'share', value: 0.15, unclear: true });
    expect(readShare('abc%', false)).toEqual({ kind: 'invalid', text: 'abc%' });
    expect(readShare(null, true)).toEqual({ kind: 'blank' });
  });

  test('the council vote share formatted as a percentage: 0,9 shown as 90% is ≥ 90%', () => {
    const head = [...TITLES_HEAD.slice(0, -1), 'Tỷ lệ phiếu tối thiểu (%)', 'Phiếu tính trên', 'Căn cứ'];
    const t = grid('Danh hiệu', [
      head,
      ['Chiến sĩ thi đua cơ sở', 'Cá nhân', null, 'HTTNV', 'không kỷ luật', null, '', null, '', 0.9, 'Tổng số thành viên', ''],
    ]);
    t.special = [{ row: 1, col: 9, kind: 'percent' }];
    const r = run([campaign(), simpleCriteria(), t, roster('A', [[1, 'An', 'HTTNV', 0, '', 40, 40]])]);
    expect(r.titles[0].vote).toMatchObject({ op: '>=', percent: 90 });
    expect(r.findings.map((f) => f.code)).not.toContain('TITLE_SHARE_UNCLEAR');
  });
});

describe('through Office.js (the strict in-memory Excel)', () => {
  test('a unit merged down data rows below the header rows, and a share typed "50%", read as in the file', async () => {
    const people: CellValue[][] = [];
    for (let i = 0; i < 40; i++) people.push([i + 1, `Người số ${i + 1}`, i < 36 ? 'Phòng Kế hoạch' : i === 36 ? 'Phòng Tổ chức' : null, 'HTTNV', '', 90 - i]);
    const book = MemoryBook.fromGrids([
      campaign(),
      grid('Tiêu chí', [CRITERIA_HEAD, ['I', 'Chuyên môn', 100], ['1.1', 'Kế hoạch', 100]]),
      titles([['Lao động tiên tiến', 'Cá nhân', null, '', 'không kỷ luật', null, '', null, 'Đơn vị', '']]),
      units([
        ['KH', 'Phòng Kế hoạch', '', 36, ''],
        ['TC', 'Phòng Tổ chức', '', 4, ''],
      ]),
      // Phòng Tổ chức merged down its four people, rows 38–41 (below the first 30 rows).
      grid('Khối văn phòng', [['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại', 'Kỷ luật', '1.1'], ...people], [{ top: 37, left: 2, bottom: 40, right: 2 }]),
    ]);
    const x = new MemoryExcel(book);
    // The officer types "50%": Excel keeps 0,5 and gives the cell the 0% format.
    await x.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Danh hiệu').getRange('F2').values = [['50%']];
      await ctx.sync();
    });
    expect(book.sheet('Danh hiệu')!.cells.get('1,5')).toBe(0.5);
    const grids = await readWorkbook({ run: x.run, supports: (v) => x.isSetSupported('ExcelApi', v) });
    expect(grids.sheets.find((s) => s.name === 'Danh hiệu')!.special).toEqual([{ row: 1, col: 5, kind: 'percent' }]);
    // Score sheets carry no number formats: the read stays values only.
    expect(grids.sheets.find((s) => s.name === 'Khối văn phòng')!.special).toBeUndefined();
    const r = runEngine(grids);
    const tc = r.candidates.filter((c) => c.unitName === 'Phòng Tổ chức').map((c) => c.name);
    expect(tc).toEqual(['Người số 37', 'Người số 38', 'Người số 39', 'Người số 40']);
    const proposed = (name: string) =>
      (r.decisions.get(r.candidates.find((c) => c.name === name)!.id) ?? []).filter((d) => d.status === 'proposed').map((d) => d.title);
    // 50% of 4 = 2 places in Phòng Tổ chức; 50% of 36 = 18 in Phòng Kế hoạch.
    expect(['Người số 37', 'Người số 38', 'Người số 39', 'Người số 40'].map(proposed)).toEqual([['Lao động tiên tiến'], ['Lao động tiên tiến'], [], []]);
    expect(r.candidates.filter((c) => proposed(c.name).length > 0)).toHaveLength(20);
    expect(r.findings.map((f) => f.code)).not.toContain('SHEET_NAME_NOT_UNIT');
    expect(r.findings.map((f) => f.code)).not.toContain('TITLE_SHARE_UNCLEAR');
  });
});

describe('merged cells in the other lists people group by unit', () => {
  test('a staff list with each unit merged down its people fills every unit template', () => {
    const log = new FindingLog('vi');
    const list = readUnits(
      units([
        ['KH', 'Phòng Kế hoạch', '', 3, ''],
        ['TC', 'Phòng Tổ chức', '', 1, ''],
      ]),
      log,
    );
    const staff = grid(
      'Danh sách',
      [
        ['STT', 'Họ và tên', 'Đơn vị'],
        [1, 'Nguyễn Văn An', 'Phòng Kế hoạch'],
        [2, 'Trần Văn Bình', null],
        [3, 'Lê Thị Cúc', null],
        [4, 'Phạm Văn Dũng', 'TC'],
      ],
      [{ top: 1, left: 2, bottom: 3, right: 2 }],
    );
    const got = peopleFromStaffList([staff], list, 'vi');
    expect(got.unmatched).toBe(0);
    expect(got.byUnit.get(list[0].key)!.map((p) => p.name)).toEqual(['Nguyễn Văn An', 'Trần Văn Bình', 'Lê Thị Cúc']);
    expect(got.byUnit.get(list[1].key)!.map((p) => p.name)).toEqual(['Phạm Văn Dũng']);
  });

  test('one decision merged down the people it awarded, in Lịch sử khen thưởng', () => {
    const log = new FindingLog('vi');
    const h = grid(
      'Lịch sử khen thưởng',
      [
        ['Họ và tên', 'Ngày sinh', 'Đơn vị', 'Năm', 'Danh hiệu / hình thức', 'Số quyết định'],
        ['Nguyễn Văn An', '', 'Phòng A', 2024, 'Chiến sĩ thi đua cơ sở', '12/QĐ-SXD'],
        ['Trần Văn Bình', '', null, null, null, null],
      ],
      [
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 3, bottom: 2, right: 3 },
        { top: 1, left: 4, bottom: 2, right: 4 },
        { top: 1, left: 5, bottom: 2, right: 5 },
      ],
    );
    expect(readHistory(h, log).map((x) => [x.name, x.unit, x.year, x.title, x.decision])).toEqual([
      ['Nguyễn Văn An', 'Phòng A', 2024, 'Chiến sĩ thi đua cơ sở', '12/QĐ-SXD'],
      ['Trần Văn Bình', 'Phòng A', 2024, 'Chiến sĩ thi đua cơ sở', '12/QĐ-SXD'],
    ]);
    expect(log.items).toEqual([]);
  });
});

describe('a block-scoring sheet named after no unit', () => {
  const form = (name: string) =>
    grid(name, [
      ['STT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm'],
      ['1.1', 'Kế hoạch', 50, 45],
      ['1.2', 'Chất lượng', 50, 40],
    ]);
  test('the collective it scores is said to be a unit of its own; a sheet named after a unit is not', () => {
    const r = run([
      campaign([['Đối tượng', 'Tập thể']]),
      simpleCriteria(),
      titles([]),
      units([['KH', 'Phòng Kế hoạch', '', 3, '']]),
      form('Tổ công tác'),
      form('KH'),
    ]);
    expect(r.findings.filter((f) => f.code === 'SHEET_NAME_NOT_UNIT').map((f) => f.sheet)).toEqual(['Tổ công tác']);
    expect(r.candidates.map((c) => c.unitName).sort()).toEqual(['Phòng Kế hoạch', 'Tổ công tác']);
  });
});
