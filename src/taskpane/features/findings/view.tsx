import * as React from 'react';
import { Badge, Button, Caption1, Field, Link, makeStyles, mergeClasses, SearchBox, Select, Text, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Warning16Filled } from '@fluentui/react-icons';
import { Finding, Lang } from '../../../core/model';
import { SheetGrid } from '../../../sheet/grid';
import { Strings } from '../../i18n';
import { isFiltered, sameFinding } from './state';
import { FindingsSnapshot, FindingsStore } from './store';
import { FindingsStrings, findingsStrings } from './strings';
import { CellPreview } from '../../components/CellPreview';
import { WindowedList } from '../../components/WindowedList';

const useStyles = makeStyles({
  // At 200% zoom the pane is 320 CSS px: the search box shrinks with it (its own minimum width made the page scroll sideways).
  search: { width: '100%', minWidth: 0, maxWidth: '100%', boxSizing: 'border-box' },
  // A native select is as wide as its longest option: held to the pane's width.
  select: { width: '100%', minWidth: 0, maxWidth: '100%' },
  selectInner: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
  field: { minWidth: 0 },
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    width: '100%',
    textAlign: 'left',
    paddingTop: '6px',
    paddingBottom: '6px',
    height: 'auto',
    minHeight: '0',
    fontWeight: tokens.fontWeightRegular,
  },
  line: { display: 'flex', gap: '6px', alignItems: 'flex-start', width: '100%' },
  icon: { flexShrink: 0, marginTop: '2px' },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: '40px', flexShrink: 0, fontWeight: tokens.fontWeightSemibold },
  who: { paddingLeft: '62px', fontWeight: tokens.fontWeightSemibold },
  fix: { color: tokens.colorNeutralForeground3, paddingLeft: '62px' },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    // Forced colours drop backgrounds: the picked finding keeps a system-coloured frame.
    '@media (forced-colors: active)': { outline: '2px solid Highlight' },
  },
  row: { display: 'flex', flexDirection: 'column', gap: '2px', paddingBottom: '2px' },
  other: { paddingLeft: '62px', fontSize: tokens.fontSizeBase200 },
  preview: { paddingLeft: '8px', paddingRight: '4px', paddingBottom: '6px' },
  kinds: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  kind: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    width: '100%',
    textAlign: 'left',
    height: 'auto',
    minHeight: '0',
    paddingTop: '4px',
    paddingBottom: '4px',
    fontWeight: tokens.fontWeightRegular,
  },
  kindHead: { display: 'flex', gap: '6px', alignItems: 'flex-start' },
  // A count of thousands stays on one line: the badge does not shrink into the text beside it.
  count: { flexShrink: 0, whiteSpace: 'nowrap' },
  filters: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))', gap: '6px' },
  status: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: '8px', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
  list: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

/** Kinds listed before "show all kinds". */
const KINDS_SHOWN = 6;

export interface FindingsListProps {
  findings: Finding[];
  t: Strings;
  onPick(f: Finding): void;
  picked: Finding | null;
  /** Outside Excel: the sheet of the picked finding, previewed next to it in the list. */
  preview?: SheetGrid;
  /** Each score sheet's unit (`RunSummary.sheetUnits`), for the unit filter. */
  sheetUnits?: [string, string][];
  /** The language shown, passed down (never guessed from the strings). */
  lang: Lang;
}

/**
 * The findings triaged: a summary by kind with one fix each, filters and a search, then the list
 * (agency-wide findings first), rendered a screen at a time.
 */
/** Memoised: the pane re-renders at every progress step of the copy's write; the lists do not need to. */
export const FindingsList = React.memo(function FindingsList(props: FindingsListProps) {
  const { findings, t } = props;
  const lang = props.lang;
  const w = findingsStrings(lang);
  const s = useStyles();
  const units = React.useMemo(() => new Map(props.sheetUnits ?? []), [props.sheetUnits]);
  const [store] = React.useState(() => new FindingsStore(findings, units, lang));
  const loaded = React.useRef(findings);
  if (loaded.current !== findings) {
    loaded.current = findings;
    store.load(findings, units, true, lang);
  }
  const view = React.useSyncExternalStore(store.subscribe, () => store.get());
  // One key function per list shown: the windowed list lays out its 13,000 rows again only when it changes.
  const rowKey = React.useCallback((i: number) => String(view.rows[i]), [view.rows]);
  if (!findings.length) return <Text>{t.noFindings}</Text>;
  return (
    <div className={s.root}>
      <Kinds view={view} store={store} w={w} lang={lang} />
      <Filters view={view} store={store} w={w} t={t} />
      <div className={s.status}>
        <Caption1 role="status" aria-live="polite">
          {w.shown(view.rows.length, view.total)}
        </Caption1>
        {isFiltered(view.filter) && (
          <Button size="small" appearance="subtle" onClick={() => store.clear()}>
            {w.clear}
          </Button>
        )}
      </div>
      {view.rows.length === 0 ? (
        <Text>{w.none}</Text>
      ) : (
        <WindowedList
          className={s.list}
          label={w.list}
          count={view.rows.length}
          estimate={76}
          maxHeight="min(70vh, 640px)"
          itemKey={rowKey}
          render={(i) => <Item f={view.at(view.rows[i])} unit={view.unitAt(view.rows[i])} pinned={i < view.pinned} {...props} w={w} />}
        />
      )}
    </div>
  );
});

function Kinds({ view, store, w, lang }: { view: FindingsSnapshot; store: FindingsStore; w: FindingsStrings; lang: Lang }) {
  const s = useStyles();
  const [all, setAll] = React.useState(false);
  const shown = all ? view.kinds : view.kinds.slice(0, KINDS_SHOWN);
  return (
    <section aria-label={w.byKind}>
      <Text weight="semibold" block>
        {w.byKind}
      </Text>
      <ul className={s.kinds}>
        {shown.map((k) => (
          <li key={k.code}>
            <Button
              appearance="subtle"
              className={mergeClasses(s.kind, view.filter.code === k.code && s.selected)}
              aria-pressed={view.filter.code === k.code}
              onClick={() => store.set({ code: view.filter.code === k.code ? '' : k.code })}
              data-kind={k.code}
            >
              <span className={s.kindHead}>
                <Badge className={s.count} color={k.severity === 'error' ? 'danger' : 'warning'} appearance={k.severity === 'error' ? 'filled' : 'tint'}>
                  {k.count.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')}
                </Badge>
                <Text>{k.name}</Text>
              </span>
              {k.fix && <Caption1 className={s.muted}>{k.example ? w.example(k.fix) : k.fix}</Caption1>}
            </Button>
          </li>
        ))}
      </ul>
      {view.kinds.length > KINDS_SHOWN && (
        <Button size="small" appearance="transparent" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? w.fewerKinds : w.showAllKinds(view.kinds.length)}
        </Button>
      )}
    </section>
  );
}

function Filters({ view, store, w, t }: { view: FindingsSnapshot; store: FindingsStore; w: FindingsStrings; t: Strings }) {
  const s = useStyles();
  const f = view.filter;
  return (
    <section aria-label={w.filters} className={s.filters}>
      <Field className={s.field} label={w.severity} size="small">
        <Select
          size="small"
          className={s.select}
          select={{ className: s.selectInner }}
          value={f.severity}
          onChange={(_, d) => store.set({ severity: d.value as '' | 'error' | 'warning' })}
        >
          <option value="">{w.all}</option>
          <option value="error">{t.errors(view.errors)}</option>
          <option value="warning">{t.warnings(view.warnings)}</option>
        </Select>
      </Field>
      <Field className={s.field} label={w.kind} size="small">
        <Select size="small" className={s.select} select={{ className: s.selectInner }} value={f.code} onChange={(_, d) => store.set({ code: d.value })}>
          <option value="">{w.all}</option>
          {view.kinds.map((k) => (
            <option key={k.code} value={k.code}>
              {short(k.name)} ({k.count})
            </option>
          ))}
        </Select>
      </Field>
      <Field className={s.field} label={w.sheet} size="small">
        <Select size="small" className={s.select} select={{ className: s.selectInner }} value={f.sheet} onChange={(_, d) => store.set({ sheet: d.value })}>
          <option value="">{w.all}</option>
          {view.sheets.map((x) => (
            <option key={x} value={x}>
              {x}
            </option>
          ))}
        </Select>
      </Field>
      {view.units.length > 0 && (
        <Field className={s.field} label={w.unit} size="small">
          <Select size="small" className={s.select} select={{ className: s.selectInner }} value={f.unit} onChange={(_, d) => store.set({ unit: d.value })}>
            <option value="">{w.all}</option>
            {view.units.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field className={s.field} label={w.search} size="small" style={{ gridColumn: '1 / -1' }}>
        <SearchBox className={s.search} size="small" value={f.query} onChange={(_, d) => store.set({ query: d.value })} />
      </Field>
    </section>
  );
}

function Item(props: FindingsListProps & { f: Finding; unit: string; pinned: boolean; w: FindingsStrings }) {
  const { f, t, w } = props;
  const s = useStyles();
  const picked = props.picked;
  const isPicked = sameFinding(picked, f);
  // The other row of a duplicate was picked through this finding's link.
  const pickedOther =
    !!picked?.other && !!f.other && picked.code === f.code && picked.message === f.message && picked.cell === f.other.cell && picked.sheet === f.other.sheet;
  const other = f.other;
  const who = [f.candidate, f.unit || props.unit].filter(Boolean).join(' · ');
  return (
    <div className={s.row}>
      <Button
        appearance="subtle"
        className={mergeClasses(s.item, isPicked && s.selected)}
        aria-pressed={isPicked}
        onClick={() => props.onPick(f)}
        data-finding={f.code}
        data-sheet={f.sheet}
        data-cell={f.cell}
      >
        <span className={s.line}>
          {f.severity === 'error' ? (
            <ErrorCircle16Filled className={s.icon} color={tokens.colorPaletteRedForeground1} aria-hidden />
          ) : (
            <Warning16Filled className={s.icon} color={tokens.colorPaletteDarkOrangeForeground1} aria-hidden />
          )}
          {/* The name reads "Đến ô H6 của sheet P.QLXD: …": the visible cell with the words around it. */}
          <span className={s.cell}>
            {f.cell ? (
              <>
                <span className={s.hidden}>{w.goTo} </span>
                {f.cell}
                <span className={s.hidden}>
                  {' '}
                  {w.ofSheet} {f.sheet}:{' '}
                </span>
              </>
            ) : (
              <>
                {t.wholeSheet}
                <span className={s.hidden}> {f.sheet}: </span>
              </>
            )}
          </span>
          <Text>
            {f.message}
            <span className={s.hidden}> ({f.severity === 'error' ? t.error : t.warning})</span>
          </Text>
        </span>
        {(who || props.pinned) && (
          <Caption1 className={s.who}>
            {props.pinned && (
              <Badge appearance="outline" size="small">
                {w.agencyWide}
              </Badge>
            )}{' '}
            {who}
            {f.cell && props.pinned ? ` · ${f.sheet}` : ''}
          </Caption1>
        )}
        {f.fix && <Caption1 className={s.fix}>{f.fix}</Caption1>}
      </Button>
      {other && (
        <Link
          as="button"
          className={mergeClasses(s.other, pickedOther && s.selected)}
          onClick={() =>
            props.onPick({
              ...f,
              sheet: other.sheet,
              cell: other.cell,
              row: other.row,
              col: other.col,
              other: { sheet: f.sheet, cell: f.cell, row: f.row ?? 0, col: f.col ?? 0 },
            })
          }
        >
          {w.otherRow(`${other.sheet}!${other.cell}`)}
        </Link>
      )}
      {(isPicked || pickedOther) && props.preview && picked && picked.cell && (
        <div className={s.preview}>
          <CellPreview grid={props.preview} cell={picked.cell} t={t} lang={props.lang} name={picked.candidate} />
        </div>
      )}
    </div>
  );
}

function short(s: string): string {
  return s.length > 48 ? `${s.slice(0, 47)}…` : s;
}
