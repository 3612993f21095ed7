import { Lang } from '../core/model';
import { buildTemplateSheets } from '../core/template/defaults';
import { configSheetId } from '../core/config/sheetNames';
import { WorkbookGrids } from '../core/grid';
import { RunSummary } from '../core/output/summary';
import { EngineRunner } from './engine/runner';
import { WorkbookHost, WriteOutcome } from './hosts/types';
import { VERSION } from '../core/version';
import { throwIfCancelled } from '../host/cancel';

export { isCancel } from '../host/cancel';

export type Step = 'reading' | 'checking' | 'writing';

export interface RunOutcome {
  summary: RunSummary;
  write: WriteOutcome;
  grids: WorkbookGrids;
}


/**
 * One click: read the workbook, run the engine, write the generated sheets. Cancelling is
 * honoured up to the write; the write itself is never cut halfway.
 */
export async function runAction(
  host: WorkbookHost,
  runner: EngineRunner,
  action: 'validate' | 'rank',
  lang: Lang,
  o: { signal?: AbortSignal; onStep?(step: Step, fraction: number | null): void; now?: () => string },
): Promise<RunOutcome> {
  const now = o.now ?? (() => new Date().toISOString());
  o.onStep?.('reading', 0);
  const grids = await host.read({ signal: o.signal, onProgress: (p) => o.onStep?.('reading', p.total ? p.done / p.total : null) });
  throwIfCancelled(o.signal);
  o.onStep?.('checking', null);
  const time = now();
  const res = await runner({ grids, action, lang, now: time, version: VERSION }, o.signal);
  throwIfCancelled(o.signal);
  o.onStep?.('writing', 0);
  const write = await host.write(
    { models: res.sheets, ownSheets: res.ownSheets, existingSheets: grids.sheets.map((s) => s.name), stamp: { time, fingerprint: res.summary.fingerprint } },
    (done, total) => o.onStep?.('writing', done / total),
  );
  return { summary: res.summary, write, grids };
}

/** Writes the campaign template, unless the workbook already has configuration sheets. */
export async function createTemplate(host: WorkbookHost, year: number): Promise<{ outcome: WriteOutcome | null; existing: string[] }> {
  if (host.kind === 'excel') {
    const existing = (await host.sheetNames()).filter((name) => configSheetId(name) !== null);
    if (existing.length) return { outcome: null, existing };
  }
  return { outcome: await host.writeTemplate(buildTemplateSheets({ year })), existing: [] };
}
