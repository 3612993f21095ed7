import { SheetGrid, a1 } from '../../sheet/grid';
import { Finding, Severity } from '../model';
import { EngineResult } from '../engine/run';
import { LOOKS } from '../../sheet/looks';
import { SheetModel } from '../../sheet/sheetModel';
import { importedModel } from './importPlan';

/**
 * Đánh dấu lỗi: the cells of a sheet that have findings, each with the fill of its worst finding
 * and a note with the messages. The same marks go on the unit's sheet in Excel (undone exactly by
 * Xóa đánh dấu) or on a copy of it sent back to the unit (the "error file").
 */
export interface CellMark {
  row: number;
  col: number;
  cell: string;
  severity: Severity;
  /** '#RRGGBB' */
  fill: string;
  note: string;
}

export const MARK_FILLS: Record<Severity, string> = { error: '#' + LOOKS.error.fill!, warning: '#' + LOOKS.warning.fill! };

export function marksFor(findings: readonly Finding[], sheet: string): CellMark[] {
  const byCell = new Map<string, { row: number; col: number; list: Finding[] }>();
  for (const f of findings) {
    if (f.sheet !== sheet || f.row === null || f.col === null) continue;
    const k = `${f.row},${f.col}`;
    const e = byCell.get(k) ?? { row: f.row, col: f.col, list: [] };
    e.list.push(f);
    byCell.set(k, e);
  }
  return [...byCell.values()]
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((e) => {
      const severity: Severity = e.list.some((f) => f.severity === 'error') ? 'error' : 'warning';
      const note = e.list.map((f) => `${f.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}: ${f.message}${f.fix ? ` → ${f.fix}` : ''}`).join('\n');
      return { row: e.row, col: e.col, cell: a1(e.row, e.col), severity, fill: MARK_FILLS[severity], note: note.slice(0, 2000) };
    });
}

/** Sheets that have marks to place, with their count (for the pane's list). */
export function markableSheets(r: EngineResult): { sheet: string; marks: number; errors: number }[] {
  return r.sheets
    .map((s) => {
      const m = marksFor(r.findings, s.sheet);
      return { sheet: s.sheet, marks: m.length, errors: m.filter((x) => x.severity === 'error').length };
    })
    .filter((x) => x.marks > 0);
}

/** The unit's sheet as a new workbook's sheet with the marks as fills and notes: the error file. */
export function errorFileModel(r: EngineResult, grid: SheetGrid): SheetModel {
  const info = r.sheets.find((s) => s.sheet === grid.name);
  const marks = marksFor(r.findings, grid.name);
  const base: SheetModel = info
    ? importedModel({ grid, info, sheet: grid.name })
    : {
        id: 'imported',
        name: grid.name,
        rows: grid.rows.map((x) => [...(x ?? [])]),
        columnWidths: [],
        styles: [],
        merges: [...(grid.merges ?? [])],
        links: [],
        page: { orientation: 'landscape', fitToWidth: true, font: 'Times New Roman', fontSize: 12 },
      };
  return {
    ...base,
    styles: [...base.styles, ...marks.map((m) => ({ top: m.row, bottom: m.row, left: m.col, right: m.col, style: m.severity }))],
    notes: marks.map((m) => ({ row: m.row, col: m.col, text: m.note })),
  };
}
