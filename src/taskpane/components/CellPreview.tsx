import * as React from 'react';
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CellValue, SheetGrid, a1, cellAt, columnLetter, parseA1 } from '../../sheet/grid';
import { Strings } from '../i18n';
import { Lang } from '../../core/model';

const useStyles = makeStyles({
  preview: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, width: '100%', tableLayout: 'fixed' },
  pc: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    maxWidth: '90px',
  },
  ph: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  hit: { outline: `2px solid ${tokens.colorPaletteRedBorder2}`, backgroundColor: tokens.colorPaletteRedBackground1 },
});

/** In the browser (shared by the findings and the results views) there is no Excel to select a cell in: the pane shows the cells around it. */
export function CellPreview({
  grid,
  cell,
  t,
  lang,
  name,
}: {
  grid: SheetGrid;
  cell: string;
  t: Strings;
  lang: Lang;
  /** The person the finding is about: their name's column is shown first. */ name?: string;
}) {
  const s = useStyles();
  const at = parseA1(cell);
  // Opened from the list's last visible row, the preview would sit below the list's edge: brought into view.
  const ref = React.useRef<HTMLElement>(null);
  // In braces: Chromium's scrollIntoView now returns a promise, which React would take for the effect's cleanup.
  React.useEffect(() => {
    void ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [grid, cell]);
  if (!at) return null;
  const rows = range(Math.max(0, at.row - 2), at.row + 2);
  const near = range(Math.max(0, at.col - 2), at.col + 2);
  const nameCol = name ? nameColumn(grid, at.row, name) : -1;
  const cols = nameCol >= 0 && !near.includes(nameCol) ? [nameCol, ...near] : near;
  return (
    <figure ref={ref} aria-label={t.previewOf(grid.name, cell)} style={{ margin: 0 }}>
      <Caption1>{t.previewOf(grid.name, cell)}</Caption1>
      <table className={s.preview}>
        <thead>
          <tr>
            {/* The corner names no column: a plain cell (an empty header is one screen readers announce as nothing). */}
            <td className={mergeClasses(s.pc, s.ph)} />
            {cols.map((c) => (
              <th key={c} className={mergeClasses(s.pc, s.ph)}>
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <th className={mergeClasses(s.pc, s.ph)}>{r + 1}</th>
              {cols.map((c) => (
                <td key={c} className={mergeClasses(s.pc, r === at.row && c === at.col && s.hit)} title={show(cellAt(grid, r, c), lang)} data-cell={a1(r, c)}>
                  {show(cellAt(grid, r, c), lang)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** The column holding the person's name on the finding's row, or -1. */
function nameColumn(grid: SheetGrid, row: number, name: string): number {
  const r = grid.rows[row] ?? [];
  const want = name.trim();
  for (let c = 0; c < r.length; c++) if (typeof r[c] === 'string' && (r[c] as string).trim() === want) return c;
  return -1;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

/** A cell as the officer reads it in Excel: a decimal comma in Vietnamese (the value itself, not rounded). */
function show(v: CellValue, lang: Lang): string {
  if (v === null) return '';
  return typeof v === 'number' && lang === 'vi' ? String(v).replace('.', ',') : String(v);
}
