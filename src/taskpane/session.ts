import { Lang } from '../core/model';
import { buildTemplateSheets } from '../core/template/defaults';
import { configSheetId } from '../core/config/sheetNames';
import { WorkbookGrids } from '../sheet/grid';
import { RunSummary } from '../core/output/summary';
import type { EngineRunner } from './worker/runner';
import { WorkbookHost, WriteOutcome } from '../host/types';
import { VERSION } from '../core/version';
import { throwIfCancelled, untilCancelled } from '../host/cancel';

export { isCancel } from '../host/cancel';

export type Step = 'reading' | 'checking' | 'writing';

/** Generated sheets edited by hand since the last run, for the pane to ask about before replacing. */
export type ConfirmOverwrite = (sheets: string[]) => Promise<boolean>;

export interface RunOutcome {
  summary: RunSummary;
  write: WriteOutcome;
  grids: WorkbookGrids;
}

/**
 * One click: read the workbook, run the engine, write the generated sheets. Cancelling is
 * honoured up to the write; in Excel the write itself is never cut halfway. A file host writes a
 * new copy (nothing of the user's is at risk), so there Hủy stops the write too.
 */
export async function runAction(
  host: WorkbookHost,
  runner: EngineRunner,
  action: 'validate' | 'rank',
  lang: Lang,
  o: {
    signal?: AbortSignal;
    onStep?(step: Step, fraction: number | null): void;
    now?: () => string;
    /**
     * Asked when a sheet to replace was edited by hand ("Sheet X đã bị sửa từ lần chạy trước —
     * ghi đè?"). Without it, or on no, nothing is written and the outcome says `blocked`.
     */
    confirmOverwrite?: ConfirmOverwrite;
    /** The engine's result, before anything is written: the pane shows it while the write goes on. */
    onEngine?(summary: RunSummary, grids: WorkbookGrids): void;
    /** Whether this result is worth writing (a book with nothing recognised is not, in file mode). */
    worthWriting?(summary: RunSummary): boolean;
  },
): Promise<RunOutcome> {
  const now = o.now ?? (() => new Date().toISOString());
  o.onStep?.('reading', 0);
  const grids = await host.read({ signal: o.signal, onProgress: (p) => o.onStep?.('reading', p.total ? p.done / p.total : null) });
  throwIfCancelled(o.signal);
  o.onStep?.('checking', null);
  const time = now();
  // The findings and results first: the engine sends its summary before it lays out the sheets,
  // so they show while the sheets are laid out and written. Shown once.
  let shown = false;
  const show = (summary: RunSummary) => {
    if (shown || o.signal?.aborted) return;
    shown = true;
    o.onEngine?.(summary, grids);
  };
  // File mode: the engine's worker writes the copy itself (the sheets stay where they are made).
  const source = host.kind === 'file' ? host.source?.() : undefined;
  const res = await runner(
    { grids, action, lang, now: time, version: VERSION, ...(source ? { copy: { bytes: source } } : {}) },
    o.signal,
    o.onEngine ? show : undefined,
    (done, total) => o.onStep?.('writing', total ? done / total : null),
  );
  throwIfCancelled(o.signal);
  show(res.summary);
  if (o.worthWriting && !o.worthWriting(res.summary)) return { summary: res.summary, write: { written: [], skipped: [], nothingToWrite: true }, grids };
  let force = false;
  if (res.conflicts.length > 0) {
    // The user's answer, unless Hủy comes first (the question is then dropped, nothing written).
    force = o.confirmOverwrite ? await untilCancelled(o.confirmOverwrite(res.conflicts.map((c) => c.name)), o.signal) : false;
    if (!force) return { summary: res.summary, write: { written: [], skipped: [], blocked: true, conflicts: res.conflicts }, grids };
  }
  o.onStep?.('writing', 0);
  const write = await host.write(
    {
      models: res.sheets,
      book: grids,
      ownership: res.ownership,
      force,
      stamp: { time, fingerprint: res.summary.fingerprint },
      ...(res.copy ? { written: { bytes: res.copy.bytes, sheets: res.copy.written } } : {}),
    },
    (done, total) => o.onStep?.('writing', total ? done / total : null),
    host.kind === 'file' ? o.signal : undefined,
  );
  throwIfCancelled(host.kind === 'file' ? o.signal : undefined);
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
