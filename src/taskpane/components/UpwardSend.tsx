import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Tooltip, makeStyles } from '@fluentui/react-components';
import { ArrowDownload16Regular, ArrowUp16Regular } from '@fluentui/react-icons';
import { Lang } from '../../core/model';
import { VERSION } from '../../core/version';
import { WorkbookHost } from '../hosts/types';
import type { XlsxRunner } from '../hosts/browserFileHost';
// The engine and the upward builder load on the first click: the pane's first paint stays small.
const feature = () => import(/* webpackChunkName: "upward" */ '../features/upward/state');
import { upwardStrings } from '../features/upward/strings';
import { officeErrorMessage, unexpectedErrorText } from '../errors';

const useStyles = makeStyles({ panel: { display: 'flex', flexDirection: 'column', gap: '6px' } });

/** The page's own xlsx jobs where no worker runner is given (tests). */
export const pageXlsx: XlsxRunner = async (job) => (await import(/* webpackChunkName: "xlsx" */ '../hosts/xlsxJobs')).runXlsxJob(job);

interface Note {
  intent: 'success' | 'error' | 'warning' | 'info';
  text: string;
}

/**
 * Gửi cấp trên: the button for the pane's action row and the panel with what came of it. In
 * Excel the upward workbook opens as a new workbook; outside Excel it is offered as a download.
 */
export function useUpwardSend(o: { host: WorkbookHost | null; lang: Lang; disabled: boolean; xlsx?: XlsxRunner; now?: () => string }): { button: React.ReactNode; panel: React.ReactNode; busy: boolean } {
  const s = useStyles();
  const t = upwardStrings(o.lang);
  const [busy, setBusy] = React.useState(false);
  const [notes, setNotes] = React.useState<Note[]>([]);
  const [download, setDownload] = React.useState<{ fileName: string; url: string } | null>(null);
  React.useEffect(() => () => void (download && URL.revokeObjectURL(download.url)), [download]);

  async function send() {
    if (!o.host) return;
    setBusy(true);
    setNotes([]);
    setDownload(null);
    try {
      const { sendUpward } = await feature();
      const r = await sendUpward(o.host, { xlsx: o.xlsx ?? pageXlsx, lang: o.lang, now: o.now ?? (() => new Date().toISOString()), version: VERSION });
      const n: Note[] = [{ intent: 'success', text: (r.outcome.download ? t.sentFile : t.sentExcel)(r.fileName, r.proposals, r.meta.checkCode) }];
      if (r.outcome.skipped.includes('createWorkbook')) n.push({ intent: 'info', text: t.oldExcelDownload });
      if (r.openErrors) n.push({ intent: 'warning', text: t.openFindings(r.openErrors) });
      setNotes(n);
      if (r.outcome.download) {
        const d = r.outcome.download;
        setDownload({ fileName: d.fileName, url: URL.createObjectURL(new Blob([d.bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })) });
      }
    } catch (e) {
      setNotes([{ intent: 'error', text: (e as Error | null)?.name === 'UpwardNotUsable' ? t.notUsable : (officeErrorMessage(e, o.lang) ?? unexpectedErrorText(o.lang)) }]);
    } finally {
      setBusy(false);
    }
  }

  // disabledFocusable: a disabled Gửi cấp trên still takes focus, so its hint (why, what it does) is reachable.
  const button = (
    <Tooltip content={t.sendHint} relationship="description">
      <Button size="small" icon={busy ? <Spinner size="extra-tiny" /> : <ArrowUp16Regular />} onClick={() => void send()} disabledFocusable={!o.host || o.disabled || busy}>
        {t.send}
      </Button>
    </Tooltip>
  );
  const panel =
    notes.length || download || busy ? (
      <section className={s.panel} aria-label={t.send}>
        {busy && <Spinner size="tiny" label={t.sending} />}
        {notes.map((n, i) => (
          <MessageBar key={i} intent={n.intent} role={n.intent === 'error' ? 'alert' : 'status'}>
            <MessageBarBody>{n.text}</MessageBarBody>
          </MessageBar>
        ))}
        {download && (
          <Button as="a" href={download.url} download={download.fileName} icon={<ArrowDownload16Regular />} appearance="primary">
            {t.downloadUpward} ({download.fileName})
          </Button>
        )}
      </section>
    ) : null;
  return { button, panel, busy };
}
