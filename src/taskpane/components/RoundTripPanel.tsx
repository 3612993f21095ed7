import * as React from 'react';
import { Badge, Body1, Button, Caption1, Card, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { ArrowDownload16Regular, DocumentArrowUp16Regular, DocumentBulletList16Regular, Highlight16Regular, TextFont16Regular, AlertUrgent16Regular } from '@fluentui/react-icons';
import { Lang } from '../../core/model';
import { WorkbookHost } from '../../host/types';
import { roundTripError, roundTripStrings } from '../features/roundtrip/strings';
import type { ChaseView, ImportReview, ImportView, LegacyTarget, MarkTarget, NewFile, PaneFile } from '../features/roundtrip/actions';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  col: { display: 'flex', flexDirection: 'column', gap: '6px' },
  card: { display: 'flex', flexDirection: 'column', gap: '6px', padding: '10px' },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  changes: { margin: 0, paddingLeft: '12px', fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200, whiteSpace: 'pre-wrap', maxHeight: '160px', overflowY: 'auto' },
  line: { display: 'flex', justifyContent: 'space-between', gap: '6px', alignItems: 'center', flexWrap: 'wrap' },
});

/** Loaded on first use: the round trip brings the engine and the xlsx reader onto the page. */
const load = () => import(/* webpackChunkName: "roundtrip" */ '../features/roundtrip/actions');

type View =
  | { kind: 'none' }
  | { kind: 'templates'; files: NewFile[]; opened: number; units: number }
  | { kind: 'import'; review: ImportReview; view: ImportView; chosen: PaneFile[] }
  | { kind: 'chase'; chase: ChaseView }
  | { kind: 'marks'; targets: MarkTarget[] }
  | { kind: 'legacy'; targets: LegacyTarget[] };

interface Note {
  intent: 'success' | 'error' | 'warning' | 'info';
  text: string;
}

export interface RoundTripPanelProps {
  host: WorkbookHost | null;
  lang: Lang;
  /** The workbook changed (sheets came in, marks): the pane refreshes its status. */
  onChanged?(): void;
  now?(): string;
  disabled?: boolean;
}

/** Downloads as links with object URLs, freed when the list changes. */
function Downloads({ files, label }: { files: NewFile[]; label: (name: string) => string }) {
  const urls = React.useMemo(() => files.map((f) => ({ f, url: URL.createObjectURL(new Blob([f.bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })) })), [files]);
  React.useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u.url)), [urls]);
  const s = useStyles();
  return (
    <ul className={s.list}>
      {urls.map(({ f, url }) => (
        <li key={f.fileName}>
          <Button as="a" size="small" href={url} download={f.fileName} icon={<ArrowDownload16Regular />} appearance="subtle">
            {label(f.fileName)}
          </Button>
        </li>
      ))}
    </ul>
  );
}

export function RoundTripPanel(props: RoundTripPanelProps) {
  const s = useStyles();
  const t = roundTripStrings(props.lang);
  const [view, setView] = React.useState<View>({ kind: 'none' });
  const [busy, setBusy] = React.useState(false);
  const [notes, setNotes] = React.useState<Note[]>([]);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const host = props.host;
  const now = () => (props.now ? props.now() : new Date().toISOString());
  const inExcel = !!host?.roundTrip;

  async function step(f: () => Promise<void>) {
    setBusy(true);
    setNotes([]);
    try {
      await f();
    } catch (e) {
      setNotes([{ intent: 'error', text: roundTripError(e, props.lang) }]);
    } finally {
      setBusy(false);
    }
  }

  const templates = () =>
    step(async () => {
      const a = await load();
      const r = await a.unitTemplates(host!, props.lang);
      if (r.units === 0) setNotes([{ intent: 'warning', text: t.noCampaign }]);
      setView({ kind: 'templates', ...r });
    });

  const review = (chosen: PaneFile[], accept: boolean) =>
    step(async () => {
      const a = await load();
      const today = a.localToday();
      const rv = await a.reviewImport(host!, chosen, { lang: props.lang, now: now(), today, accept });
      setView({ kind: 'import', review: rv, view: a.importView(rv, props.lang), chosen });
    });

  const apply = (rv: ImportReview) =>
    step(async () => {
      const a = await load();
      const done = await a.applyImport(host!, rv, { lang: props.lang, now: now(), today: a.localToday() });
      const n: Note[] = [{ intent: 'success', text: t.imported(done.written.map((w) => `"${w}"`).join(', ')) + (done.generated.length && !done.download ? ` ${t.alsoWritten(done.generated.join(', '))}` : '') }];
      if (done.via === 'values') n.push({ intent: 'info', text: t.viaValues });
      setNotes(n);
      setView(done.download ? { kind: 'templates', files: [done.download], opened: 0, units: -1 } : { kind: 'none' });
      props.onChanged?.();
    });

  const chase = () =>
    step(async () => {
      const a = await load();
      setView({ kind: 'chase', chase: await a.chase(host!, props.lang, a.localToday(), false) });
    });

  const marks = () =>
    step(async () => {
      const a = await load();
      setView({ kind: 'marks', targets: await a.markTargets(host!, props.lang) });
    });

  const legacy = () =>
    step(async () => {
      const a = await load();
      setView({ kind: 'legacy', targets: await a.legacyTargets(host!) });
    });

  const disabled = !host || busy || props.disabled;
  return (
    <section className={s.col} aria-label={t.section}>
      <Subtitle2 as="h2">{t.section}</Subtitle2>
      <div className={s.row}>
        <Button size="small" icon={<DocumentBulletList16Regular />} title={t.templatesHint} onClick={() => void templates()} disabled={disabled}>
          {t.templates}
        </Button>
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          accept=".xlsx,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t.importFiles}
          onChange={async (e) => {
            const list = [...(e.target.files ?? [])];
            e.target.value = '';
            if (list.length === 0) return;
            const chosen = await Promise.all(list.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
            void review(chosen, false);
          }}
        />
        <Button size="small" icon={<DocumentArrowUp16Regular />} title={t.importHint} onClick={() => fileInput.current?.click()} disabled={disabled}>
          {t.importFiles}
        </Button>
        <Button size="small" icon={<AlertUrgent16Regular />} title={t.chaseHint} onClick={() => void chase()} disabled={disabled}>
          {t.chase}
        </Button>
        <Button size="small" icon={<Highlight16Regular />} title={t.marksHint} onClick={() => void marks()} disabled={disabled}>
          {t.marks}
        </Button>
        <Button size="small" icon={<TextFont16Regular />} title={t.legacyHint} onClick={() => void legacy()} disabled={disabled}>
          {t.legacy}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={t.busy} />}
      {notes.map((n, i) => (
        <MessageBar key={i} intent={n.intent} role={n.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{n.text}</MessageBarBody>
        </MessageBar>
      ))}

      {view.kind === 'templates' && (
        <Card className={s.card}>
          {view.opened > 0 ? <Body1>{t.templatesOpened(view.units)}</Body1> : view.units >= 0 ? <Body1>{t.templatesReady(view.files.length)}</Body1> : <Body1>{t.importedCopy}</Body1>}
          <Downloads files={view.files} label={t.download} />
        </Card>
      )}

      {view.kind === 'import' && (
        <Card className={s.card} aria-label={t.review}>
          <Subtitle2 as="h3">{t.review}</Subtitle2>
          <ul className={s.list} aria-label={t.review}>
            {view.view.items.map((it) => (
              <li key={it.file + it.sheet} className={s.col}>
                <div className={s.line}>
                  <Body1>
                    <b>{it.unit}</b> · {it.file}
                  </Body1>
                  <Badge color={it.action === 'add' || it.action === 'replace' ? 'success' : it.action === 'held' ? 'warning' : 'informative'}>{t.action[it.action]}</Badge>
                </div>
                <Caption1 className={s.muted}>
                  {t.people(it.people)} · {t.toSheet(it.sheet)}
                </Caption1>
                {it.changes.length > 0 && (
                  <>
                    <Caption1>{t.changes}</Caption1>
                    <pre className={s.changes} aria-label={`${t.changes}: ${it.unit}`}>
                      {it.changes.join('\n')}
                    </pre>
                  </>
                )}
              </li>
            ))}
          </ul>
          {view.view.problems.map((p, i) => (
            <MessageBar key={i} intent={p.severity === 'error' ? 'error' : 'warning'}>
              <MessageBarBody>
                {p.message} {p.fix}
              </MessageBarBody>
            </MessageBar>
          ))}
          {view.view.received.length > 0 && (
            <Caption1>
              {inExcel ? t.received : t.receivedCopy}: {view.view.received.map((d) => `${d.unit} ${d.date}`).join('; ')}
            </Caption1>
          )}
          <div className={s.row}>
            {view.view.canApply && (
              <Button appearance="primary" size="small" onClick={() => void apply(view.review)} disabled={disabled}>
                {t.doImport(view.view.items.filter((i) => i.action === 'add' || i.action === 'replace').length)}
              </Button>
            )}
            {view.view.awaitingConfirmation > 0 && (
              <Button size="small" onClick={() => void review(view.chosen, true)} disabled={disabled}>
                {t.confirmReplace(view.view.awaitingConfirmation)}
              </Button>
            )}
            {!view.view.canApply && view.view.awaitingConfirmation === 0 && <Caption1>{t.nothingToImport}</Caption1>}
          </div>
        </Card>
      )}

      {view.kind === 'chase' && (
        <Card className={s.card} aria-label={t.chase}>
          <Subtitle2 as="h3">{view.chase.list.entries.length ? t.chaseTitle(view.chase.list.counts.missing, view.chase.list.counts.late, view.chase.list.counts.withErrors) : t.chaseNone}</Subtitle2>
          <ul className={s.list} aria-label={t.chase}>
            {view.chase.rows.map((r) => (
              <li key={r.unit} className={s.col}>
                <div className={s.line}>
                  <Body1>
                    <b>{r.unit}</b>
                  </Body1>
                  <Badge color={/lỗi|error|Chưa|Not/.test(r.status) ? 'danger' : 'warning'}>{r.status}</Badge>
                </div>
                <Caption1 className={s.muted}>{r.reminder}</Caption1>
              </li>
            ))}
          </ul>
          <div className={s.row}>
            <Downloads files={[view.chase.file]} label={() => t.chaseDownload} />
            {host?.roundTrip?.openWorkbooks && (
              <Button size="small" disabled={disabled} onClick={() => void step(async () => {
                await host.roundTrip!.openWorkbooks!([view.chase.file.bytes]);
                setNotes([{ intent: 'success', text: t.chaseOpened }]);
              })}>
                {t.chaseOpen}
              </Button>
            )}
          </div>
        </Card>
      )}

      {view.kind === 'marks' && (
        <Card className={s.card} aria-label={t.marks}>
          {!inExcel && <Caption1 className={s.muted}>{t.marksOutside}</Caption1>}
          {view.targets.length === 0 && <Body1>{t.marksNone}</Body1>}
          <ul className={s.list}>
            {view.targets.map((m) => (
              <MarkRow key={m.sheet} target={m} host={host!} lang={props.lang} now={now} inExcel={inExcel} onDone={async (n) => {
                // The notes stay: the list is read again without clearing them.
                setNotes(n);
                const a = await load();
                setView({ kind: 'marks', targets: await a.markTargets(host!, props.lang) });
                props.onChanged?.();
              }} />
            ))}
          </ul>
        </Card>
      )}

      {view.kind === 'legacy' && (
        <Card className={s.card} aria-label={t.legacy}>
          {view.targets.length === 0 && <Body1>{t.legacyNone}</Body1>}
          {!inExcel && view.targets.length > 0 && <Caption1 className={s.muted}>{t.legacyOutside}</Caption1>}
          <ul className={s.list}>
            {view.targets.map((lt) => (
              <li key={lt.sheet} className={s.col}>
                {lt.plan && <Body1>{t.legacyFound(lt.sheet, lt.plan.encoding, lt.plan.changes.length)}</Body1>}
                {lt.plan && (
                  <pre className={s.changes} aria-label={`${t.legacyFound(lt.sheet, lt.plan.encoding, lt.plan.changes.length)}`}>
                    {lt.plan.examples.map((x) => `${x.before} → ${x.after}`).join('\n')}
                  </pre>
                )}
                {lt.converted > 0 && <Caption1 className={s.muted}>{t.convertedBefore(lt.converted)}</Caption1>}
                {inExcel && (
                  <div className={s.row}>
                    {lt.plan && (
                      <Button size="small" appearance="primary" disabled={disabled} onClick={() => void step(async () => {
                        const a = await load();
                        const r = await a.convertSheet(host!, lt.plan!, now());
                        setNotes([{ intent: 'success', text: t.converted(r.converted, r.formulas) }]);
                        setView({ kind: 'legacy', targets: await a.legacyTargets(host!) });
                        props.onChanged?.();
                      })}>
                        {t.convert}
                      </Button>
                    )}
                    {lt.converted > 0 && (
                      <Button size="small" disabled={disabled} onClick={() => void step(async () => {
                        const a = await load();
                        const r = await a.restoreSheet(host!, lt.sheet, now());
                        setNotes([{ intent: 'success', text: t.restored(r.restored, r.leftAlone) }]);
                        setView({ kind: 'legacy', targets: await a.legacyTargets(host!) });
                        props.onChanged?.();
                      })}>
                        {t.restore}
                      </Button>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </Card>
      )}
      {view.kind !== 'none' && (
        <div>
          <Button size="small" appearance="subtle" onClick={() => setView({ kind: 'none' })}>
            {t.close}
          </Button>
        </div>
      )}
    </section>
  );
}

function MarkRow({ target, host, lang, now, inExcel, onDone }: { target: MarkTarget; host: WorkbookHost; lang: Lang; now: () => string; inExcel: boolean; onDone(n: Note[]): Promise<void> | void }) {
  const s = useStyles();
  const t = roundTripStrings(lang);
  const [busy, setBusy] = React.useState(false);
  const [file, setFile] = React.useState<NewFile | null>(null);
  const act = async (f: () => Promise<Note[]>) => {
    setBusy(true);
    try {
      await onDone(await f());
    } catch (e) {
      await onDone([{ intent: 'error', text: roundTripError(e, lang) }]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className={s.col} aria-label={target.sheet}>
      <div className={s.line}>
        <Body1>
          <b>{target.sheet}</b>
        </Body1>
        <Caption1 className={s.muted}>{target.marked ? t.markedNow(target.marked) : t.errorsOn(target.errors, target.marks)}</Caption1>
      </div>
      <div className={s.row}>
        {inExcel && target.marked === 0 && target.marks > 0 && (
          <Button size="small" appearance="primary" disabled={busy} onClick={() => void act(async () => {
            const r = await (await load()).markSheet(host, target.sheet, lang, now());
            const n: Note[] = [{ intent: 'success', text: t.markedDone(r.marked, r.notes) }];
            if (r.noComments) n.push({ intent: 'info', text: t.markedNoComments });
            else if (r.keptNotes) n.push({ intent: 'info', text: t.keptNotes(r.keptNotes) });
            return n;
          })}>
            {t.mark}
          </Button>
        )}
        {inExcel && target.marked > 0 && (
          <Button size="small" disabled={busy} onClick={() => void act(async () => {
            const r = await (await load()).unmarkSheet(host, target.sheet, now());
            return [{ intent: 'success', text: t.unmarkedDone(r.restored, r.leftAlone) }];
          })}>
            {t.unmark}
          </Button>
        )}
        {target.marks > 0 && (
          <Button size="small" disabled={busy} icon={<ArrowDownload16Regular />} onClick={async () => {
            setBusy(true);
            try {
              const r = await (await load()).errorFile(host, target.sheet, lang, inExcel);
              if (r.opened) onDone([{ intent: 'success', text: t.errorFileOpened }]);
              else setFile(r.file);
            } finally {
              setBusy(false);
            }
          }}>
            {t.errorFile}
          </Button>
        )}
      </div>
      {file && <Downloads files={[file]} label={t.download} />}
    </li>
  );
}
