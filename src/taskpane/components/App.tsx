import * as React from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Divider,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Subtitle2,
  Text,
  Title3,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import { ArrowClockwise16Regular, ArrowDownload16Regular, ArrowUpload16Regular, DocumentAdd16Regular, ListBarTree16Regular, TaskListSquareLtr16Regular } from '@fluentui/react-icons';
import { Lang, Finding } from '../../core/model';
import { RunSummary } from '../../core/output/summary';
import { WorkbookGrids } from '../../core/grid';
import { EngineRunner } from '../engine/runner';
import { WorkbookHost, WriteOutcome } from '../hosts/types';
import { Step, createTemplate, isCancel, runAction } from '../session';
import { Strings, strings } from '../i18n';
import { VERSION } from '../../core/version';
import { officeErrorMessage } from '../errors';
import { FindingsList } from './Findings';
import { CellPreview, ResultsTable, StatusCard } from './Panels';
import { useUpwardSend } from './UpwardSend';
import { UpwardRollup } from './UpwardRollup';
import type { XlsxRunner } from '../hosts/browserFileHost';
import { RoundTripPanel } from './RoundTripPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '12px', minHeight: '100vh', boxSizing: 'border-box', backgroundColor: tokens.colorNeutralBackground1 },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: '8px' },
  tools: { display: 'flex', alignItems: 'center', flexShrink: 0 },
  actions: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '8px' },
  secondary: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  muted: { color: tokens.colorNeutralForeground3 },
  section: { display: 'flex', flexDirection: 'column', gap: '6px' },
  progress: { display: 'flex', flexDirection: 'column', gap: '6px' },
  progressRow: { display: 'flex', gap: '8px', alignItems: 'center', justifyContent: 'space-between' },
});

export interface AppProps {
  /** The workbook to work on; null in the browser until a file is chosen. */
  host: WorkbookHost | null;
  runner: EngineRunner;
  lang: Lang;
  /** Browser only: open a file the user picked, or the bundled sample. */
  openFile?(file: File): Promise<WorkbookHost>;
  openSample?(): Promise<WorkbookHost>;
  /** Browser only: the campaign template as a new file, with or without a file open. */
  downloadTemplate?(): Promise<WriteOutcome>;
  /** Where new workbooks are written (the upward workbook, the roll-up); the page's own if absent. */
  xlsx?: XlsxRunner;
  now?(): string;
}

interface Busy {
  step: Step | 'template' | 'status';
  fraction: number | null;
  abort: AbortController;
}

interface Note {
  intent: 'success' | 'error' | 'warning' | 'info';
  text: string;
}

export function App(props: AppProps) {
  const s = useStyles();
  const [lang, setLang] = React.useState<Lang>(props.lang);
  const t = strings(lang);
  const [host, setHost] = React.useState<WorkbookHost | null>(props.host);
  const [status, setStatus] = React.useState<RunSummary | null>(null);
  const [result, setResult] = React.useState<RunSummary | null>(null);
  const [grids, setGrids] = React.useState<WorkbookGrids | null>(null);
  const [busy, setBusy] = React.useState<Busy | null>(null);
  // A generated sheet edited by hand: the run waits for the user's answer (session.confirmOverwrite).
  const [asking, setAsking] = React.useState<{ sheets: string[]; answer(yes: boolean): void } | null>(null);
  const [notes, setNotes] = React.useState<Note[]>([]);
  const [picked, setPicked] = React.useState<Finding | null>(null);
  const [download, setDownload] = React.useState<{ fileName: string; url: string; template: boolean } | null>(null);

  const offer = React.useCallback((w: WriteOutcome, template = false) => {
    if (!w.download) return;
    const url = URL.createObjectURL(new Blob([w.download.bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    setDownload({ fileName: w.download.fileName, url, template });
  }, []);
  // A replaced or dropped download frees its bytes.
  React.useEffect(() => () => void (download && URL.revokeObjectURL(download.url)), [download]);

  const failure = (e: unknown): Note => ({ intent: 'error', text: `${t.failed}: ${message(e, t, lang)}` });

  // Campaign status as soon as a workbook is there: a check without writing anything.
  const refreshStatus = React.useCallback(
    async (h: WorkbookHost) => {
      const abort = new AbortController();
      setBusy({ step: 'status', fraction: null, abort });
      try {
        const g = await h.read({ signal: abort.signal });
        const res = await props.runner({ grids: g, action: 'validate', lang, now: new Date().toISOString(), version: VERSION, summaryOnly: true }, abort.signal);
        setStatus(res.summary);
        setGrids(g);
      } catch (e) {
        if (!isCancel(e)) setNotes([failure(e)]);
      } finally {
        setBusy(null);
      }
    },
    [props.runner, lang],
  );

  React.useEffect(() => {
    if (host) void refreshStatus(host);
  }, [host]);

  // A new language re-words what is on screen: the engine runs again on the grids already read
  // (nothing is read or written), and the last run's notes, in the old language, go.
  const shownLang = React.useRef(lang);
  React.useEffect(() => {
    if (shownLang.current === lang) return;
    shownLang.current = lang;
    setNotes([]);
    setPicked(null);
    if (!grids) return;
    const action = result?.action ?? 'validate';
    void props.runner({ grids, action, lang, now: new Date().toISOString(), version: VERSION, summaryOnly: true }).then((res) => {
      setStatus(res.summary);
      if (result) setResult(res.summary);
    });
  }, [lang, grids, result, props]);

  const hostNotes: Note[] = (host?.notes() ?? []).map((n) => ({ intent: n === 'oldExcel' ? 'error' : 'info', text: n === 'oldExcel' ? t.oldExcel : t.noMergesNote }));

  async function run(action: 'validate' | 'rank') {
    if (!host) return;
    const abort = new AbortController();
    setBusy({ step: 'reading', fraction: 0, abort });
    setNotes([]);
    setPicked(null);
    setDownload(null);
    try {
      const out = await runAction(host, props.runner, action, lang, {
        signal: abort.signal,
        onStep: (step, fraction) => setBusy({ step, fraction, abort }),
        now: props.now,
        confirmOverwrite: (sheets) => new Promise((answer) => setAsking({ sheets, answer: (yes) => (setAsking(null), answer(yes)) })),
      });
      setResult(out.summary);
      setStatus(out.summary);
      setGrids(out.grids);
      const n: Note[] = [out.write.blocked ? { intent: 'warning', text: t.notWritten((out.write.conflicts ?? []).map((c) => `"${c.name}"`).join(', ')) } : { intent: 'success', text: t.sheetsWritten(out.write.written.join(', ')) }];
      if (out.write.skipped.length) n.push({ intent: 'info', text: t.skippedFeatures(out.write.skipped.map((k) => t.featureNames[k] ?? k).join(', ')) });
      setNotes(n);
      offer(out.write);
    } catch (e) {
      setNotes([isCancel(e) ? { intent: 'warning', text: t.cancelled } : failure(e)]);
    } finally {
      setBusy(null);
      setAsking(null);
    }
  }

  async function template() {
    setBusy({ step: 'template', fraction: null, abort: new AbortController() });
    setNotes([]);
    try {
      // In the browser the template is a new file to download: nothing open is touched.
      if (props.downloadTemplate) {
        const outcome = await props.downloadTemplate();
        setNotes([{ intent: 'success', text: t.templateDone(outcome.written.join(', ')) }]);
        offer(outcome, true);
        return;
      }
      if (!host) return;
      const { outcome, existing } = await createTemplate(host, new Date().getFullYear());
      if (!outcome) setNotes([{ intent: 'warning', text: `${t.templateExists} (${existing.join(', ')})` }]);
      else {
        setNotes([{ intent: 'success', text: t.templateDone(outcome.written.join(', ')) }]);
        offer(outcome);
        if (host.kind === 'excel') void refreshStatus(host);
      }
    } catch (e) {
      setNotes([failure(e)]);
    } finally {
      setBusy(null);
    }
  }

  async function pick(f: Finding) {
    setPicked(f);
    // A finding about a whole sheet opens that sheet; one about a missing sheet has nowhere to go.
    const sheet = grids?.sheets.find((g) => g.name === f.sheet);
    if (host?.select && sheet && (sheet.visibility ?? 'visible') !== 'visible') {
      // Excel cannot select a cell on a hidden sheet: say how to see it instead of failing.
      setNotes([{ intent: 'info', text: t.hiddenSheet(f.sheet, f.cell || 'A1') }]);
      return;
    }
    if (host?.select && sheet) {
      try {
        await host.select(f.sheet, f.cell);
      } catch (e) {
        setNotes([failure(e)]);
      }
    }
  }

  async function open(load: () => Promise<WorkbookHost>) {
    setNotes([]);
    setResult(null);
    setStatus(null);
    setPicked(null);
    setDownload(null);
    try {
      setHost(await load());
    } catch (e) {
      setNotes([{ intent: 'error', text: message(e, t, lang) }]);
    }
  }

  const fileInput = React.useRef<HTMLInputElement>(null);
  const upward = useUpwardSend({ host, lang, disabled: busy !== null, xlsx: props.xlsx, now: props.now });
  const running = busy !== null || upward.busy;
  const writing = busy?.step === 'writing';
  const previewGrid = picked && grids && !host?.select ? grids.sheets.find((g) => g.name === picked.sheet) : undefined;

  return (
    <main className={s.root} lang={lang}>
      <header className={s.header}>
        <div>
          <Title3 as="h1">{t.appTitle}</Title3>
          <Caption1 block className={s.muted}>
            {host ? `${host.kind === 'excel' ? t.inExcel : t.inBrowser}${host.name() ? ` · ${host.name()}` : ''}` : t.inBrowser}
          </Caption1>
        </div>
        <div className={s.tools}>
          <Tooltip content={t.refresh} relationship="label">
            <Button size="small" appearance="subtle" icon={<ArrowClockwise16Regular />} onClick={() => host && void refreshStatus(host)} disabled={!host || running} />
          </Tooltip>
          <Button size="small" appearance="subtle" onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')} aria-label={t.language}>
            {t.language}
          </Button>
        </div>
      </header>

      {props.openFile && (
        <section className={s.section} aria-label={t.file}>
          <div className={s.secondary}>
            <input
              ref={fileInput}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              hidden
              aria-label={t.chooseFile}
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) void open(() => props.openFile!(f));
                e.target.value = '';
              }}
            />
            <Button icon={<ArrowUpload16Regular />} onClick={() => fileInput.current?.click()} disabled={running}>
              {t.chooseFile}
            </Button>
            {props.openSample && (
              <Button appearance="subtle" onClick={() => void open(props.openSample!)} disabled={running}>
                {t.useSample}
              </Button>
            )}
          </div>
        </section>
      )}

      {asking && (
        <MessageBar intent="warning" role="alert" layout="multiline">
          <MessageBarBody>{t.confirmOverwrite(asking.sheets.map((s) => `"${s}"`).join(', '))}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => asking.answer(true)}>{t.overwrite}</Button>
            <Button appearance="subtle" onClick={() => asking.answer(false)}>{t.keepEdits}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {hostNotes.concat(notes).map((n, i) => (
        <MessageBar key={i} intent={n.intent} role={n.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{n.text}</MessageBarBody>
        </MessageBar>
      ))}

      {download && (
        <Button as="a" href={download.url} download={download.fileName} icon={<ArrowDownload16Regular />} appearance="primary">
          {download.template ? t.downloadTemplate : t.download} ({download.fileName})
        </Button>
      )}

      {status ? <StatusCard summary={status} t={t} /> : busy?.step === 'status' ? <Spinner size="small" label={t.steps.reading} /> : null}

      <div className={s.actions}>
        <Tooltip content={t.validateHint} relationship="description">
          <Button appearance="primary" icon={<TaskListSquareLtr16Regular />} onClick={() => void run('validate')} disabled={!host || running}>
            {t.validate}
          </Button>
        </Tooltip>
        <Tooltip content={t.rankHint} relationship="description">
          <Button appearance="primary" icon={<ListBarTree16Regular />} onClick={() => void run('rank')} disabled={!host || running}>
            {t.rank}
          </Button>
        </Tooltip>
      </div>
      <div className={s.secondary}>
        <Tooltip content={t.templateHint} relationship="description">
          <Button
            size="small"
            icon={<DocumentAdd16Regular />}
            onClick={() => void template()}
            disabled={running || (!props.downloadTemplate && (!host || (status?.config.some((c) => c.found) ?? false)))}
          >
            {t.template}
          </Button>
        </Tooltip>
        {upward.button}
      </div>
      {upward.panel}
      {props.openFile && <UpwardRollup lang={lang} xlsx={props.xlsx} now={props.now} />}

      <RoundTripPanel host={host} lang={lang} now={props.now} disabled={running} onChanged={() => host && void refreshStatus(host)} />

      {busy && busy.step !== 'status' && busy.step !== 'template' && (
        <div className={s.progress}>
          <Field validationMessage={writing ? t.cannotCancelWriting : undefined} validationState="none" label={t.steps[busy.step]}>
            <ProgressBar value={busy.fraction || undefined} thickness="large" aria-label={t.steps[busy.step]} />
          </Field>
          <div className={s.progressRow}>
            <span />
            <Button size="small" onClick={() => busy.abort.abort()} disabled={writing}>
              {t.cancel}
            </Button>
          </div>
        </div>
      )}

      {result && (
        <>
          <Divider />
          <section className={s.section} aria-label={t.findings}>
            <Subtitle2 as="h2">
              {t.findings}{' '}
              {result.errors > 0 && <Badge color="danger">{t.errors(result.errors)}</Badge>} {result.warnings > 0 && <Badge color="warning">{t.warnings(result.warnings)}</Badge>}
            </Subtitle2>
            {previewGrid && picked && <CellPreview grid={previewGrid} cell={picked.cell} t={t} />}
            <FindingsList findings={result.findings} t={t} onPick={(f) => void pick(f)} picked={picked} />
          </section>
          {result.action === 'rank' && (
            <section className={s.section} aria-label={t.results}>
              <Subtitle2 as="h2">{t.results}</Subtitle2>
              <ResultsTable summary={result} t={t} />
            </section>
          )}
        </>
      )}
      {!host && !busy && <Body1 className={s.muted}>{t.chooseFile}</Body1>}
      <Text size={100} className={s.muted}>
        v{VERSION}
      </Text>
    </main>
  );
}

function message(e: unknown, t: Strings, lang: Lang): string {
  const office = officeErrorMessage(e, lang);
  if (office) return office;
  const m = e instanceof Error ? e.message : String(e);
  if ((e as Error | null)?.name === 'NotAWorkbookError' || /zip|central directory|not a workbook/i.test(m)) {
    // The reader's own sentence says which kind of file it is and what to do (password, .xls, damaged part…).
    const x = e as { messageVi?: string; messageEn?: string } | null;
    const own = lang === 'vi' ? x?.messageVi : x?.messageEn;
    return own ? `${t.notWorkbook} ${own}` : t.notWorkbook;
  }
  return m;
}
