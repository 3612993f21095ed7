/**
 * The splice writer on books made in the test: every original part byte for byte, re-runs
 * touching only our parts, styles reused, text escaped as Excel reads it, all SheetModel
 * fields written where Excel looks for them, and the structure Excel requires.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { CellValue } from '../../../src/sheet/grid';
import { SheetModel } from '../../../src/sheet/sheetModel';
import { MARKER_APP, planWrite } from '../../../src/core/ownership/marker';
import { openPackage, readPackageGrids, readXlsx } from '../../../src/xlsx/read';
import { EXCEL_CELL_CHARS as CELL_TEXT_LIMIT } from '../../../src/sheet/capText';
import { splice, writeWorkbook } from '../../../src/xlsx/write';
import { ZipArchive, ZipWriter } from '../../../src/xlsx/zip';
import { nodeCodec } from '../../../src/host/file/nodeCodec';
import { jsCodec } from '../../../src/xlsx/codec';
import { escapeXml, unescapeOoxml, unescapeXml } from '../../../src/xlsx/xml';
import { packageProblems } from './structure';
import { runOnFile, writeResult } from '../../../src/host/file/fileHost';
import { bookBytes } from '../../../scripts/lib/bookFactory';
import { sampleSpec } from '../../../scripts/lib/sampleSpec';

function model(name: string, rows: CellValue[][], extra: Partial<SheetModel> = {}): SheetModel {
  return {
    id: 'imported',
    name,
    rows,
    columnWidths: [],
    styles: [],
    merges: [],
    links: [],
    page: { orientation: 'portrait', fitToWidth: false, font: 'Calibri', fontSize: 11 },
    ...extra,
  };
}

const stamp = { time: '2026-01-01T00:00:00Z', fingerprint: 'f'.repeat(64) };

function write(bytes: Uint8Array, models: SheetModel[]): Uint8Array {
  const pkg = openPackage(bytes, nodeCodec);
  return splice(pkg, planWrite(readPackageGrids(pkg), models, stamp), nodeCodec);
}

/** Entry name → stored bytes and CRC, to compare packages part by part. */
function entries(bytes: Uint8Array): Map<string, { crc: number; raw: Buffer }> {
  const z = new ZipArchive(bytes, nodeCodec);
  return new Map([...z.entries.values()].map((e) => [e.name, { crc: e.crc, raw: Buffer.from(z.raw(e)) }]));
}

async function userBook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet('Dữ liệu');
  a.addRow(['Họ và tên', 'Điểm']);
  a.addRow(['An', 9]);
  a.getCell('C1').note = 'ghi chú của người dùng';
  a.getCell('A1').font = { name: 'Times New Roman', bold: true };
  wb.addWorksheet('Khác').addRow(['x']);
  wb.definedNames.add("'Dữ liệu'!$A$1:$B$2", 'Vung');
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("splicing our sheets into the user's package", () => {
  test('originals byte for byte; a re-run replaces only our parts; styles do not grow', async () => {
    const input = await userBook();
    const ours = [
      model(
        'Xếp hạng',
        [
          ['Hạng', 'Họ và tên'],
          [1, 'An'],
        ],
        {
          id: 'ranking',
          styles: [{ top: 0, left: 0, bottom: 0, right: 1, style: 'header' }],
          autoFilter: { top: 0, left: 0, bottom: 1, right: 1 },
          page: { orientation: 'landscape', fitToWidth: true, printTitleRows: [0, 0], font: 'Times New Roman', fontSize: 13 },
          freeze: { rows: 1, cols: 0 },
          columnWidths: [6, 30],
        },
      ),
      model(
        'Kiểm tra',
        [
          ['Ô', 'Lỗi'],
          ['B2', 'sai'],
        ],
        { id: 'findings', links: [{ row: 1, col: 0, sheet: 'Dữ liệu', cell: 'B2' }], notes: [{ row: 1, col: 1, text: 'Điểm vượt tối đa' }] },
      ),
    ];
    const first = write(input, ours);
    expect(packageProblems(first)).toEqual([]);
    const before = entries(input);
    const after = entries(first);
    const patched = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'docProps/app.xml', 'xl/styles.xml']);
    for (const [name, e] of before) {
      expect(after.has(name)).toBe(true);
      if (!patched.has(name)) expect(after.get(name)!.raw.equals(e.raw)).toBe(true);
    }
    // The user's grids read back the same; ours are there, the marker very hidden and last.
    const g0 = readXlsx(input, undefined, nodeCodec);
    const g1 = readXlsx(first, undefined, nodeCodec);
    for (const s of g0.sheets) expect(g1.sheets.find((x) => x.name === s.name)).toEqual(s);
    expect(g1.sheets.map((s) => s.name)).toEqual(['Dữ liệu', 'Khác', 'Xếp hạng', 'Kiểm tra', '_ThiDua']);
    expect(g1.sheets[4].visibility).toBe('veryHidden');

    const second = write(first, ours);
    expect(packageProblems(second)).toEqual([]);
    const again = entries(second);
    const ourParts = (m: Map<string, unknown>) => [...m.keys()].filter((n) => !before.has(n)).sort();
    expect(ourParts(again)).toEqual(ourParts(after));
    for (const [name, e] of after) if (before.has(name) && !patched.has(name)) expect(again.get(name)!.raw.equals(e.raw)).toBe(true);
    // Same styles, same workbook sheets list: nothing grows on re-runs.
    const z1 = new ZipArchive(first, nodeCodec);
    const z2 = new ZipArchive(second, nodeCodec);
    expect(z2.text('xl/styles.xml')).toBe(z1.text('xl/styles.xml'));
    expect(readXlsx(second, undefined, nodeCodec).sheets.map((s) => s.name)).toEqual(g1.sheets.map((s) => s.name));
    // The user's defined name stays; ours are local to our sheets, renumbered to their position.
    const wbXml = z2.text('xl/workbook.xml')!;
    expect(wbXml).toContain('name="Vung"');
    expect(wbXml).toMatch(/<definedName name="_xlnm\.Print_Titles" localSheetId="2">'Xếp hạng'!\$1:\$1<\/definedName>/);
    expect(wbXml).toMatch(/<definedName name="_xlnm\._FilterDatabase" localSheetId="2" hidden="1">'Xếp hạng'!\$A\$1:\$B\$2<\/definedName>/);
    expect(wbXml.match(/_xlnm\.Print_Titles/g)).toHaveLength(1);
    expect(z2.text('docProps/app.xml')).toMatch(
      /<vt:lpstr>Dữ liệu<\/vt:lpstr><vt:lpstr>Khác<\/vt:lpstr><vt:lpstr>Xếp hạng<\/vt:lpstr><vt:lpstr>Kiểm tra<\/vt:lpstr>/,
    );
  });

  test('removing our sheet removes what hangs off it (notes, chart), and calcChain', async () => {
    const input = await userBook();
    const withChart = model(
      'Tổng hợp',
      [
        ['Đơn vị', 'Điểm'],
        ['A', 80],
        ['B', 90],
      ],
      { id: 'summary', chart: { title: 'Điểm', categoriesCol: 0, valuesCol: 1, fromRow: 1, toRow: 2 }, notes: [{ row: 0, col: 0, text: 'n' }] },
    );
    const first = write(input, [withChart]);
    const z = new ZipArchive(first, nodeCodec);
    expect([...z.entries.keys()].filter((n) => /chart|drawing|comments/.test(n)).length).toBeGreaterThanOrEqual(5);
    const second = write(first, [model('Tổng hợp', [['x']], { id: 'summary' })]);
    expect(packageProblems(second)).toEqual([]);
    const names = [...new ZipArchive(second, nodeCodec).entries.keys()];
    expect(names.filter((n) => /charts\//.test(n))).toEqual([]);
    // The user's own note (ExcelJS wrote it) stays.
    expect(names.filter((n) => /comments/.test(n))).toHaveLength(1);
  });

  test('text as Excel reads it: escapes, forbidden characters, literal _x…_, the 32,767 limit; NaN never written', () => {
    const nasty = [
      'a & b < c > d "e"',
      'tab\tline\nend',
      ' lead',
      'trail ',
      'bell\u0007x',
      '_x0041_ stays',
      'lone \ud800 surrogate',
      'x'.repeat(CELL_TEXT_LIMIT + 10),
    ];
    const bytes = writeWorkbook([model('T', [nasty, [NaN, Infinity, -0, 1e-7, 123456789012]])], jsCodec);
    expect(packageProblems(bytes)).toEqual([]);
    const g = readXlsx(bytes, undefined, jsCodec).sheets[0];
    expect(g.rows[0].slice(0, 6)).toEqual(nasty.slice(0, 6));
    expect(g.rows[0][6]).toBe('lone \ud800 surrogate'.replace('\ud800', '\ud800'));
    expect((g.rows[0][7] as string).length).toBe(CELL_TEXT_LIMIT);
    expect((g.rows[0][7] as string).endsWith('…')).toBe(true);
    expect(g.rows[1]).toEqual([null, null, 0, 1e-7, 123456789012]);
    expect(unescapeOoxml(unescapeXml(escapeXml('_x0041_')))).toBe('_x0041_');
  });

  test('formulas with cached values, validations, protection with unlocked cells, notes, visibility, page setup', () => {
    const m = model(
      'Mẫu',
      [
        ['Điểm', 'Xếp loại', 'Tổng'],
        [9, 'HTTNV', 9],
      ],
      {
        id: 'unitTemplate',
        formulas: [{ row: 1, col: 2, formula: 'SUM(A2:A2)' }],
        validations: [
          { kind: 'decimal', min: 0, max: 10, top: 1, left: 0, bottom: 20, right: 0, prompt: 'Từ 0 đến 10', error: 'Điểm phải từ 0 đến 10' },
          { kind: 'list', list: ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'], top: 1, left: 1, bottom: 20, right: 1 },
          { kind: 'whole', min: 0, top: 1, left: 3, bottom: 20, right: 3 },
        ],
        protection: { unlocked: [{ top: 1, left: 0, bottom: 20, right: 1 }] },
        notes: [{ row: 0, col: 0, text: 'Gõ điểm\nmỗi tiêu chí' }],
        page: { orientation: 'landscape', fitToWidth: true, font: 'Times New Roman', fontSize: 13 },
      },
    );
    // A list longer than Excel's 255 characters would make the file unreadable: it is left out.
    m.validations!.push({ kind: 'list', list: Array.from({ length: 60 }, (_, i) => `Lựa chọn ${i}`), top: 1, left: 4, bottom: 5, right: 4 });
    const hidden = model('Ẩn', [['x']], { visibility: 'hidden' });
    const bytes = writeWorkbook([m, hidden], nodeCodec);
    expect(packageProblems(bytes)).toEqual([]);
    const z = new ZipArchive(bytes, nodeCodec);
    const xml = z.text('xl/worksheets/sheet1.xml')!;
    expect(xml).toContain('<c r="C2" s="');
    expect(xml).toMatch(/<c r="C2" s="\d+"><f>SUM\(A2:A2\)<\/f><v>9<\/v><\/c>/);
    expect(xml).toContain('<dataValidation type="decimal" operator="between"');
    expect(xml).toContain('<formula1>&quot;HTXSNV,HTTNV,HTNV,KHTNV&quot;</formula1>');
    expect(xml).toContain('<dataValidation type="whole" operator="greaterThanOrEqual"');
    expect(xml).toContain('<dataValidations count="3">');
    expect(xml).toContain('<sheetProtection sheet="1"');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain('<legacyDrawing r:id="rId3"/>');
    // Unlocked cells carry a style with locked="0", empty ones included (a unit types there).
    const unlockedXf = [...z.text('xl/styles.xml')!.matchAll(/<xf [^>]*>(?:(?!<\/xf>).)*<protection locked="0"\/>/g)].length;
    expect(unlockedXf).toBeGreaterThan(0);
    expect(xml).toMatch(/<c r="A20" s="\d+"\/>/);
    expect(z.text('xl/comments1.xml')).toContain('Gõ điểm\nmỗi tiêu chí');
    expect(z.text('[Content_Types].xml')).toContain('Extension="vml"');
    const g = readXlsx(bytes, undefined, nodeCodec);
    expect(g.sheets[0].rows[1]).toEqual([9, 'HTTNV', 9]);
    expect(g.sheets[1].visibility).toBe('hidden');
    expect(z.text('xl/workbook.xml')).toMatch(/<sheet name="Ẩn" sheetId="2" state="hidden"/);
  });

  test('property: random grids written by the writer read back the same', () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constant(null),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.string({ maxLength: 20 }),
      fc.string({ unit: 'grapheme', maxLength: 10 }),
      fc.constantFrom('_x000D_', ' a ', '\n', 'Nguyễn Văn An', '#N/A'),
    );
    const grid = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 });
    fc.assert(
      fc.property(grid, (rows) => {
        const g = readXlsx(writeWorkbook([model('P', rows)], jsCodec), undefined, jsCodec).sheets[0];
        const norm = (r: CellValue[][]) => {
          const out = r.map((row) => {
            const x = row.map((v) => (v === '' || v === undefined ? null : typeof v === 'number' && Object.is(v, -0) ? 0 : v));
            while (x.length && x[x.length - 1] === null) x.pop();
            return x;
          });
          while (out.length && out[out.length - 1].length === 0) out.pop();
          return out;
        };
        expect(norm(g.rows)).toEqual(norm(rows));
      }),
      { numRuns: 200 },
    );
  });

  test("rank on the sample: the copy meets the structure checks and keeps the user's parts", async () => {
    const input = await bookBytes(sampleSpec());
    const job = await runOnFile(input, { source: 's.xlsx', action: 'rank', now: stamp.time });
    const out = await writeResult(job, stamp.time);
    expect(packageProblems(out)).toEqual([]);
    const before = entries(input);
    const after = entries(out);
    for (const [name, e] of before)
      if (!['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'docProps/app.xml', 'xl/styles.xml'].includes(name))
        expect(after.get(name)?.raw.equals(e.raw)).toBe(true);
    // The summary's chart is a real chart part.
    expect([...after.keys()].some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
  });
});

describe('packages other programs write', () => {
  const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  /** A package with a namespace prefix on every element (as some generators write), a calcChain, absolute targets. */
  function prefixed(): Uint8Array {
    const w = new ZipWriter(nodeCodec);
    w.add(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
    );
    w.add(
      '_rels/.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    );
    w.add(
      'xl/workbook.xml',
      `<?xml version="1.0"?><x:workbook xmlns:x="${NS}" xmlns:r="${R}"><x:bookViews><x:workbookView activeTab="0"/></x:bookViews><x:sheets><x:sheet name="Dữ liệu" sheetId="7" r:id="rId1"/></x:sheets></x:workbook>`,
    );
    w.add(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
    );
    w.add(
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0"?><x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Họ và tên</x:t></x:is></x:c><x:c r="B1"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    );
    w.add(
      'xl/styles.xml',
      `<?xml version="1.0"?><x:styleSheet xmlns:x="${NS}"><x:fonts count="1"><x:font><x:sz val="11"/><x:name val="Arial"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellXfs></x:styleSheet>`,
    );
    w.add('xl/calcChain.xml', `<?xml version="1.0"?><x:calcChain xmlns:x="${NS}"><x:c r="B1" i="1"/></x:calcChain>`);
    return w.finish();
  }

  test('a prefixed package: our entries carry its prefix; calcChain goes when a sheet is removed', () => {
    const input = prefixed();
    expect(readXlsx(input, undefined, nodeCodec).sheets[0].rows).toEqual([['Họ và tên', 2]]);
    const ours = [
      model('Kiểm tra', [['Lỗi'], [1.5]], {
        id: 'findings',
        styles: [{ top: 0, left: 0, bottom: 0, right: 0, style: 'header' }],
        numberFormats: [{ col: 0, fromRow: 1, format: '0.0 "điểm"' }],
        page: { orientation: 'portrait', fitToWidth: false, printTitleRows: [0, 0], font: 'Times New Roman', fontSize: 13 },
      }),
    ];
    const first = write(input, ours);
    expect(packageProblems(first)).toEqual([]);
    const z = new ZipArchive(first, nodeCodec);
    expect(z.text('xl/workbook.xml')).toMatch(/<x:sheet name="Kiểm tra" sheetId="8" r:id="rId4"\/>/);
    expect(z.text('xl/workbook.xml')).toMatch(/<x:definedNames><x:definedName name="_xlnm\.Print_Titles" localSheetId="1">/);
    const styles = z.text('xl/styles.xml')!;
    expect(styles).toMatch(
      /^<\?xml version="1.0"\?><x:styleSheet xmlns:x="[^"]+"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0 &quot;điểm&quot;"\/><\/x:numFmts><x:fonts count="3">/,
    );
    expect(styles).not.toMatch(/<(font|fill|xf|numFmt)\b/);
    expect(z.has('xl/calcChain.xml')).toBe(true); // nothing removed yet
    const second = write(first, ours);
    expect(packageProblems(second)).toEqual([]);
    const z2 = new ZipArchive(second, nodeCodec);
    expect(z2.has('xl/calcChain.xml')).toBe(false);
    expect(z2.text('[Content_Types].xml')).not.toContain('calcChain');
    expect(z2.text('xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(z2.text('xl/styles.xml')).toBe(styles);
    expect(readXlsx(second, undefined, nodeCodec).sheets.map((s) => [s.name, s.rows[0]?.[0]])).toEqual([
      ['Dữ liệu', 'Họ và tên'],
      ['Kiểm tra', 'Lỗi'],
      ['_ThiDua', MARKER_APP],
    ]);
    // Its styles have no cellStyleXfs: our xfs point at none.
    expect(styles).not.toContain('xfId=');
  });
});
