import * as React from 'react';
import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { ArrowDownload16Regular, DocumentBulletListMultiple20Regular } from '@fluentui/react-icons';
import { Lang } from '../../../core/model';
import type { XlsxRunner } from '../../../host/file/browserFileHost';
import type { PickedFile } from './state';
import { upwardStrings } from './strings';
import { createRollupStore, shownRollup } from './store';
import { upwardErrorText } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  muted: { color: tokens.colorNeutralForeground3 },
  code: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap' },
  fileCell: { wordBreak: 'break-word', verticalAlign: 'top', paddingTop: '4px', paddingBottom: '4px' },
  downloads: { display: 'flex', flexDirection: 'column', gap: '4px' },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
});

/**
 * A person proposed by two agencies is one warning, not one from each side: the first finding of
 * each kind and person is shown (the files table marks every row to review).
 */
function oncePerPerson<F extends { code: string; candidate?: string; message: string }>(list: readonly F[]): F[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const k = `${f.code}|${f.candidate || f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function picked(list: FileList | null): Promise<PickedFile[]> {
  return Promise.all([...(list ?? [])].map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
}

/**
 * The receiving level's mode: pick several upward files, see each one checked, get the result.
 * The state is features/upward/store.ts; what it shows is worded in the language on screen.
 */
export function UpwardRollup(props: { lang: Lang; xlsx?: XlsxRunner; now?: () => string }) {
  const s = useStyles();
  const t = upwardStrings(props.lang);
  const [store] = React.useState(() => createRollupStore(props.lang, { xlsx: props.xlsx, now: props.now }));
  const st = React.useSyncExternalStore(store.subscribe, store.getState);
  React.useEffect(() => {
    store.setLang(props.lang);
  }, [props.lang]);
  const { open, busy, rules, error } = st;
  const out = shownRollup(st);
  const downloads = st.out?.downloads;
  const urls = React.useMemo(
    () =>
      (downloads ?? []).map((d) => ({
        fileName: d.fileName,
        agency: d.agency,
        url: URL.createObjectURL(new Blob([d.bytes as BlobPart], { type: XLSX_TYPE })),
      })),
    [downloads],
  );
  React.useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u.url)), [urls]);
  const files = React.useRef<HTMLInputElement>(null);
  // When the files are read and checked, focus goes to the result's heading (not the page's body).
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (st.out) heading.current?.focus();
  }, [st.out]);
  const rulesInput = React.useRef<HTMLInputElement>(null);

  if (!open)
    return (
      <div className={s.row}>
        <Button size="small" appearance="subtle" icon={<DocumentBulletListMultiple20Regular />} onClick={() => store.setOpen(true)}>
          {t.rollupMode}
        </Button>
      </div>
    );
  return (
    <section className={s.root} aria-label={t.rollupMode}>
      <Subtitle2 as="h2">{t.rollupMode}</Subtitle2>
      <Caption1 className={s.muted}>{t.rollupHint}</Caption1>
      <input
        ref={files}
        type="file"
        multiple
        hidden
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t.chooseFiles}
        onChange={(e) => {
          const list = e.target.files;
          void picked(list).then((l) => store.run(l));
          e.target.value = '';
        }}
      />
      <input
        ref={rulesInput}
        type="file"
        hidden
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t.chooseRules}
        onChange={(e) => {
          void picked(e.target.files).then((l) => store.setRules(l[0] ?? null));
          e.target.value = '';
        }}
      />
      <div className={s.row}>
        <Button appearance="primary" onClick={() => files.current?.click()} disabled={busy}>
          {t.chooseFiles}
        </Button>
        <Button size="small" onClick={() => rulesInput.current?.click()} disabled={busy}>
          {rules ? t.rulesChosen(rules.name) : t.chooseRules}
        </Button>
        <Button size="small" appearance="subtle" onClick={() => store.setOpen(false)} disabled={busy}>
          {t.close}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={t.rollingUp} />}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{upwardErrorText(error, props.lang)}</MessageBarBody>
        </MessageBar>
      )}
      {out && (
        <>
          <h3 ref={heading} tabIndex={-1} className={s.heading}>
            {t.rollupResult}
          </h3>
          <MessageBar intent={out.files.every((f) => f.ok) ? 'success' : 'warning'} role="status">
            <MessageBarBody>{t.rolledUp(out.proposals, out.files.filter((f) => f.ok).length, out.meta.checkCode)}</MessageBarBody>
          </MessageBar>
          <Table size="small" aria-label={t.filesTable}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.file}</TableHeaderCell>
                <TableHeaderCell>{t.result}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {out.files.map((f) => (
                <TableRow key={f.file}>
                  <TableCell className={s.fileCell}>
                    {f.file}
                    {f.agency ? (
                      <Caption1 block className={s.muted}>
                        {f.agency}
                      </Caption1>
                    ) : null}
                    {f.recomputedCode ? (
                      <Caption1 block>
                        {t.storedCode}: <span className={s.code}>{f.storedCode || '–'}</span>
                        <br />
                        {t.code}: <span className={s.code}>{f.recomputedCode}</span>
                      </Caption1>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    {f.ok ? (
                      <>
                        <Badge color={f.review || f.returned ? 'warning' : 'success'}>{t.receivedShort}</Badge>{' '}
                        <Caption1>{t.received(f.accepted, f.review, f.returned)}</Caption1>
                      </>
                    ) : (
                      <>
                        <Badge color="danger">{t.refused}</Badge> <Caption1>{f.findings.find((x) => x.severity === 'error')?.message}</Caption1>
                      </>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {out.cross.length > 0 && (
            <section aria-label={t.crossFindings}>
              <Subtitle2 as="h3">{t.crossFindings}</Subtitle2>
              {oncePerPerson(out.cross)
                .slice(0, 20)
                .map((f, i) => (
                  <MessageBar key={i} intent={f.severity === 'error' ? 'error' : 'warning'}>
                    <MessageBarBody>{f.message}</MessageBarBody>
                  </MessageBar>
                ))}
            </section>
          )}
          <div className={s.downloads}>
            {urls.map((u, i) => (
              <Button
                key={u.fileName}
                as="a"
                href={u.url}
                download={u.fileName}
                icon={<ArrowDownload16Regular />}
                appearance={i === 0 ? 'primary' : 'secondary'}
                size={i === 0 ? 'medium' : 'small'}
              >
                {i === 0 ? `${t.downloadRollup} (${u.fileName})` : t.downloadReply(u.agency ?? u.fileName)}
              </Button>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
