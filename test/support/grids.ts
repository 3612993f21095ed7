import { CellValue, SheetGrid, WorkbookGrids } from '../../src/sheet/grid';
import { runEngine, EngineResult } from '../../src/core/engine/run';

/** Small in-memory workbooks for pure engine tests (no xlsx involved). */
export const CRITERIA_HEAD = ['Mã', 'Nội dung tiêu chí', 'Điểm tối đa', 'Loại', 'Trọng số', 'Điểm sàn', 'Minh chứng'];
export const TITLES_HEAD = [
  'Danh hiệu / hình thức',
  'Đối tượng',
  'Điểm tối thiểu',
  'Xếp loại tối thiểu',
  'Điều kiện',
  'Tỷ lệ tối đa (%)',
  'Tính trên',
  'Số lượng tối đa',
  'Phạm vi',
  'Căn cứ',
];

export function grid(name: string, rows: CellValue[][], merges: SheetGrid['merges'] = []): SheetGrid {
  return { name, rows, merges };
}

export function campaign(extra: [string, CellValue][] = []): SheetGrid {
  return grid('Phong trào', [['Tên phong trào', 'Thi đua 2025'], ['Năm', 2025], ...extra]);
}

/** I (1.1 max 50, 1.2 max 50), C1 bonus 10, T1 deduction 10. */
export function simpleCriteria(rows?: CellValue[][]): SheetGrid {
  return grid('Tiêu chí', [
    CRITERIA_HEAD,
    ...(rows ?? [
      ['I', 'Chuyên môn', 100],
      ['1.1', 'Kế hoạch', 50],
      ['1.2', 'Chất lượng', 50],
      ['C1', 'Thưởng', 10, 'Cộng'],
      ['T1', 'Trừ', 10, 'Trừ'],
    ]),
  ]);
}

export function titles(rows: CellValue[][]): SheetGrid {
  return grid('Danh hiệu', [TITLES_HEAD, ...rows]);
}

export function units(rows: CellValue[][]): SheetGrid {
  return grid('Đơn vị', [['Mã đơn vị', 'Tên đơn vị', 'Khối thi đua', 'Số lao động', 'Hạn nộp'], ...rows]);
}

/** A roster with header STT | Họ và tên | Xếp loại | Sáng kiến | Kỷ luật | 1.1 | 1.2 | C1 | T1 and the given rows. */
export function roster(
  name: string,
  rows: CellValue[][],
  head = ['STT', 'Họ và tên', 'Xếp loại', 'Sáng kiến', 'Kỷ luật', '1.1', '1.2', 'C1', 'T1'],
): SheetGrid {
  return grid(name, [[`BẢNG CHẤM ĐIỂM ${name}`], [], head, ...rows]);
}

export function run(sheets: SheetGrid[], lang: 'vi' | 'en' = 'vi'): EngineResult {
  const book: WorkbookGrids = { sheets, source: 'test' };
  return runEngine(book, { lang });
}

export function byName(r: EngineResult, name: string) {
  const c = r.candidates.find((x) => x.name === name);
  if (!c) throw new Error(`no candidate ${name}`);
  return {
    c,
    score: r.scores.get(c.id)!,
    pos: r.ranking.positions.get(c.id)!,
    titles: (r.decisions.get(c.id) ?? []).filter((d) => d.status === 'proposed').map((d) => d.title),
    decision: (t: string) => (r.decisions.get(c.id) ?? []).find((d) => d.title === t)!,
  };
}

export function codes(r: EngineResult): string[] {
  return r.findings.map((f) => f.code);
}
