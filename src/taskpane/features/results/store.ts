/** The results view's store: the pure tables of state.ts held for one run, the search, the person opened. */
import { TitleStatus } from '../../../core/model';
import { PeopleTable, RunSummary } from '../../../core/output/summary';
import {
  Person,
  personAt,
  verdictsOf,
  Group,
  groupsOf,
  TitleTotal,
  titleTotals,
  tiedGroups,
  NameIndex,
  nameIndex,
  searchPeople,
  Explanation,
  Explain,
} from './state';

type Listener = () => void;

export interface ResultsSnapshot {
  summary: RunSummary;
  groups: Group[];
  titles: TitleTotal[];
  tied: Group[];
  /** The group shown in full (its three lists); -1 when the run has no quota. */
  group: number;
  query: string;
  found: number[];
  foundTotal: number;
  /**
   * The person opened, and where ("council", "search", "group": a person listed in several places
   * opens in the one clicked); what is known of their reasons.
   */
  open: { id: string; place: string } | null;
  explanation: Explanation | null;
  person(i: number): Person;
  verdicts(i: number): { title: string; status: TitleStatus }[];
}

/** The results view's state: the run's tables, the search, the group shown, the person opened. */
export class ResultsStore {
  private summary!: RunSummary;
  private people!: PeopleTable;
  private index: NameIndex | null = null;
  private groups: Group[] = [];
  private titles: TitleTotal[] = [];
  private tied: Group[] = [];
  private group = -1;
  private query = '';
  private found: { found: number[]; total: number } = { found: [], total: 0 };
  private open: { id: string; place: string } | null = null;
  private explanations = new Map<string, Explanation>();
  private readonly listeners = new Set<Listener>();
  private snapshot!: ResultsSnapshot;

  constructor(
    summary: RunSummary,
    private explainer?: Explain,
  ) {
    this.load(summary);
  }

  /**
   * A new run: the search and the opened person stay (looked up again), the old reasons go.
   * `quiet`: the view reading it is rendering now, nobody else to tell.
   */
  load(summary: RunSummary, explainer = this.explainer, quiet = false): void {
    const sameBook = this.summary?.fingerprint === summary.fingerprint;
    this.summary = summary;
    this.explainer = explainer;
    this.people = summary.people ?? EMPTY;
    this.index = null;
    this.groups = groupsOf(summary);
    this.titles = titleTotals(this.groups);
    this.tied = tiedGroups(this.groups);
    if (!sameBook || this.group >= this.groups.length) this.group = this.tied[0]?.index ?? (this.groups.length ? 0 : -1);
    this.explanations = new Map();
    if (this.open && !this.people.id.includes(this.open.id)) this.open = null;
    this.found = this.search(this.query);
    this.publish(quiet);
    if (this.open) void Promise.resolve().then(() => this.open && this.fetch(this.open.id));
  }

  get(): ResultsSnapshot {
    return this.snapshot;
  }

  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  setQuery(q: string): void {
    this.query = q;
    this.found = this.search(q);
    this.publish();
  }

  showGroup(i: number): void {
    if (i < -1 || i >= this.groups.length) return;
    this.group = i;
    this.publish();
  }

  /** Opens a person where clicked (closing the one open), or closes them; their reasons are asked for once. */
  async toggle(id: string, place = 'list'): Promise<void> {
    if (this.open?.id === id && this.open.place === place) {
      this.open = null;
      this.publish();
      return;
    }
    this.open = { id, place };
    this.publish();
    await this.fetch(id);
  }

  private async fetch(id: string): Promise<void> {
    const known = this.explanations.get(id);
    if (known && known.state !== 'failed') return;
    if (!this.explainer) {
      this.explanations.set(id, { state: 'gone' });
      this.publish();
      return;
    }
    this.explanations.set(id, { state: 'loading' });
    this.publish();
    const summary = this.summary;
    let e: Explanation;
    try {
      const value = await this.explainer({ candidateId: id, fingerprint: summary.fingerprint, lang: summary.lang });
      e = value ? { state: 'ready', value } : { state: 'gone' };
    } catch (err) {
      e = { state: 'failed', error: err instanceof Error ? err.message : String(err) };
    }
    // A newer run came in meanwhile: its own request is on its way.
    if (this.summary !== summary) return;
    this.explanations.set(id, e);
    this.publish();
  }

  private search(q: string): { found: number[]; total: number } {
    if (!q.trim()) return { found: [], total: 0 };
    this.index ??= nameIndex(this.people);
    return searchPeople(this.people, this.index, q);
  }

  private publish(quiet = false): void {
    const p = this.people;
    this.snapshot = {
      summary: this.summary,
      groups: this.groups,
      titles: this.titles,
      tied: this.tied,
      group: this.group,
      query: this.query,
      found: this.found.found,
      foundTotal: this.found.total,
      open: this.open,
      explanation: this.open ? (this.explanations.get(this.open.id) ?? null) : null,
      person: (i) => personAt(p, i),
      verdicts: (i) => verdictsOf(p, i),
    };
    if (!quiet) for (const l of this.listeners) l();
  }
}

const EMPTY: PeopleTable = {
  id: [],
  name: [],
  collective: [],
  unit: [],
  units: [],
  sheet: [],
  sheets: [],
  row: [],
  col: [],
  total: [],
  rank: [],
  titles: [],
  verdicts: [],
};
