/**
 * The direct reader against today's ExcelJS-based grids (same values, merges and visibility on
 * the sample and the province book), the values ExcelJS loses (cached 0 / FALSE / ""), dates by
 * number format, the 1904 date system, and every kind of file that is not a readable workbook.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { SheetGrid, WorkbookGrids } from '../../../src/sheet/grid';
import { readXlsx, isDateFormat, readSheetXml, sharedStrings, SheetReadContext } from '../../../src/xlsx/read';
import { columnLetter } from '../../../src/sheet/grid';
// Only & needs escaping in these texts (the writer's escapeXml would also escape "_x000A_").
const escapeXml = (s: string) => s.replace(/&/g, '&amp;');
import { NotAWorkbookError } from '../../../src/xlsx/errors';
import { ZipArchive, ZipWriter } from '../../../src/xlsx/zip';
import { nodeCodec } from '../../../src/host/file/nodeCodec';
import { jsCodec } from '../../../src/xlsx/codec';
import { writeWorkbook } from '../../../src/xlsx/write';
import { loadWithExcelJs, workbookToGrids as exceljsGrids } from '../../support/exceljsGrids';
import { buildBook } from '../../../scripts/lib/bookFactory';
import { bookSpecFor } from '../../../scripts/lib/provinceSpec';
import { SheetModel } from '../../../src/sheet/sheetModel';

const SAMPLE = join(__dirname, '..', '..', '..', 'samples', 'so-xay-dung-2025.xlsx');

/** Grids without trailing empty cells and rows, for comparing two readers. */
function trimmed(g: WorkbookGrids): { name: string; rows: unknown[][]; merges: unknown; visibility: unknown }[] {
  return g.sheets.map((s) => {
    const rows = s.rows.map((r) => {
      const x = [...(r ?? [])].map((v) => (v === undefined ? null : typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v));
      while (x.length && x[x.length - 1] === null) x.pop();
      return x;
    });
    while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
    const merges = [...(s.merges ?? [])].sort((a, b) => a.top - b.top || a.left - b.left);
    return { name: s.name, rows, merges, visibility: s.visibility ?? 'visible' };
  });
}

function model(name: string, rows: SheetModel['rows'], extra: Partial<SheetModel> = {}): SheetModel {
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

function reason(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof NotAWorkbookError) return e.reason;
    throw e;
  }
  return 'read';
}

describe('the direct reader gives the grids ExcelJS gave', () => {
  test('the bundled sample', async () => {
    const bytes = readFileSync(SAMPLE);
    expect(trimmed(readXlsx(bytes, undefined, nodeCodec))).toEqual(trimmed(exceljsGrids(await loadWithExcelJs(bytes))));
  });

  test('the province book (60 unit sheets, 9,000 candidates), with either codec', async () => {
    const wb = buildBook(bookSpecFor('province'));
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const old = trimmed(exceljsGrids(await loadWithExcelJs(bytes)));
    expect(trimmed(readXlsx(bytes, undefined, nodeCodec))).toEqual(old);
    expect(trimmed(readXlsx(bytes, undefined, jsCodec))).toEqual(old);
  }, 60_000);
});

describe('values as Office.js reports them', () => {
  test('cached formula results 0, FALSE and "" are read (ExcelJS read them as empty); never-calculated formulas are listed', async () => {
    const bytes = writeWorkbook(
      [
        model('S', [[0, false, '', 5, null]], {
          formulas: [
            { row: 0, col: 0, formula: 'A2-A2' },
            { row: 0, col: 1, formula: '1=2' },
            { row: 0, col: 2, formula: 'T(1)' },
            { row: 0, col: 3, formula: '2+3' },
            { row: 0, col: 4, formula: 'NOW()' },
          ],
        }),
      ],
      nodeCodec,
    );
    const g = readXlsx(bytes, undefined, nodeCodec).sheets[0];
    expect(g.rows[0]).toEqual([0, false, '', 5]);
    expect(g.special).toEqual([{ row: 0, col: 4, kind: 'formulaNoValue' }]);
    // The documented difference: ExcelJS drops the three cached results.
    const old = exceljsGrids(await loadWithExcelJs(bytes)).sheets[0];
    expect(old.rows[0].slice(0, 4)).toEqual([null, null, null, 5]);
  });

  test('shared strings with rich-text runs, inline strings, numbers, booleans, errors, merges, hidden and very hidden sheets', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Dữ liệu');
    ws.getCell('A1').value = { richText: [{ text: 'Nguyễn ', font: { bold: true } }, { text: 'Văn An' }] };
    ws.getCell('B1').value = 9.5;
    ws.getCell('C1').value = true;
    ws.getCell('D1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('E1').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    ws.getCell('A3').value = 'gộp';
    ws.mergeCells('A3:C4');
    wb.addWorksheet('Ẩn', { state: 'hidden' }).getCell('A1').value = 1;
    wb.addWorksheet('Rất ẩn', { state: 'veryHidden' }).getCell('A1').value = 2;
    const g = readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'x.xlsx', nodeCodec);
    expect(g.source).toBe('x.xlsx');
    expect(g.sheets[0].rows[0]).toEqual(['Nguyễn Văn An', 9.5, true, '#N/A', '#DIV/0!']);
    expect(g.sheets[0].rows[2]).toEqual(['gộp']);
    expect(g.sheets[0].merges).toEqual([{ top: 2, left: 0, bottom: 3, right: 2 }]);
    expect(g.sheets.map((s) => s.visibility)).toEqual(['visible', 'hidden', 'veryHidden']);
    // A value stored under a merge (other programs keep them) is not shown, so not read.
    const under = readXlsx(
      writeWorkbook([model('M', [['gộp', 'ẩn dưới ô gộp', 'ngoài']], { merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] })], nodeCodec),
      undefined,
      nodeCodec,
    );
    expect(under.sheets[0].rows[0]).toEqual(['gộp', null, 'ngoài']);
  });

  test('dates stay serial numbers and are listed as dates; a 1904-based book is shifted to the 1900 system', async () => {
    for (const date1904 of [false, true]) {
      const wb = new ExcelJS.Workbook();
      if (date1904) wb.properties.date1904 = true;
      const ws = wb.addWorksheet('D');
      ws.getCell('A1').value = new Date(Date.UTC(2025, 11, 15));
      ws.getCell('A1').numFmt = 'dd/mm/yyyy';
      ws.getCell('B1').value = 45000;
      ws.getCell('C1').value = 45000;
      ws.getCell('C1').numFmt = '#,##0 "ngày"';
      const g = readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), undefined, nodeCodec).sheets[0];
      expect(g.rows[0][0]).toBeCloseTo(46006, 6); // 15/12/2025 in the 1900 system, as Office.js gives it
      expect(g.special).toEqual([{ row: 0, col: 0, kind: 'date' }]);
    }
    expect(['dd/mm/yyyy', 'h:mm', '[h]:mm:ss', 'mmm-yy', '[$-42A]d mmmm yyyy'].every(isDateFormat)).toBe(true);
    expect(['0.00', '#,##0 "ngày"', '0%', 'General', '[Red]0.0', '@'].some(isDateFormat)).toBe(false);
  });
});

describe('the common cell read by one pattern (whole common rows in one go), any other cell or row tag by tag: the same grid', () => {
  type Cell = { col: number; type: 's' | 'n' | 'b' | 'e' | 'str' | 'inlineStr' | 'none'; style: number; value: number; formula: boolean; layout: number };
  const strings = ['Nguyễn Văn An', 'Hoàn thành tốt', 'a & b', 'Phòng Kế hoạch'];
  const ctx: SheetReadContext = { strings, dates: [false, true, false], percents: [false, false, true], date1904: false };
  const v = (c: Cell) =>
    c.type === 's'
      ? String(c.value % strings.length)
      : c.type === 'b'
        ? String(c.value % 2)
        : c.type === 'e'
          ? '#N/A'
          : c.type === 'str'
            ? 'chữ &amp; số'
            : String(c.value / 4);
  // Inline text: plain, kept spaces, an Excel escape, or an XML one (which the pattern leaves to the tags).
  const inlineText = (c: Cell) => [`Tổ ${c.value}`, ` Phòng ${c.value} `, `dòng_x000A_${c.value}`, `A & B ${c.value}`][c.value % 4];
  const inlineT = (text: string) => (/^\s|\s$/.test(text) ? `<t xml:space="preserve">${escapeXml(text)}</t>` : `<t>${escapeXml(text)}</t>`);
  // An empty cell holds nothing whatever its type, inline text included.
  const typeAttr = (c: Cell) => (c.type === 'none' ? (c.value % 2 ? ' t="inlineStr"' : '') : c.type !== 'n' ? ` t="${c.type}"` : '');
  /** The cell as the usual writers lay it out: r, s, t, then <v> (the common pattern reads it). */
  const common = (r: number, c: Cell) => {
    const attrs = `r="${columnLetter(c.col)}${r + 1}"${c.style ? ` s="${c.style}"` : ''}${typeAttr(c)}`;
    if (c.type === 'inlineStr') return `<c ${attrs}><is>${inlineT(inlineText(c))}</is></c>`;
    // A formula never calculated: no value, listed as such.
    if (c.type === 'none') return c.formula ? `<c ${attrs}><f>A1</f></c>` : `<c ${attrs}/>`;
    return `<c ${attrs}>${c.formula ? '<f>A1</f>' : ''}<v>${v(c)}</v></c>`;
  };
  /** The same cell in a layout the pattern does not take: t before s, another attribute, line breaks, no r. */
  const other = (r: number, c: Cell) => {
    const t = typeAttr(c);
    const s = c.style ? ` s="${c.style}"` : '';
    const ref = c.layout === 3 ? '' : ` r="${columnLetter(c.col)}${r + 1}"`;
    const attrs = c.layout === 0 ? `${ref}${t}${s}` : c.layout === 1 ? `${ref}${s}${t} cm="1"` : `\n  ${ref}${s}${t}`;
    if (c.type === 'inlineStr') {
      // The same text in two rich-text runs, as Excel writes formatted text.
      const text = inlineText(c);
      const cut = Math.floor(text.length / 2);
      return `<c${attrs}><is><r><t xml:space="preserve">${escapeXml(text.slice(0, cut))}</t></r><r><t xml:space="preserve">${escapeXml(text.slice(cut))}</t></r></is></c>`;
    }
    const f = c.formula ? '\n<f>A1</f>' : '';
    if (c.type === 'none') return c.formula ? `<c${attrs}>${f}\n</c>` : `<c${attrs}/>`;
    return `<c${attrs}>${f}\n<v>${v(c)}</v>\n</c>`;
  };
  // Row tags as writers lay them out (r first: whole rows of common cells are read in one go),
  // and others the tag-by-tag reader takes: r after another attribute, single quotes, no r, a break.
  const ROW_TAGS = [
    (r: number) => `<row r="${r + 1}">`,
    (r: number) => `<row r="${r + 1}" spans="1:9" x14ac:dyDescent="0.25">`,
    (r: number) => `<row spans="1:9" r="${r + 1}">`,
    (r: number) => `<row r='${r + 1}'>`,
    () => '<row>',
    (r: number) => `\n <row\n r="${r + 1}" >`,
  ];
  const sheet = (rows: Cell[][], cell: (r: number, c: Cell, i: number) => string, rowTag: (r: number) => string = ROW_TAGS[0]) =>
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.map((cells, r) => `${rowTag(r)}${cells.map((c, i) => cell(r, c, i)).join('')}</row>`).join('')}</sheetData></worksheet>`;
  const cellArb = fc.record({
    type: fc.constantFrom('s', 'n', 'b', 'e', 'str', 'inlineStr', 'none'),
    style: fc.integer({ min: 0, max: 2 }),
    value: fc.integer({ min: 0, max: 400 }),
    formula: fc.boolean(),
    layout: fc.integer({ min: 0, max: 3 }),
  });
  // Columns in order, gaps allowed; a cell with no r (layout 3) is the next column, so it follows its neighbour.
  const rowArb = fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), cellArb), { maxLength: 8 }).map((xs) => {
    let col = -1;
    return xs.map(([gap, c]) => ({ ...c, col: (col += c.layout === 3 ? 1 : gap) }) as Cell);
  });
  const ref = { name: 'S', part: 'xl/worksheets/sheet1.xml', state: 'visible' as const };

  test('random rows, each cell in the common layout or another, read alike', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 6 }), fc.array(fc.boolean(), { minLength: 48, maxLength: 48 }), (rows, mix) => {
        const plain = readSheetXml(sheet(rows, common), ref, ctx);
        const mixed = readSheetXml(
          sheet(rows, (r, c, i) => (mix[(r * 8 + i) % mix.length] ? other(r, c) : common(r, c))),
          ref,
          ctx,
        );
        const rowTags = readSheetXml(
          sheet(
            rows,
            (r, c, i) => (mix[(r * 8 + i) % mix.length] ? other(r, c) : common(r, c)),
            (r) => ROW_TAGS[(r + rows.length) % ROW_TAGS.length](r),
          ),
          ref,
          ctx,
        );
        const tagByTag = readSheetXml(sheet(rows, other), ref, ctx);
        expect(mixed).toEqual(plain);
        expect(rowTags).toEqual(plain);
        expect(tagByTag).toEqual(plain);
      }),
      { numRuns: 300 },
    );
  });

  test('what the pattern reads: shared strings, numbers by style, booleans, errors, escaped text by the tag path', () => {
    const g = readSheetXml(
      sheet(
        [
          [
            { col: 0, type: 's', style: 0, value: 0, formula: false, layout: 0 },
            { col: 1, type: 'n', style: 1, value: 180000, formula: false, layout: 0 },
            { col: 2, type: 'n', style: 2, value: 2, formula: false, layout: 0 },
            { col: 4, type: 'b', style: 0, value: 1, formula: false, layout: 0 },
            { col: 5, type: 'e', style: 0, value: 0, formula: false, layout: 0 },
            { col: 6, type: 'str', style: 0, value: 0, formula: true, layout: 0 },
            { col: 7, type: 's', style: 0, value: 3, formula: false, layout: 0 },
          ],
        ],
        common,
      ),
      ref,
      ctx,
    );
    expect(g.rows).toEqual([['Nguyễn Văn An', 45000, 0.5, null, true, '#N/A', 'chữ & số', 'Phòng Kế hoạch']]);
    expect(g.special).toEqual([
      { row: 0, col: 1, kind: 'date' },
      { row: 0, col: 2, kind: 'percent' },
    ]);
  });
});

describe('shared strings: the plain ones by one pattern, any other tag by tag, the same list', () => {
  // Each string in the plain form, or in a form the pattern leaves to the tags (rich-text runs, a phonetic run, an escape).
  const texts = ['Nguyễn Văn An', ' Phòng 2 ', 'dòng_x000A_hai', 'A & B', '', 'Hoàn thành tốt nhiệm vụ'];
  const t = (x: string) => (/^\s|\s$/.test(x) ? `<t xml:space="preserve">${escapeXml(x)}</t>` : `<t>${escapeXml(x)}</t>`);
  const plainSi = (x: string) => (x === '' ? '<si><t/></si>' : `<si>${t(x)}</si>`);
  const richSi = (x: string, k: number) => {
    const cut = Math.floor(x.length / 2);
    return k % 3 === 0
      ? `<si><r><rPr><b/></rPr>${t(x.slice(0, cut))}</r><r>${t(x.slice(cut))}</r></si>`
      : k % 3 === 1
        ? `<si>${t(x)}<rPh sb="0" eb="1"><t>ふり</t></rPh><phoneticPr fontId="1"/></si>`
        : x === ''
          ? '<si/>'
          : `\n  <si>\n${t(x)}\n</si>`;
  };
  const sst = (items: string[]) =>
    `<?xml version="1.0"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${items.length}">${items.join('')}</sst>`;

  test('random lists, each string plain or not, read alike', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(texts.length - 1), fc.boolean(), fc.nat(5)), { maxLength: 30 }), (picks) => {
        const want = picks.map(([i]) => texts[i].replace('_x000A_', '\n'));
        expect(sharedStrings(sst(picks.map(([i, plain, k]) => (plain ? plainSi(texts[i]) : richSi(texts[i], k)))))).toEqual(want);
        expect(sharedStrings(sst(picks.map(([i]) => plainSi(texts[i]))))).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });
});

describe('files that are not readable workbooks get a reason and a sentence, never a library text', () => {
  const zipOf = (entries: Record<string, string>) => {
    const w = new ZipWriter(nodeCodec);
    for (const [k, v] of Object.entries(entries)) w.add(k, v);
    return w.finish();
  };

  test('encrypted, .xls, .ods, not a zip, a zip of something else, Strict OOXML, .xlsb', () => {
    const ole = (extra: string) => {
      const b = new Uint8Array(4096);
      b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      for (let i = 0; i < extra.length; i++) b[1024 + 2 * i] = extra.charCodeAt(i);
      return b;
    };
    expect(reason(() => readXlsx(ole('EncryptedPackage')))).toBe('encrypted');
    expect(reason(() => readXlsx(ole('Workbook')))).toBe('legacyXls');
    expect(reason(() => readXlsx(zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' })))).toBe('ods');
    expect(reason(() => readXlsx(new TextEncoder().encode('STT,Họ và tên\n1,An')))).toBe('notZip');
    expect(reason(() => readXlsx(new Uint8Array(0)))).toBe('notZip');
    expect(reason(() => readXlsx(zipOf({ 'readme.txt': 'hello' })))).toBe('noWorkbook');
    const docx = zipOf({
      '_rels/.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      'word/document.xml': '<w:document xmlns:w="x"/>',
    });
    expect(reason(() => readXlsx(docx))).toBe('noWorkbook');
    const strict = zipOf({
      '_rels/.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      'xl/workbook.xml': '<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"/>',
    });
    expect(reason(() => readXlsx(strict))).toBe('strict');
    const xlsb = zipOf({
      '_rels/.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
    });
    expect(reason(() => readXlsx(xlsb))).toBe('xlsb');
    const e = new NotAWorkbookError('encrypted');
    expect(e.messageVi).toMatch(/mật khẩu/);
    expect(e.messageEn).toMatch(/password/);
    expect(e.message).toBe(e.messageVi);
    expect(new NotAWorkbookError('legacyXls').messageVi).toMatch(/lưu lại dưới dạng \.xlsx/);
  });

  test('a truncated zip, and a sheet cut mid-tag (the part and the sheet are named)', () => {
    const good = writeWorkbook(
      [
        model('Điểm', [
          ['Họ và tên', 'Điểm'],
          ['An', 9],
        ]),
      ],
      nodeCodec,
    );
    for (const cut of [good.length - 10, Math.floor(good.length / 2), 30]) expect(reason(() => readXlsx(good.subarray(0, cut)))).toBe('truncated');
    const z = new ZipArchive(good, nodeCodec);
    const w = new ZipWriter(nodeCodec);
    for (const e of z.entries.values()) {
      if (e.name === 'xl/worksheets/sheet1.xml') {
        const xml = z.text(e.name)!;
        w.add(e.name, xml.slice(0, xml.indexOf('<c r="B2"') + 6));
      } else w.copy(z, e);
    }
    let err: NotAWorkbookError | undefined;
    try {
      readXlsx(w.finish(), undefined, nodeCodec);
    } catch (x) {
      err = x as NotAWorkbookError;
    }
    expect(err).toBeInstanceOf(NotAWorkbookError);
    expect(err!.reason).toBe('badPart');
    expect(err!.messageVi).toContain('sheet "Điểm" (xl/worksheets/sheet1.xml)');
  });

  test('a byte flipped inside a compressed part: refused by its CRC-32, naming the part, with either codec (it used to read as a book with no sheet)', () => {
    const good = writeWorkbook(
      [
        model('Điểm', [
          ['Họ và tên', 'Điểm'],
          ['An', 9],
        ]),
      ],
      nodeCodec,
    );
    const z = new ZipArchive(good, nodeCodec);
    const e = z.entries.get('xl/_rels/workbook.xml.rels')!;
    for (const codec of [nodeCodec, jsCodec]) {
      // Every byte of the stored data in turn: some inflate to other text, some fail to inflate.
      for (let i = 0; i < e.compressedSize; i++) {
        const bad = good.slice();
        bad[e.dataStart + i] ^= 0xff;
        let err: NotAWorkbookError | undefined;
        try {
          readXlsx(bad, undefined, codec);
        } catch (x) {
          err = x as NotAWorkbookError;
        }
        expect(err).toBeInstanceOf(NotAWorkbookError);
        expect(['badPart', 'truncated']).toContain(err!.reason);
        expect(err!.part).toBe('xl/_rels/workbook.xml.rels');
      }
    }
  });

  test('fuzz: random bytes, truncations and flipped bytes never crash: grids or NotAWorkbookError', () => {
    const good = writeWorkbook(
      [
        model(
          'A',
          [
            ['x', 1, true],
            ['Ä', 2.5],
          ],
          { merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] },
        ),
      ],
      nodeCodec,
    );
    const stored = (() => {
      // The same book with stored (uncompressed) entries, so flipped bytes land in the XML itself.
      const z = new ZipArchive(good, nodeCodec);
      const w = new ZipWriter({ ...nodeCodec, deflateRaw: (d) => d });
      for (const e of z.entries.values()) w.add(e.name, z.read(e.name)!);
      return w.finish();
    })();
    const tryRead = (b: Uint8Array) => {
      try {
        const g = readXlsx(b, undefined, jsCodec);
        return Array.isArray(g.sheets);
      } catch (e) {
        return e instanceof NotAWorkbookError && e.messageVi.length > 20 && e.messageEn.length > 20;
      }
    };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (b) => tryRead(b)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.nat(good.length), (n) => tryRead(good.subarray(0, n))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(good, stored),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        (base, flips) => {
          const b = base.slice();
          for (const [at, v] of flips) b[at % b.length] = v;
          return tryRead(b);
        },
      ),
      { numRuns: 500 },
    );
  });
});

export type { SheetGrid };
