import * as React from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
  Tooltip,
  typographyStyles,
} from '@fluentui/react-components';
import {
  ArrowDownload16Regular,
  DocumentArrowUp16Regular,
  DocumentBulletList16Regular,
  Highlight16Regular,
  TextFont16Regular,
  AlertUrgent16Regular,
} from '@fluentui/react-icons';
import { Lang } from '../../../core/model';
import { WorkbookHost } from '../../../host/types';
import { RoundTripStrings, roundTripStrings } from './strings';
import type { ImportView, MarkTarget, NewFile } from './actions';
import { RoundTripStore, createRoundTripStore } from './store';
import { chosenDates, markableAll, whyOff } from './state';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  col: { display: 'flex', flexDirection: 'column', gap: '6px' },
  card: { display: 'flex', flexDirection: 'column', gap: '6px', padding: '10px' },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  changes: {
    margin: 0,
    paddingLeft: '12px',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    maxHeight: '160px',
    overflowY: 'auto',
  },
  line: { display: 'flex', justifyContent: 'space-between', gap: '6px', alignItems: 'center', flexWrap: 'wrap' },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
});

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
  const urls = React.useMemo(
    () =>
      files.map((f) => ({
        f,
        url: URL.createObjectURL(new Blob([f.bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })),
      })),
    [files],
  );
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
  const ctx = React.useRef(props);
  ctx.current = props;
  const [store] = React.useState<RoundTripStore>(() => createRoundTripStore(() => ctx.current));
  const st = React.useSyncExternalStore(store.subscribe, store.getState);
  const { view, busy, notes } = st;
  const fileInput = React.useRef<HTMLInputElement>(null);
  const host = props.host;
  const inExcel = !!host?.roundTrip;
  // After a step shows something, focus goes to its heading (not to the page's body).
  const heading = React.useRef<HTMLHeadingElement>(null);
  const notesRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    // Nothing left to show (the sheets came in): the notes saying so take focus.
    if (st.focus) (heading.current ?? notesRef.current)?.focus();
  }, [st.focus]);

  const off = whyOff(st, !!host, !!props.disabled);
  const disabled = off !== null;
  // A button that is off stays focusable, and its hint says first why it is off.
  const why = off === 'noBook' ? `${t.offNoBook} ` : off === 'busy' ? `${t.offBusy} ` : '';
  const tool = (label: string, hint: string, icon: React.ReactElement, onClick: () => void) => (
    <Tooltip content={`${why}${hint}`} relationship="description">
      <Button size="small" icon={icon} onClick={onClick} disabledFocusable={disabled}>
        {label}
      </Button>
    </Tooltip>
  );
  return (
    <section className={s.col} aria-label={t.section}>
      <Subtitle2 as="h2">{t.section}</Subtitle2>
      <div className={s.row}>
        {tool(t.templates, t.templatesHint, <DocumentBulletList16Regular />, () => void store.templates())}
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
            void store.review(chosen, false);
          }}
        />
        {tool(t.importFiles, t.importHint, <DocumentArrowUp16Regular />, () => fileInput.current?.click())}
        {tool(t.chase, t.chaseHint, <AlertUrgent16Regular />, () => void store.chase())}
        {tool(t.marks, t.marksHint, <Highlight16Regular />, () => void store.marks())}
        {tool(t.legacy, t.legacyHint, <TextFont16Regular />, () => void store.legacy())}
      </div>
      {busy && <Spinner size="tiny" label={t.busy} />}
      <div ref={notesRef} tabIndex={-1} className={s.col} hidden={notes.length === 0}>
        {notes.map((n, i) => (
          <MessageBar key={i} intent={n.intent} role={n.intent === 'error' ? 'alert' : 'status'} layout="multiline">
            <MessageBarBody>{n.say(t, props.lang)}</MessageBarBody>
          </MessageBar>
        ))}
      </div>

      {view.kind === 'templates' && (
        <Card className={s.card}>
          <h3 ref={heading} tabIndex={-1} className={s.heading}>
            {view.opened > 0 ? t.templatesOpened(view.units) : view.units >= 0 ? t.templatesReady(view.files.length) : t.importedCopy}
          </h3>
          <Downloads files={view.files} label={t.download} />
        </Card>
      )}

      {view.kind === 'import' && (
        <Card className={s.card} aria-label={t.review}>
          <h3 ref={heading} tabIndex={-1} className={s.heading}>
            {t.review}
          </h3>
          <ul className={s.list} aria-label={t.review}>
            {view.view.items.map((it) => (
              <ImportItem key={it.file + it.sheet} it={it} t={t} />
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
          {view.view.received.length > 0 && (
            <div className={s.col}>
              {Object.entries(view.review.dates)
                .filter(([file]) => view.view.items.some((i) => i.file === file && (i.action === 'add' || i.action === 'replace')))
                .map(([file, d]) => (
                  <Field key={file} size="small" label={t.receivedOn(file)} hint={t.dateFrom[d.from]}>
                    <Input
                      type="date"
                      size="small"
                      value={d.iso}
                      disabled={busy}
                      onChange={(_, v) => {
                        if (/^\d{4}-\d{2}-\d{2}$/.test(v.value))
                          void store.review(view.chosen, view.review.accept, { ...chosenDates(view.review.dates), [file]: v.value });
                      }}
                    />
                  </Field>
                ))}
            </div>
          )}
          <div className={s.row}>
            {view.view.canApply && (
              <Button appearance="primary" size="small" onClick={() => void store.apply(view.review)} disabledFocusable={disabled}>
                {t.doImport(view.view.items.filter((i) => i.action === 'add' || i.action === 'replace').length)}
              </Button>
            )}
            {view.view.awaitingConfirmation > 0 && (
              <Button size="small" onClick={() => void store.review(view.chosen, true, chosenDates(view.review.dates))} disabledFocusable={disabled}>
                {t.confirmReplace(view.view.awaitingConfirmation)}
              </Button>
            )}
            {!view.view.canApply && view.view.awaitingConfirmation === 0 && <Caption1>{t.nothingToImport}</Caption1>}
          </div>
        </Card>
      )}

      {view.kind === 'chase' && (
        <Card className={s.card} aria-label={t.chase}>
          <h3 ref={heading} tabIndex={-1} className={s.heading}>
            {view.chase.list.entries.length
              ? t.chaseTitle(view.chase.list.counts.missing, view.chase.list.counts.late, view.chase.list.counts.withErrors)
              : t.chaseNone}
          </h3>
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
              <Button size="small" disabledFocusable={disabled} onClick={() => void store.openChase(view.chase.file)}>
                {t.chaseOpen}
              </Button>
            )}
          </div>
        </Card>
      )}

      {view.kind === 'marks' && (
        <Card className={s.card} aria-label={t.marks}>
          <h3 ref={heading} tabIndex={-1} className={s.heading}>
            {t.marks.replace(/…$/, '')}
          </h3>
          {!inExcel && <Caption1 className={s.muted}>{t.marksOutside}</Caption1>}
          {view.targets.length === 0 && <Body1>{t.marksNone}</Body1>}
          {inExcel && markableAll(view.targets).length > 1 && (
            <div>
              <Button size="small" appearance="primary" disabledFocusable={disabled} onClick={() => void store.markAll()}>
                {t.markAll(markableAll(view.targets).length)}
              </Button>
            </div>
          )}
          <ul className={s.list}>
            {view.targets.map((m) => (
              <MarkRow key={m.sheet} target={m} t={t} inExcel={inExcel} off={disabled} file={st.errorFiles[m.sheet]} store={store} />
            ))}
          </ul>
        </Card>
      )}

      {view.kind === 'legacy' && (
        <Card className={s.card} aria-label={t.legacy}>
          <h3 ref={heading} tabIndex={-1} className={s.heading}>
            {t.legacy.replace(/…$/, '')}
          </h3>
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
                      <Button size="small" appearance="primary" disabledFocusable={disabled} onClick={() => void store.convert(lt)}>
                        {t.convert}
                      </Button>
                    )}
                    {lt.converted > 0 && (
                      <Button size="small" disabledFocusable={disabled} onClick={() => void store.restore(lt.sheet)}>
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
          <Button size="small" appearance="subtle" onClick={() => store.close()}>
            {t.close}
          </Button>
        </div>
      )}
    </section>
  );
}

/** One returned file: the unit, what happens to it, and for a resubmission the changes summed up first, the lines on demand. */
function ImportItem({ it, t }: { it: ImportView['items'][number]; t: RoundTripStrings }) {
  const s = useStyles();
  const [open, setOpen] = React.useState(false);
  const sum = it.summary;
  const detailsId = React.useId();
  return (
    <li className={s.col}>
      <div className={s.line}>
        <Body1>
          <b>{it.unit}</b> · {it.file}
        </Body1>
        <Badge color={it.action === 'add' || it.action === 'replace' ? 'success' : it.action === 'held' ? 'warning' : 'informative'}>
          {t.action[it.action]}
        </Badge>
      </div>
      <Caption1 className={s.muted}>
        {t.people(it.people)} · {t.toSheet(it.sheet)}
      </Caption1>
      {sum && (
        <div className={s.col} data-change-summary>
          <Caption1>
            <b>{t.changes}:</b> {it.changes.length === 0 ? t.noChanges : t.changeSummary(sum.added, sum.removed, sum.changed, sum.filled)}
          </Caption1>
          {sum.emptied > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t.emptied(sum.emptied)}</MessageBarBody>
            </MessageBar>
          )}
          {sum.people.length > 0 && (
            <Caption1 className={s.muted}>
              {t.byPerson(
                sum.people
                  .slice(0, 5)
                  .map((p) => t.personCells(p.person, p.cells))
                  .join(', ') + (sum.people.length > 5 ? ', …' : ''),
              )}
            </Caption1>
          )}
          {it.changes.length > 0 && (
            <div>
              <Button size="small" appearance="subtle" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
                {open ? t.hideDetails : t.showDetails(it.changes.length)}
              </Button>
            </div>
          )}
          {open && (
            <pre id={detailsId} className={s.changes} aria-label={`${t.changes}: ${it.unit}`} tabIndex={0}>
              {it.changes.join('\n')}
            </pre>
          )}
        </div>
      )}
    </li>
  );
}

function MarkRow({
  target,
  t,
  inExcel,
  off,
  file,
  store,
}: {
  target: MarkTarget;
  t: RoundTripStrings;
  inExcel: boolean;
  off: boolean;
  file?: NewFile;
  store: RoundTripStore;
}) {
  const s = useStyles();
  return (
    <li className={s.col} aria-label={target.sheet}>
      <div className={s.line}>
        <Body1>
          <b>{target.sheet}</b>
        </Body1>
        <Caption1 className={s.muted}>{target.marked ? t.markedNow(target.marked) : t.errorsOn(target.errors, target.marks - target.errors)}</Caption1>
      </div>
      <div className={s.row}>
        {inExcel && target.marked === 0 && target.marks > 0 && (
          <Button size="small" appearance="primary" disabledFocusable={off} onClick={() => void store.mark(target.sheet)}>
            {t.mark}
          </Button>
        )}
        {inExcel && target.marked > 0 && (
          <Button size="small" disabledFocusable={off} onClick={() => void store.unmark(target.sheet)}>
            {t.unmark}
          </Button>
        )}
        {target.marks > 0 && (
          <Button size="small" disabledFocusable={off} icon={<ArrowDownload16Regular />} onClick={() => void store.errorFile(target.sheet)}>
            {t.errorFile}
          </Button>
        )}
      </div>
      {file && <Downloads files={[file]} label={t.download} />}
    </li>
  );
}
