import { BookSpec, bookBytes } from '../../../scripts/lib/bookFactory';
import { sampleSpec } from '../../../scripts/lib/sampleSpec';
import { bookSpecFor } from '../../../scripts/lib/provinceSpec';
import { WorkbookGrids } from '../../../src/sheet/grid';
import { runEngine } from '../../../src/core/engine/run';
import { consolidate } from '../../../src/core/upward/consolidate';
import { readGrids, writeNewWorkbook } from '../../../src/host/file/fileHost';

/** The sample book as another agency: its organizer renamed, one person's date of birth changed. */
export function agencySpec(org: string, o: { dobOfTuan?: string } = {}): BookSpec {
  const spec = sampleSpec();
  spec.campaign = spec.campaign.map(([k, v]) => (k === 'Đơn vị tổ chức' ? [k, org] : [k, v]));
  if (o.dobOfTuan) {
    for (const r of spec.rosters) for (const p of r.rows) if ('name' in p && p.name === 'Lê Minh Tuấn' && p.dob === '20/11/1979') p.dob = o.dobOfTuan;
    spec.history = (spec.history ?? []).map((h) => (h.name === 'Lê Minh Tuấn' && h.dob === '20/11/1979' ? { ...h, dob: o.dobOfTuan! } : h));
  }
  return spec;
}

/** An agency's upward workbook as the file it sends, and that file read back. */
export async function upwardFile(
  spec: BookSpec,
  fileName: string,
  now = '2025-12-10T08:00:00.000Z',
): Promise<{ bytes: Uint8Array; grids: WorkbookGrids; book: WorkbookGrids }> {
  const book = await readGrids(await bookBytes(spec), fileName.replace(/\.gui-cap-tren/, ''));
  const up = consolidate(runEngine(book), { sourceFile: book.source ?? '', now, version: '0.2.0' });
  const bytes = await writeNewWorkbook(up.models);
  return { bytes, grids: await readGrids(bytes, fileName), book };
}

export function sheet(g: WorkbookGrids, name: string) {
  const s = g.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** A deep copy of grids, to change a cell as a user editing the file would. */
export function copy(g: WorkbookGrids): WorkbookGrids {
  return { source: g.source, sheets: g.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...(r ?? [])]) })) };
}

/**
 * The benchmark's province book with an award history: every seventh person was Chiến sĩ thi đua
 * cơ sở in 2023 and 2024, so the provincial title and Bằng khen have candidates to send upward.
 */
export function provinceWithHistory(): BookSpec {
  const spec = bookSpecFor('province');
  const history: NonNullable<BookSpec['history']> = [];
  let i = 0;
  for (const r of spec.rosters)
    for (const p of r.rows) {
      if (!('name' in p) || i++ % 7 !== 0 || typeof p.dob !== 'string') continue;
      for (const year of [2023, 2024])
        history.push({ name: p.name, dob: p.dob, unit: r.sheet, year, title: 'Chiến sĩ thi đua cơ sở', decision: `${year - 2000}/QĐ` });
      history.push({ name: p.name, dob: p.dob, unit: r.sheet, year: 2024, title: 'Hoàn thành xuất sắc nhiệm vụ' });
    }
  return { ...spec, history };
}
