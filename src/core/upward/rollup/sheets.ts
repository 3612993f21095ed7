/** The roll-up's `Tổng hợp` and the reply to each agency. */
import { SheetModel } from '../../../sheet/sheetModel';
import { Lang } from '../../model';
import { t } from '../../i18n/words';
import { SheetBuilder } from '../../output/builder';
import { UPWARD_SHEETS, UpwardMeta } from '../format';
import { UpwardRead } from '../read';
import { text } from '../rows';
import { campaignLine } from '../sheets';
import { FileReport, Item, ProposalStatus } from './types';
import { ROLLUP_WORDS } from './words';

/** `Tổng hợp` of the roll-up: each file received, its code, what came of it. */
export function buildRollupSummary(meta: UpwardMeta, files: FileReport[], L: Lang): SheetModel {
  const b = new SheetBuilder(10);
  b.banner(t(ROLLUP_WORDS, L, 'summaryTitle'), 'title');
  b.banner(campaignLine(meta), 'subtitle');
  b.blank();
  const h = b.row(
    (['hNo', 'hFile', 'hAgency', 'hStoredCode', 'hRecomputedCode', 'hReceived', 'hProposals', 'hAccepted', 'hReview', 'hReturned'] as const).map((k) =>
      t(ROLLUP_WORDS, L, k),
    ),
    'header',
  );
  files.forEach((f, i) => {
    const first = f.findings.find((x) => x.severity === 'error');
    const row = b.row([
      i + 1,
      f.file,
      f.agency,
      f.storedCode,
      f.recomputedCode ?? '',
      f.ok ? t(ROLLUP_WORDS, L, 'fileReceived') : t(ROLLUP_WORDS, L, 'fileRefused', { reason: first?.message ?? '' }),
      f.rows,
      f.accepted,
      f.review,
      f.returned,
    ]);
    if (!f.ok) b.style(row, 5, row, 5, 'error');
  });
  const tot = (k: 'rows' | 'accepted' | 'review' | 'returned') => files.filter((f) => f.ok).reduce((n, f) => n + f[k], 0);
  b.row(
    [
      '',
      t(ROLLUP_WORDS, L, 'total'),
      '',
      '',
      '',
      `${files.filter((f) => f.ok).length}/${files.length}`,
      tot('rows'),
      tot('accepted'),
      tot('review'),
      tot('returned'),
    ],
    'total',
  );
  b.style(h + 1, 0, b.next - 1, 9, 'cellWrap');
  return b.build({
    id: 'summary',
    name: UPWARD_SHEETS.summary,
    columnWidths: [6, 24, 26, 22, 22, 40, 10, 10, 10, 10],
    freeze: { rows: h + 1, cols: 0 },
    page: { orientation: 'landscape', fitToWidth: true, font: 'Times New Roman', fontSize: 11 },
  });
}

const STATUS_TEXT = { accepted: 'replyAccepted', review: 'replyReview', returned: 'replyReturned' } as const satisfies Record<
  ProposalStatus,
  keyof typeof ROLLUP_WORDS.vi
>;

/** The answer to one agency: its file received or not, each proposal accepted or returned with the reason. */
export function buildReply(meta: UpwardMeta, r: UpwardRead, items: Item[], report: FileReport, L: Lang): SheetModel {
  const b = new SheetBuilder(6);
  let row = b.row([meta.agency.toUpperCase(), '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  b.merge(row, 0, row, 2);
  b.merge(row, 3, row, 5);
  b.style(row, 0, row, 2, 'agency');
  b.style(row, 3, row, 5, 'motto');
  row = b.row(['', '', '', 'Độc lập - Tự do - Hạnh phúc']);
  b.merge(row, 3, row, 5);
  b.style(row, 3, row, 5, 'motto');
  b.blank();
  b.banner(t(ROLLUP_WORDS, L, 'replyTitle'), 'title');
  b.banner(campaignLine(meta), 'subtitle');
  b.banner(t(ROLLUP_WORDS, L, 'replyTo', { agency: report.agency || r.file }), 'subtitle');
  b.banner(t(ROLLUP_WORDS, L, 'replyFile', { file: r.file, code: report.recomputedCode ?? '—', stored: report.storedCode || '—' }), 'italic');
  b.blank();
  if (!r.ok) {
    b.banner(t(ROLLUP_WORDS, L, 'notReceived'), 'section');
    const errors = r.findings.filter((x) => x.severity === 'error');
    for (const f of (errors.length ? errors : r.findings).slice(0, 30)) {
      const x = b.banner(`- ${f.message}${f.sheet ? ` [${f.sheet}${f.cell ? '!' + f.cell : ''}]` : ''}`, 'wrap');
      void x;
    }
    b.banner(t(ROLLUP_WORDS, L, 'sendAgain'), 'italic');
  } else {
    const h = b.row(
      (['hNo', 'rName', 'rWhere', 'rForm', 'rResult', 'rReason'] as const).map((k) => t(ROLLUP_WORDS, L, k)),
      'header',
    );
    items.forEach((it, i) => {
      const where =
        it.cand.kind === 'individual'
          ? [text(it.v, 'position'), text(it.v, 'unit')].filter(Boolean).join(', ')
          : text(it.v, 'unit') !== it.cand.name
            ? text(it.v, 'unit')
            : '';
      const x = b.row([i + 1, it.cand.name, where, text(it.v, 'form'), t(ROLLUP_WORDS, L, STATUS_TEXT[it.verdict.status]), it.verdict.reasons.join('; ')]);
      if (it.verdict.status === 'returned') b.style(x, 4, x, 4, 'error');
      else if (it.verdict.status === 'review') b.style(x, 4, x, 4, 'warning');
    });
    if (items.length) b.style(h + 1, 0, b.next - 1, 5, 'cellWrap');
    else b.banner(t(ROLLUP_WORDS, L, 'noProposal'), 'muted');
    b.blank();
    b.banner(t(ROLLUP_WORDS, L, 'replyCounts', { accepted: report.accepted, review: report.review, returned: report.returned }), 'italic');
  }
  b.blank();
  row = b.row(['', '', '', t(ROLLUP_WORDS, L, 'head')]);
  b.merge(row, 3, row, 5);
  b.style(row, 3, row, 5, 'signature');
  row = b.row(['', '', '', t(ROLLUP_WORDS, L, 'signHint')]);
  b.merge(row, 3, row, 5);
  b.style(row, 3, row, 5, 'italic');
  return b.build({
    id: 'upwardReply',
    name: t(ROLLUP_WORDS, L, 'replySheet'),
    columnWidths: [6, 26, 24, 22, 16, 40],
    page: { orientation: 'portrait', fitToWidth: true, font: 'Times New Roman', fontSize: 12 },
  });
}
