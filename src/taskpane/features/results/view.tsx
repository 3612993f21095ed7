import * as React from 'react';
import {
  Body1,
  Button,
  Caption1,
  Field,
  Link,
  makeStyles,
  mergeClasses,
  SearchBox,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { Finding, Lang, TitleStatus } from '../../../core/model';
import { SheetGrid } from '../../../sheet/grid';
import { RunSummary } from '../../../core/output/summary';
import { CONFIG_SHEETS } from '../../../core/config/sheetNames';
import { formatScore } from '../../../core/text/numbers';
import { Strings } from '../../i18n';
import { Explain, Group, Person, personCell, rejectedVotes, tiedPeople } from './state';
import { ResultsSnapshot, ResultsStore } from './store';
import { ResultsStrings, resultsStrings } from './strings';
import { CellPreview } from '../../components/CellPreview';
import { WindowedList } from '../../components/WindowedList';

const VOTES_SHEET = CONFIG_SHEETS.votes;

const useStyles = makeStyles({
  // At 200% zoom the pane is 320 CSS px: the search box shrinks with it (its own minimum width made the page scroll sideways).
  search: { width: '100%', minWidth: 0, maxWidth: '100%', boxSizing: 'border-box' },
  // A native select is as wide as its longest option: held to the pane's width.
  select: { width: '100%', minWidth: 0, maxWidth: '100%' },
  selectInner: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
  field: { minWidth: 0 },
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  muted: { color: tokens.colorNeutralForeground3 },
  num: { textAlign: 'right', width: '52px' },
  tie: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  titleCell: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', paddingTop: '4px', paddingBottom: '4px' },
  section: { display: 'flex', flexDirection: 'column', gap: '4px' },
  rejected: { display: 'flex', flexDirection: 'column', gap: '2px' },
  rejectedList: { margin: 0, paddingLeft: '16px' },
  council: { borderLeft: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}`, paddingLeft: '8px', display: 'flex', flexDirection: 'column', gap: '2px' },
  person: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: '6px',
    width: '100%',
    textAlign: 'left',
    height: 'auto',
    minHeight: '0',
    paddingTop: '4px',
    paddingBottom: '4px',
    fontWeight: tokens.fontWeightRegular,
  },
  personText: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  open: { backgroundColor: tokens.colorNeutralBackground2, '@media (forced-colors: active)': { outline: '1px solid CanvasText' } },
  why: { display: 'flex', flexDirection: 'column', gap: '4px', paddingLeft: '28px', paddingRight: '4px', paddingBottom: '8px' },
  titles: { margin: 0, paddingLeft: '16px', display: 'flex', flexDirection: 'column', gap: '2px' },
  proposed: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  waiting: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  list: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  picked: { outline: `2px solid ${tokens.colorBrandStroke1}`, '@media (forced-colors: active)': { outline: '2px solid Highlight' } },
});

export interface ResultsTableProps {
  summary: RunSummary;
  t: Strings;
  /** The App's cell navigation (the one findings use): a person's name cell, as a finding. */
  onPick?(f: Finding): void;
  picked?: Finding | null;
  /** Outside Excel: the sheet of the picked cell, previewed next to the person. */
  preview?: SheetGrid;
  /** The runner's `explain`: one person's reasons from the run it keeps. */
  explain?: Explain;
  /** The language shown, passed down (never guessed from the strings). */
  lang: Lang;
  /** The sheets of the book as read: `Biểu quyết` is offered to open when it is there. */
  bookSheets?: string[];
}

/**
 * The results after Xếp hạng: the council's ties named first, a search by name, the quotas per
 * title, and each title and scope's lists of people, each person opening to the engine's reasons.
 */
/** Memoised: the pane re-renders at every progress step of the copy's write; the lists do not need to. */
export const ResultsTable = React.memo(function ResultsTable(props: ResultsTableProps) {
  const { summary, t } = props;
  const lang = props.lang;
  const w = resultsStrings(lang);
  const s = useStyles();
  const explain = props.explain;
  const [store] = React.useState(() => new ResultsStore(summary, explain));
  const loaded = React.useRef(summary);
  if (loaded.current !== summary) {
    loaded.current = summary;
    store.load(summary, explain, true);
  }
  const view = React.useSyncExternalStore(store.subscribe, () => store.get());
  const row = (place: string) => (i: number) => <PersonRow key={i} x={view.person(i)} place={place} view={view} store={store} w={w} {...props} />;
  const group = view.group >= 0 ? view.groups[view.group] : null;
  const tiedKey = React.useCallback((i: number) => String(view.tied[i].index), [view.tied]);
  return (
    <div className={s.root}>
      <Body1 block>{t.proposedCount(summary.proposedCount)}</Body1>

      {view.tied.length > 0 && (
        <section className={s.section} aria-label={w.council}>
          <Text weight="semibold" as="h3">
            {w.council}
          </Text>
          {view.tied.length > 1 && <Caption1 className={s.muted}>{w.councilCount(view.tied.length, tiedPeople(view.tied))}</Caption1>}
          <CouncilWhere summary={summary} w={w} onPick={props.onPick} canOpen={props.bookSheets?.includes(VOTES_SHEET) ?? false} />
          {/* A few groups (the usual case) are shown whole; a book can have hundreds: then a screen of them at a time, as the findings. */}
          {view.tied.length <= COUNCIL_SHOWN_WHOLE ? (
            <div role="list" aria-label={w.council}>
              {view.tied.map((g) => (
                <div role="listitem" key={g.index}>
                  <CouncilGroup g={g} row={row('council')} t={t} w={w} />
                </div>
              ))}
            </div>
          ) : (
            <WindowedList
              className={s.list}
              label={w.council}
              count={view.tied.length}
              estimate={136}
              maxHeight="min(50vh, 480px)"
              itemKey={tiedKey}
              render={(i) => <CouncilGroup g={view.tied[i]} row={row('council')} t={t} w={w} />}
              fallback={12}
            />
          )}
        </section>
      )}

      {(summary.people?.id.length ?? 0) > 0 && (
        <section className={s.section} aria-label={w.search}>
          <Field className={s.field} label={w.search} hint={w.searchHint}>
            <SearchBox className={s.search} value={view.query} onChange={(_, d) => store.setQuery(d.value)} />
          </Field>
          {view.query.trim() && (
            <Caption1 role="status" aria-live="polite">
              {w.found(view.found.length, view.foundTotal)}
            </Caption1>
          )}
          {view.found.length > 0 && (
            <div role="list" aria-label={w.search} className={s.list}>
              {view.found.map((i) => (
                <div role="listitem" key={i}>
                  {row('search')(i)}
                </div>
              ))}
            </div>
          )}
        </section>
      )}

      <QuotaTable view={view} t={t} w={w} />

      {view.groups.length > 0 && (
        <section className={s.section} aria-label={w.byScope}>
          <Field className={s.field} label={w.byScope}>
            <Select className={s.select} select={{ className: s.selectInner }} value={String(view.group)} onChange={(_, d) => store.showGroup(Number(d.value))}>
              {view.groups.map((g) => (
                <option key={g.index} value={g.index}>
                  {w.group(g.title, g.scope || t.wholeCampaign, g.proposed.length, g.tied.length, g.cut.length)}
                </option>
              ))}
            </Select>
          </Field>
          {group && group.basis && (
            <Caption1 className={s.muted}>
              {w.basis}: {group.basis}
            </Caption1>
          )}
          {group && (
            <>
              <People label={w.proposedList(group.proposed.length)} rows={group.proposed} row={row('proposed')} w={w} />
              {group.tied.length > 0 && <People label={w.tiedList(group.tied.length)} rows={group.tied} row={row('tied')} w={w} />}
              <People label={w.cutList(group.cut.length)} rows={group.cut} row={row('cut')} w={w} />
            </>
          )}
        </section>
      )}
    </div>
  );
});

/** One tied group: the title and scope, how many places are left, and each tied person by name. */
/** Up to this many tied groups are listed whole, without a scroll box of their own. */
const COUNCIL_SHOWN_WHOLE = 8;

function CouncilGroup({ g, row, t, w }: { g: Group; row(i: number): React.ReactNode; t: Strings; w: ResultsStrings }) {
  const s = useStyles();
  const label = w.councilGroup(g.title, g.scope || t.wholeCampaign, g.limit === null ? null : g.limit - g.proposed.length, g.tied.length);
  return (
    <div className={s.council} role="group" aria-label={label}>
      <Caption1 className={s.tie}>{label}</Caption1>
      {g.tied.map(row)}
    </div>
  );
}

function People({ label, rows, row, w }: { label: string; rows: number[]; row(i: number): React.ReactNode; w: ResultsStrings }) {
  const s = useStyles();
  const rowKey = React.useCallback((i: number) => String(rows[i]), [rows]);
  return (
    <div className={s.section}>
      <Text weight="semibold">{label}</Text>
      {rows.length === 0 ? (
        <Caption1 className={s.muted}>{w.noPeople}</Caption1>
      ) : (
        <WindowedList
          className={s.list}
          label={label}
          count={rows.length}
          estimate={48}
          maxHeight="min(50vh, 480px)"
          itemKey={rowKey}
          render={(i) => row(rows[i])}
          fallback={20}
        />
      )}
    </div>
  );
}

function PersonRow(props: ResultsTableProps & { x: Person; place: string; view: ResultsSnapshot; store: ResultsStore; w: ResultsStrings; lang: Lang }) {
  const { x, view, w, lang } = props;
  const s = useStyles();
  const open = view.open?.id === x.id && view.open.place === props.place;
  const panel = React.useId();
  // The titles that say something about this person: not every "not eligible".
  const all = view.verdicts(x.at);
  const verdicts = all.filter((v) => v.status !== 'notEligible');
  const cell = personCell(x);
  const pickedHere = !!props.picked && props.picked.sheet === x.sheet && props.picked.cell === x.cell;
  return (
    <div className={mergeClasses(open && s.open)}>
      <Button
        appearance="subtle"
        className={s.person}
        aria-expanded={open}
        aria-controls={open ? panel : undefined}
        onClick={() => void props.store.toggle(x.id, props.place)}
        icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        data-person={x.id}
      >
        <span className={s.personText}>
          <Text weight="semibold">{x.name}</Text>
          <Caption1>
            {x.unit} · {w.person(formatScore(x.total, lang), x.rank)}
          </Caption1>
          {all.length > 0 && verdicts.length === 0 && <Caption1>{w.noTitle}</Caption1>}
          {verdicts.length > 0 && (
            <Caption1>
              {verdicts.map((v, k) => (
                <React.Fragment key={v.title}>
                  {k > 0 && '; '}
                  {v.title}: <span className={statusClass(s, v.status)}>{w.status[v.status]}</span>
                </React.Fragment>
              ))}
            </Caption1>
          )}
        </span>
      </Button>
      {open && (
        <div id={panel} className={s.why} role="region" aria-label={`${w.why}: ${x.name}`}>
          <Text weight="semibold">{w.why}</Text>
          <Why view={view} w={w} />
          {props.onPick && (
            <Link as="button" className={mergeClasses(pickedHere && s.picked)} onClick={() => props.onPick!(cell)}>
              {w.goTo(x.sheet, x.cell)}
            </Link>
          )}
          {pickedHere && props.preview && <CellPreview grid={props.preview} cell={x.cell} t={props.t} lang={props.lang} name={x.name} />}
        </div>
      )}
    </div>
  );
}

function Why({ view, w }: { view: ResultsSnapshot; w: ResultsStrings }) {
  const s = useStyles();
  const e = view.explanation;
  if (!e || e.state === 'loading') return <Spinner size="tiny" label={w.loading} labelPosition="after" />;
  if (e.state === 'gone') return <Caption1>{w.gone}</Caption1>;
  // The error's own text stays in the state: never shown (see unexpectedErrorText).
  if (e.state === 'failed') return <Caption1>{w.failed}</Caption1>;
  const v = e.value;
  return (
    <>
      {v.achievement && <Caption1>{v.achievement}</Caption1>}
      <ul className={s.titles}>
        {v.titles.map((d) => (
          <li key={d.title}>
            <Caption1>{d.text}</Caption1>
          </li>
        ))}
      </ul>
    </>
  );
}

function statusClass(s: ReturnType<typeof useStyles>, st: TitleStatus): string | undefined {
  return st === 'proposed' ? s.proposed : st === 'tiedAtQuota' ? s.waiting : undefined;
}

/** Quotas per title, the scopes added up (a province's sixty units are one row of CSTĐCS). */
function QuotaTable({ view, t, w }: { view: ResultsSnapshot; t: Strings; w: ResultsStrings }) {
  const s = useStyles();
  // Four columns fit a 320-pixel pane: the scope and any tie sit under the title's name.
  return (
    <Table size="small" aria-label={t.results}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.title}</TableHeaderCell>
          <TableHeaderCell className={s.num}>{t.quota}</TableHeaderCell>
          <TableHeaderCell className={s.num} title={t.eligible}>
            {t.eligibleShort}
          </TableHeaderCell>
          <TableHeaderCell className={s.num}>{t.proposed}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {view.titles.map((q) => (
          <TableRow key={q.title}>
            <TableCell>
              <div className={s.titleCell}>
                <Text>{q.title}</Text>
                <Caption1 className={s.muted}>{q.scopes > 1 ? w.scopes(q.scopes) : q.scope || t.wholeCampaign}</Caption1>
                {q.tied > 0 && <Caption1 className={s.tie}>{t.tiedCount(q.tied)}</Caption1>}
                {q.nobody && (
                  <Caption1 className={s.muted} data-nobody>
                    {w.nobody(q.nobody.condition, q.nobody.failed, q.nobody.checked)}
                  </Caption1>
                )}
              </div>
            </TableCell>
            <TableCell className={s.num}>{q.limit ?? '–'}</TableCell>
            <TableCell className={s.num}>{q.eligible}</TableCell>
            <TableCell className={s.num}>
              <Text weight="semibold">{q.proposed}</Text>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Where the council's votes go (`Biểu quyết`, opened from here), and the vote rows the engine could not use, named. */
function CouncilWhere({ summary, w, onPick, canOpen }: { summary: RunSummary; w: ResultsStrings; onPick?(f: Finding): void; canOpen: boolean }) {
  const s = useStyles();
  const rejected = React.useMemo(() => rejectedVotes(summary), [summary]);
  const sheet = VOTES_SHEET;
  const open = (f: Finding) => onPick?.(f);
  const top: Finding = {
    severity: 'warning',
    code: 'VOTES_SHEET',
    params: {},
    sheet,
    cell: 'A1',
    row: 0,
    col: 0,
    unit: '',
    candidate: '',
    message: '',
    fix: '',
  };
  return (
    <>
      <Caption1 block>
        {w.councilWhere}{' '}
        {onPick && canOpen && (
          <Link as="button" onClick={() => open(top)}>
            {w.councilOpen}
          </Link>
        )}
      </Caption1>
      {rejected.length > 0 && (
        <div className={s.rejected} role="group" aria-label={w.rejectedVotes(rejected.length)}>
          <Caption1 block className={s.tie}>
            {w.rejectedVotes(rejected.length)}
          </Caption1>
          <ul className={s.rejectedList}>
            {rejected.slice(0, 5).map((f, i) => (
              <li key={i}>
                <Caption1>
                  {onPick ? (
                    <Link as="button" onClick={() => open(f)}>
                      {w.voteRow((f.row ?? 0) + 1)}
                    </Link>
                  ) : (
                    w.voteRow((f.row ?? 0) + 1)
                  )}
                  : {f.message}
                </Caption1>
              </li>
            ))}
          </ul>
          {rejected.length > 5 && <Caption1 className={s.muted}>{w.moreInFindings(rejected.length - 5)}</Caption1>}
        </div>
      )}
    </>
  );
}
