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
  Text,
  Title3,
  tokens,
  Tooltip,
  typographyStyles,
} from '@fluentui/react-components';
import {
  ArrowClockwise16Regular,
  ArrowDownload16Regular,
  ArrowUpload16Regular,
  Beaker16Regular,
  DocumentAdd16Regular,
  ListBarTree16Regular,
  TaskListSquareLtr16Regular,
} from '@fluentui/react-icons';
import { Finding, Lang } from '../../../core/model';
import type { EngineRunner } from '../../worker/runner';
import { WorkbookHost, WriteOutcome } from '../../../host/types';
import { strings } from '../../i18n';
import { VERSION } from '../../../core/version';
import { FindingsList } from '../findings';
import { ResultsTable } from '../results';
import { StatusCard } from './statusCard';
import { UpwardRollup, useUpwardSend } from '../upward';
import { ClosingPanel } from '../closing/view';
import type { XlsxRunner } from '../../../host/file/browserFileHost';
import { RoundTripPanel } from '../roundtrip';
import { PaneMain } from '../../components/PaneMain';
import { RunStore, createRunStore } from './store';
import { can, progressOf, shownResult, whyNoRun } from './state';
import { Intent, noteView } from './messages';

const useStyles = makeStyles({
  // min-width 0 and wrapping everywhere: at 200% zoom the pane is 320 CSS px and must not scroll sideways.
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
    padding: '12px',
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: '8px', flexWrap: 'wrap' },
  tools: { display: 'flex', alignItems: 'center', flexShrink: 0 },
  actions: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))', gap: '8px' },
  secondary: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  muted: { color: tokens.colorNeutralForeground3 },
  section: { display: 'flex', flexDirection: 'column', gap: '6px', minWidth: 0 },
  heading: { ...typographyStyles.subtitle2, margin: 0, display: 'flex', flexWrap: 'wrap', gap: '4px', alignItems: 'center' },
  progress: { display: 'flex', flexDirection: 'column', gap: '6px' },
  progressRow: { display: 'flex', gap: '8px', alignItems: 'center', justifyContent: 'space-between' },
  wrapButton: { height: 'auto', minHeight: '32px', whiteSpace: 'normal', textAlign: 'left', maxWidth: '100%' },
});

export interface AppProps {
  /** The workbook to work on; null in the browser until a file is chosen. */
  host: WorkbookHost | null;
  /** The host given is the bundled sample (the page was opened with ?file=sample). */
  sample?: boolean;
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

/** The run's state (features/run) as the view reads it. */
function useRunStore(props: AppProps): RunStore {
  const [store] = React.useState(() =>
    createRunStore(
      { lang: props.lang, host: props.host, sample: props.sample },
      { runner: props.runner, now: props.now, downloadTemplate: props.downloadTemplate },
    ),
  );
  return store;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function App(props: AppProps) {
  const s = useStyles();
  const store = useRunStore(props);
  const st = React.useSyncExternalStore(store.subscribe, store.getState);
  const { lang, host, busy } = st;
  const t = strings(lang);
  const result = shownResult(st);
  const may = can(st);
  // A focused disabled Kiểm tra or Xếp hạng says first why it is off, then what it does.
  const noRun = whyNoRun(st);
  const why = noRun === 'noBook' ? `${t.runNeedsBook} ` : noRun === 'unreadable' ? `${t.runUnreadable} ` : '';

  React.useEffect(() => {
    if (host) void store.refreshStatus();
  }, []);

  // The download's address lives as long as it is offered.
  const url = React.useMemo(() => (st.download ? URL.createObjectURL(new Blob([st.download.bytes as BlobPart], { type: XLSX_TYPE })) : null), [st.download]);
  React.useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  // After a run, focus goes to what it produced: the ranking, the findings, or the message saying why not.
  const resultsHeading = React.useRef<HTMLHeadingElement>(null);
  const findingsHeading = React.useRef<HTMLHeadingElement>(null);
  const notesRef = React.useRef<HTMLDivElement>(null);
  const questionRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (!st.focus) return;
    const target = st.focus.target;
    const el =
      target === 'results'
        ? (resultsHeading.current ?? findingsHeading.current)
        : target === 'findings'
          ? findingsHeading.current
          : target === 'question'
            ? questionRef.current
            : notesRef.current;
    el?.focus();
  }, [st.focus?.seq]);

  const fileInput = React.useRef<HTMLInputElement>(null);
  const upward = useUpwardSend({ host: st.unreadable ? null : host, lang, disabled: busy !== null, xlsx: props.xlsx, now: props.now });
  const running = busy !== null || upward.busy;
  const fileMode = !!props.openFile;
  const hostNotes: { intent: Intent; text: string }[] = (host?.notes() ?? []).map((n) => ({
    intent: n === 'oldExcel' ? 'error' : 'info',
    text: n === 'oldExcel' ? t.oldExcel : t.noMergesNote,
  }));
  const notes = hostNotes.concat(st.notes.map((n) => noteView(n, t, lang)));
  const previewGrid = st.picked && st.grids && !host?.select ? st.grids.sheets.find((g) => g.name === st.picked!.sheet) : undefined;
  // The results and findings lists render as a deferred value: React lays out a province's
  // thousands of rows in slices between frames, instead of one task of seconds on the page's thread.
  // Their headings (and the focus on them) come at once.
  const shown = React.useDeferredValue(result);
  const onPick = React.useCallback((f: Finding) => void store.pick(f), [store]);
  const bookSheets = React.useMemo(() => st.grids?.sheets.map((g) => g.name), [st.grids]);
  // Also while the overwrite question is open: the run waits on the officer, and Hủy stays where it always is.
  const progress = progressOf(st);
  const progressLabel = progress?.step === 'writing' && host?.kind === 'file' ? t.writingCopy : progress ? t.steps[progress.step] : '';
  const pct = progress?.fraction != null ? Math.round(progress.fraction * 100) : null;
  const staleDownload = st.download && !st.download.template && st.result && st.download.run !== st.result.run;

  // ↻ in file mode asks for the file again: the officer fixed and saved it; the copy taken at pick time is old.
  const refresh = () => (host?.kind === 'file' && fileMode ? fileInput.current?.click() : void store.refreshStatus());

  return (
    <PaneMain className={s.root} lang={lang}>
      <header className={s.header}>
        <div>
          <Title3 as="h1">{t.appTitle}</Title3>
          <Caption1 block className={s.muted}>
            {host ? `${host.kind === 'excel' ? t.inExcel : t.inBrowser}${host.name() ? ` · ${host.name()}` : ''}` : t.inBrowser}
          </Caption1>
          {st.sample && (
            <Badge appearance="tint" color="important" icon={<Beaker16Regular />} data-sample>
              {t.sample}
            </Badge>
          )}
        </div>
        <div className={s.tools}>
          <Tooltip content={host?.kind === 'file' && fileMode ? t.refreshFile : t.refresh} relationship="label">
            <Button size="small" appearance="subtle" icon={<ArrowClockwise16Regular />} onClick={refresh} disabledFocusable={!may.refresh || upward.busy} />
          </Tooltip>
          <Button size="small" appearance="subtle" onClick={() => store.setLang(lang === 'vi' ? 'en' : 'vi')} lang={lang === 'vi' ? 'en' : 'vi'}>
            {t.language}
          </Button>
        </div>
      </header>

      {fileMode && (
        <section className={s.section} aria-label={t.file}>
          {!host && !busy && <Body1>{t.start}</Body1>}
          <div className={s.secondary}>
            <input
              ref={fileInput}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              hidden
              aria-label={t.chooseFile}
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) void store.open(() => props.openFile!(f), { file: { name: f.name, size: f.size } });
                e.target.value = '';
              }}
            />
            <Button
              icon={<ArrowUpload16Regular />}
              appearance={host ? 'secondary' : 'primary'}
              onClick={() => fileInput.current?.click()}
              disabledFocusable={!may.pickFile || upward.busy}
            >
              {t.chooseFile}
            </Button>
            {props.openSample && !st.sample && (
              <Tooltip content={t.sampleHint} relationship="description">
                <Button
                  appearance="subtle"
                  icon={<Beaker16Regular />}
                  onClick={() => void store.open(props.openSample!, { sample: true })}
                  disabledFocusable={!may.pickFile || upward.busy}
                >
                  {t.useSample}
                </Button>
              </Tooltip>
            )}
          </div>
          {props.openSample && !host && !busy && <Caption1 className={s.muted}>{t.sampleHint}</Caption1>}
        </section>
      )}

      {st.sample && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.sampleHint}</MessageBarBody>
        </MessageBar>
      )}

      {st.asking && (
        <MessageBar ref={questionRef} tabIndex={-1} intent="warning" role="alert" layout="multiline">
          <MessageBarBody>{t.confirmOverwrite(st.asking.map((x) => `"${x}"`).join(', '))}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => store.answer(true)}>{t.overwrite}</Button>
            <Button appearance="subtle" onClick={() => store.answer(false)}>
              {t.keepEdits}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div id="pane-notes" ref={notesRef} tabIndex={-1} className={s.section} hidden={notes.length === 0}>
        {notes.map((n, i) => (
          <MessageBar key={i} intent={n.intent} role={n.intent === 'error' ? 'alert' : 'status'} layout="multiline">
            <MessageBarBody>{n.text}</MessageBarBody>
          </MessageBar>
        ))}
      </div>

      {st.download && url && (
        <Button as="a" href={url} download={st.download.fileName} icon={<ArrowDownload16Regular />} appearance="primary" className={s.wrapButton}>
          {st.download.template ? t.downloadTemplate : t.download} ({st.download.fileName}
          {staleDownload ? `, ${t.previousRun}` : ''})
        </Button>
      )}

      {st.status && !st.unreadable && <StatusCard summary={st.status} t={t} />}

      <div className={s.actions}>
        <Tooltip content={`${why}${t.validateHint}`} relationship="description">
          <Button
            appearance="primary"
            icon={<TaskListSquareLtr16Regular />}
            onClick={() => void store.run('validate')}
            disabledFocusable={!may.run || upward.busy}
          >
            {t.validate}
          </Button>
        </Tooltip>
        <Tooltip content={`${why}${t.rankHint}`} relationship="description">
          <Button appearance="primary" icon={<ListBarTree16Regular />} onClick={() => void store.run('rank')} disabledFocusable={!may.run || upward.busy}>
            {t.rank}
          </Button>
        </Tooltip>
      </div>
      <div className={s.secondary}>
        <Tooltip content={t.templateHint} relationship="description">
          <Button
            size="small"
            icon={<DocumentAdd16Regular />}
            onClick={() => void store.template()}
            disabledFocusable={running || (!props.downloadTemplate && (!host || (st.status?.config.some((c) => c.found) ?? false)))}
          >
            {t.template}
          </Button>
        </Tooltip>
        {upward.button}
      </div>
      {upward.panel}
      <ClosingPanel host={st.unreadable ? null : host} lang={lang} disabled={running} xlsx={props.xlsx} now={props.now} />

      {progress && (
        <div className={s.progress} data-waiting={progress.waiting || undefined}>
          <Field
            validationMessage={!progress.cancellable && progress.step === 'writing' ? t.cannotCancelWriting : undefined}
            validationState="none"
            label={`${progressLabel}${pct !== null ? ` ${t.percent(pct)}` : ''}`}
          >
            {/* Waiting: a still bar in the question's colour, not one that moves as if work went on. */}
            <ProgressBar
              value={progress.waiting ? 1 : (progress.fraction ?? undefined)}
              max={1}
              thickness="large"
              color={progress.waiting ? 'warning' : undefined}
              aria-label={progressLabel}
              aria-valuetext={progress.waiting ? progressLabel : pct !== null ? t.percent(pct) : undefined}
            />
          </Field>
          <div className={s.progressRow}>
            <span />
            <Button size="small" onClick={() => store.cancel()} disabledFocusable={!progress.cancellable}>
              {t.cancel}
            </Button>
          </div>
        </div>
      )}
      {busy && (busy.step === 'rewording' || busy.step === 'template') && <Spinner size="tiny" label={t.steps[busy.step]} />}

      {result && (
        <>
          <Divider />
          {/* Results first: who is proposed comes before the list of findings (also in Tab order). */}
          {result.summary.action === 'rank' && (
            <section className={s.section} aria-labelledby="results-heading">
              <h2 id="results-heading" className={s.heading} ref={resultsHeading} tabIndex={-1}>
                {t.results}
              </h2>
              {shown?.summary.action === 'rank' ? (
                <ResultsTable
                  summary={shown.summary}
                  t={t}
                  onPick={onPick}
                  picked={st.picked}
                  preview={previewGrid}
                  explain={props.runner.explain}
                  lang={lang}
                  bookSheets={bookSheets}
                />
              ) : (
                <Spinner size="tiny" label={t.showingList} />
              )}
            </section>
          )}
          <section className={s.section} aria-labelledby="findings-heading">
            <h2 id="findings-heading" className={s.heading} ref={findingsHeading} tabIndex={-1}>
              {t.findings} {result.summary.errors > 0 && <Badge color="danger">{t.errors(result.summary.errors)}</Badge>}{' '}
              {result.summary.warnings > 0 && <Badge color="warning">{t.warnings(result.summary.warnings)}</Badge>}
            </h2>
            {shown ? (
              <FindingsList
                findings={shown.summary.findings}
                t={t}
                onPick={onPick}
                picked={st.picked}
                preview={previewGrid}
                sheetUnits={shown.summary.sheetUnits}
                lang={lang}
              />
            ) : (
              <Spinner size="tiny" label={t.showingList} />
            )}
          </section>
        </>
      )}

      {props.openFile && <UpwardRollup lang={lang} xlsx={props.xlsx} now={props.now} />}
      <RoundTripPanel host={st.unreadable ? null : host} lang={lang} now={props.now} disabled={running} onChanged={() => void store.refreshStatus()} />

      <Text size={100} className={s.muted}>
        v{VERSION}
      </Text>
    </PaneMain>
  );
}
