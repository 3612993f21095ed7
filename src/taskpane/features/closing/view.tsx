import * as React from 'react';
import { Button, Caption1, MessageBar, MessageBarBody, Spinner, makeStyles } from '@fluentui/react-components';
import { ArrowDownload16Regular } from '@fluentui/react-icons';
import { Lang } from '../../../core/model';
import { t } from '../../../core/i18n/words';
import { WorkbookHost } from '../../../host/types';
import type { XlsxRunner } from '../../../host/file/browserFileHost';
import { createClosingStore } from './store';
import { CLOSING_WORDS, closingNoteView, outputLabel } from './strings';
import { CLOSING_OUTPUTS } from './outputs';

const useStyles = makeStyles({ panel: { display: 'flex', flexDirection: 'column', gap: '6px' }, row: { display: 'flex', flexWrap: 'wrap', gap: '4px' } });
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Kết thúc năm: one button per output (decisions, money, certificates, report, next year's book),
 * each a new workbook in Excel or a download outside it; what came of it, worded in the language
 * on screen. The state is ./store.ts.
 */
export function ClosingPanel(o: { host: WorkbookHost | null; lang: Lang; disabled: boolean; xlsx?: XlsxRunner; now?: () => string }): React.ReactElement {
  const s = useStyles();
  const L = o.lang;
  const [store] = React.useState(() => createClosingStore({ xlsx: o.xlsx, now: o.now }));
  const { busy, notes, download } = React.useSyncExternalStore(store.subscribe, store.getState);
  const url = React.useMemo(() => (download ? URL.createObjectURL(new Blob([download.bytes as BlobPart], { type: XLSX_TYPE })) : null), [download]);
  React.useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  return (
    <section className={s.panel} aria-label={t(CLOSING_WORDS, L, 'heading')}>
      <Caption1 block>{`${t(CLOSING_WORDS, L, 'heading')}: ${o.host ? t(CLOSING_WORDS, L, 'hint') : t(CLOSING_WORDS, L, 'needsBook')}`}</Caption1>
      <div className={s.row}>
        {CLOSING_OUTPUTS.map((out) => (
          <Button key={out} size="small" disabledFocusable={!o.host || o.disabled || busy !== null} onClick={() => void (o.host && store.make(o.host, out, L))}>
            {outputLabel(out, L)}
          </Button>
        ))}
      </div>
      {busy && <Spinner size="tiny" label={t(CLOSING_WORDS, L, 'making', { what: outputLabel(busy, L) })} />}
      {notes.map((n, i) => {
        const v = closingNoteView(n, L);
        return (
          <MessageBar key={i} intent={v.intent} role={v.intent === 'error' ? 'alert' : 'status'}>
            <MessageBarBody>{v.text}</MessageBarBody>
          </MessageBar>
        );
      })}
      {download && url && (
        <Button as="a" href={url} download={download.fileName} icon={<ArrowDownload16Regular />} appearance="primary">
          {t(CLOSING_WORDS, L, 'download', { file: download.fileName })}
        </Button>
      )}
    </section>
  );
}
