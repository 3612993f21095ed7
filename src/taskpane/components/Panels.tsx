import { Body1, Caption1, Card, CardHeader, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, Circle16Regular, DismissCircle16Filled } from '@fluentui/react-icons';
import { RunSummary } from '../../core/output/summary';
import { CellValue, SheetGrid, a1, cellAt, columnLetter, parseA1 } from '../../sheet/grid';
import { Strings } from '../i18n';
import { Lang } from '../../core/model';

// The results view lives in Results.tsx; the App imports it from here as before.
export { ResultsTable } from './Results';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  li: { display: 'flex', gap: '6px', alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
  preview: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, width: '100%', tableLayout: 'fixed' },
  pc: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 4px', overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis', maxWidth: '90px' },
  ph: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  hit: { outline: `2px solid ${tokens.colorPaletteRedBorder2}`, backgroundColor: tokens.colorPaletteRedBackground1 },
});

export function StatusCard({ summary, t }: { summary: RunSummary; t: Strings }) {
  const s = useStyles();
  return (
    <Card aria-label={t.campaign}>
      <CardHeader
        header={<Text weight="semibold">{summary.campaign ? campaignTitle(summary.campaign) : t.noCampaign}</Text>}
        description={<Caption1 className={s.muted}>{t.candidates(summary.candidates.individual, summary.candidates.collective)}</Caption1>}
      />
      <ul className={s.list} aria-label={t.configSheets}>
        {summary.config.map((c) => (
          <li key={c.id} className={s.li}>
            {c.found ? (
              <CheckmarkCircle16Filled color={tokens.colorPaletteGreenForeground1} aria-hidden />
            ) : c.optional ? (
              <Circle16Regular aria-hidden />
            ) : (
              <DismissCircle16Filled color={tokens.colorPaletteRedForeground1} aria-hidden />
            )}
            <Body1>{c.sheet}</Body1>
            <Caption1 className={s.muted}>{c.found ? t.found : c.optional ? t.optional : t.missingSheet}</Caption1>
          </li>
        ))}
      </ul>
      {summary.units.total > 0 && (
        <div>
          <Body1>{t.unitsReceived(summary.units.received, summary.units.total)}</Body1>
          {summary.units.missing.length > 0 && (
            <Caption1 block className={s.muted}>
              {t.unitsMissing}: {summary.units.missing.join(', ')}
            </Caption1>
          )}
          {summary.units.late.length > 0 && (
            <Caption1 block className={s.muted}>
              {t.unitsLate(summary.units.late.map((l) => `${l.name} (${t.daysLate(l.days)})`).join(', '))}
            </Caption1>
          )}
        </div>
      )}
      {summary.skipped.length > 0 && <Caption1 className={s.muted}>{t.skippedSheets(summary.skipped.length)}</Caption1>}
    </Card>
  );
}

/** In the browser there is no Excel to select a cell in: the pane shows the cells around it. */
export function CellPreview({ grid, cell, t, lang = 'vi' }: { grid: SheetGrid; cell: string; t: Strings; lang?: Lang }) {
  const s = useStyles();
  const at = parseA1(cell);
  if (!at) return null;
  const rows = range(Math.max(0, at.row - 2), at.row + 2);
  const cols = range(Math.max(0, at.col - 2), at.col + 2);
  return (
    <figure aria-label={t.previewOf(grid.name, cell)} style={{ margin: 0 }}>
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

/** The campaign's name, with its year unless the name already says it. */
function campaignTitle(c: { name: string; year: number | null }): string {
  return c.year && !c.name.includes(String(c.year)) ? `${c.name} (${c.year})` : c.name;
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
