import fc from 'fast-check';
import { CellValue, SheetGrid } from '../../../src/sheet/grid';
import { EngineResult, runEngine } from '../../../src/core/engine/run';
import { readGrids, writeNewWorkbook } from '../../../src/host/file/fileHost';
import { returnedFile } from '../../../src/cli/commands/import';
import { planImport } from '../../../src/core/roundtrip/importPlan';
import { importOutput } from '../../../src/core/roundtrip/importWrite';
import { buildUnitTemplate } from '../../../src/core/roundtrip/template';
import { fillTemplate } from '../roundtrip/support';
import { campaign, grid, simpleCriteria, titles, units } from '../../support/grids';
import { model, xlsx } from './support';

/**
 * (a) For random books whose unit sheets are named by code, short name or full name, and whose
 * units are named in the rows (a `Đơn vị` column) or in the title block: each unit's sheet sent
 * back as its own file, and the unit's template filled with the same people, both imported into
 * the campaign's book, give the same candidates and totals as the book itself.
 */
const UNITS = [
  { code: 'TCCB', name: 'Phòng Tổ chức cán bộ', short: 'Tổ chức' },
  { code: 'TTr', name: 'Thanh tra Sở', short: 'Thanh tra' },
  { code: 'KHTC', name: 'Phòng Kế hoạch - Tài chính', short: 'Kế hoạch' },
  { code: 'VP', name: 'Văn phòng Sở', short: 'Văn phòng' },
];
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Giang'];

const unitArb = fc.record({
  sheetName: fc.constantFrom<'code' | 'short' | 'full'>('code', 'short', 'full'),
  namedIn: fc.constantFrom<'rows' | 'title'>('rows', 'title'),
  people: fc.uniqueArray(fc.record({ name: fc.constantFrom(...NAMES), a: fc.integer({ min: 0, max: 50 }), b: fc.integer({ min: 0, max: 50 }) }), {
    minLength: 1,
    maxLength: 3,
    selector: (p) => p.name,
  }),
});
const bookArb = fc.array(unitArb, { minLength: UNITS.length, maxLength: UNITS.length }).chain((us) =>
  fc.subarray(
    us.map((u, i) => ({ ...u, unit: UNITS[i] })),
    { minLength: 1 },
  ),
);

const CONFIG = [campaign(), simpleCriteria(), titles([]), units(UNITS.map((u) => [u.code, u.name, 'K1', 10, '']))];
const dob = (i: number) => `0${(i % 9) + 1}/0${(i % 9) + 1}/198${i % 10}`;

type Drawn = {
  sheetName: 'code' | 'short' | 'full';
  namedIn: 'rows' | 'title';
  people: { name: string; a: number; b: number }[];
  unit: (typeof UNITS)[number];
};

function sheetOf(d: Drawn): SheetGrid {
  const name = d.sheetName === 'code' ? d.unit.code : d.sheetName === 'short' ? d.unit.short : d.unit.name;
  const rows: CellValue[][] = d.namedIn === 'title' ? [['BẢNG TỰ CHẤM ĐIỂM'], [`Đơn vị: ${d.unit.name}`], []] : [['BẢNG TỰ CHẤM ĐIỂM'], []];
  rows.push(
    d.namedIn === 'rows' ? ['STT', 'Họ và tên', 'Ngày sinh', 'Đơn vị', 'Xếp loại', '1.1', '1.2'] : ['STT', 'Họ và tên', 'Ngày sinh', 'Xếp loại', '1.1', '1.2'],
  );
  d.people.forEach((p, i) =>
    rows.push(
      d.namedIn === 'rows'
        ? [i + 1, p.name, dob(NAMES.indexOf(p.name)), d.unit.name, 'HTTNV', p.a, p.b]
        : [i + 1, p.name, dob(NAMES.indexOf(p.name)), 'HTTNV', p.a, p.b],
    ),
  );
  return grid(name, rows);
}

const seen = (r: EngineResult) => r.candidates.map((c) => `${c.unitName}|${c.name}|${r.scores.get(c.id)!.total}`).sort();

async function imported(files: { name: string; bytes: Uint8Array }[]): Promise<EngineResult> {
  const book = await readGrids(await xlsx(CONFIG), 'so.xlsx');
  const returned = await Promise.all(files.map((f) => returnedFile(f.name, f.bytes)));
  const plan = planImport(book, returned, { now: '2025-12-15T08:00:00.000Z', lang: 'vi' });
  expect(plan.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([]);
  return importOutput(book, plan, { now: '2025-12-15T08:00:00.000Z', today: '2025-12-15', version: 't' }).after.result;
}

describe('property: the book, its sheets imported, and the templates filled agree', () => {
  test('same candidates and totals, whatever the sheet names and wherever the unit is named', async () => {
    const config = runEngine(await readGrids(await xlsx(CONFIG), 'so.xlsx'));
    await fc.assert(
      fc.asyncProperty(bookArb, async (drawn) => {
        const sheets = drawn.map(sheetOf);
        const book = runEngine(await readGrids(await xlsx([...CONFIG, ...sheets]), 'book.xlsx'));
        const want = seen(book);
        expect(want).toHaveLength(drawn.reduce((n, d) => n + d.people.length, 0));
        // Each unit's sheet, as the unit would send it back.
        const own = await imported(
          await Promise.all(sheets.map(async (s, i) => ({ name: `${drawn[i].unit.code}.xlsx`, bytes: await writeNewWorkbook([model(s)]) }))),
        );
        expect(seen(own)).toEqual(want);
        // The unit's template, filled with the same people.
        const filled = await Promise.all(
          drawn.map(async (d) => {
            const tpl = buildUnitTemplate(
              config,
              config.units.find((u) => u.code === d.unit.code)!,
              [],
              {},
            );
            const people = d.people.map((p) => ({ name: p.name, dob: dob(NAMES.indexOf(p.name)), rating: 'HTTNV', scores: { '1.1': p.a, '1.2': p.b } }));
            return { name: `mau-${d.unit.code}.xlsx`, bytes: await writeNewWorkbook([fillTemplate(tpl, people)]) };
          }),
        );
        expect(seen(await imported(filled))).toEqual(want);
      }),
      { numRuns: 12, seed: 2325 },
    );
  }, 120_000);
});
