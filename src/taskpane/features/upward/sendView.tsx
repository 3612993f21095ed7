import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Tooltip, makeStyles } from '@fluentui/react-components';
import { ArrowDownload16Regular, ArrowUp16Regular } from '@fluentui/react-icons';
import { Lang } from '../../../core/model';
import { WorkbookHost } from '../../../host/types';
import type { XlsxRunner } from '../../../host/file/browserFileHost';
import { upwardStrings } from './strings';
import { createSendStore, pageXlsx } from './store';
import { sendNoteView } from './messages';

const useStyles = makeStyles({ panel: { display: 'flex', flexDirection: 'column', gap: '6px' } });

export { pageXlsx };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Gửi cấp trên: the button for the pane's action row and the panel with what came of it. In
 * Excel the upward workbook opens as a new workbook; outside Excel it is offered as a download.
 * The state is features/upward/store.ts; its notes are worded here, in the language on screen.
 */
export function useUpwardSend(o: { host: WorkbookHost | null; lang: Lang; disabled: boolean; xlsx?: XlsxRunner; now?: () => string }): {
  button: React.ReactNode;
  panel: React.ReactNode;
  busy: boolean;
} {
  const s = useStyles();
  const t = upwardStrings(o.lang);
  const [store] = React.useState(() => createSendStore({ xlsx: o.xlsx, now: o.now }));
  const { busy, notes, download } = React.useSyncExternalStore(store.subscribe, store.getState);
  // The download's address lives as long as it is offered.
  const url = React.useMemo(() => (download ? URL.createObjectURL(new Blob([download.bytes as BlobPart], { type: XLSX_TYPE })) : null), [download]);
  React.useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  // disabledFocusable: a disabled Gửi cấp trên still takes focus, so its hint is reachable. The hint is its
  // description (its name stays its visible text) and says first why it is off when no book can be read;
  // while a run goes on the progress bar says why.
  const button = (
    <Tooltip content={o.host ? t.sendHint : `${t.sendNeedsBook} ${t.sendHint}`} relationship="description">
      <Button
        size="small"
        icon={busy ? <Spinner size="extra-tiny" /> : <ArrowUp16Regular />}
        onClick={() => void (o.host && store.send(o.host, o.lang))}
        disabledFocusable={!o.host || o.disabled || busy}
      >
        {t.send}
      </Button>
    </Tooltip>
  );
  const panel =
    notes.length || download || busy ? (
      <section className={s.panel} aria-label={t.send}>
        {busy && <Spinner size="tiny" label={t.sending} />}
        {notes.map((n, i) => {
          const v = sendNoteView(n, o.lang);
          return (
            <MessageBar key={i} intent={v.intent} role={v.intent === 'error' ? 'alert' : 'status'}>
              <MessageBarBody>{v.text}</MessageBarBody>
            </MessageBar>
          );
        })}
        {download && url && (
          <Button as="a" href={url} download={download.fileName} icon={<ArrowDownload16Regular />} appearance="primary">
            {t.downloadUpward} ({download.fileName})
          </Button>
        )}
      </section>
    ) : null;
  return { button, panel, busy };
}
