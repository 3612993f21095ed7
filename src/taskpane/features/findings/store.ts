/** The findings view's store: the pure functions of state.ts held for one run, and a snapshot per change for useSyncExternalStore. */
import { Finding, Lang } from '../../../core/model';
import { Kind, Prepared, Filter, NO_FILTER, prepare, apply } from './state';

type Listener = () => void;

/** The findings view's state: the run's prepared list, the filter, the visible rows. */
export class FindingsStore {
  private prepared: Prepared;
  private filter: Filter = NO_FILTER;
  private view: { rows: number[]; pinned: number };
  private readonly listeners = new Set<Listener>();
  private snapshot: FindingsSnapshot;

  constructor(
    findings: readonly Finding[],
    unitOfSheet?: ReadonlyMap<string, string>,
    private lang: Lang = 'vi',
  ) {
    this.prepared = prepare(findings, unitOfSheet, lang);
    this.view = apply(this.prepared, this.filter);
    this.snapshot = this.make();
  }

  /**
   * A new run: the filter stays where it still means something (a kind, sheet or unit that is gone
   * is dropped). `quiet`: the view reading it is rendering now, nobody else to tell.
   */
  load(findings: readonly Finding[], unitOfSheet?: ReadonlyMap<string, string>, quiet = false, lang = this.lang): void {
    this.lang = lang;
    this.prepared = prepare(findings, unitOfSheet, lang);
    const f = this.filter;
    this.filter = {
      ...f,
      code: this.prepared.kinds.some((k) => k.code === f.code) ? f.code : '',
      sheet: this.prepared.sheets.includes(f.sheet) ? f.sheet : '',
      unit: this.prepared.units.includes(f.unit) ? f.unit : '',
    };
    this.refresh(quiet);
  }

  set(change: Partial<Filter>): void {
    this.filter = { ...this.filter, ...change };
    this.refresh();
  }

  clear(): void {
    this.filter = NO_FILTER;
    this.refresh();
  }

  get(): FindingsSnapshot {
    return this.snapshot;
  }

  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  private refresh(quiet = false): void {
    this.view = apply(this.prepared, this.filter);
    this.snapshot = this.make();
    if (!quiet) for (const l of this.listeners) l();
  }

  private make(): FindingsSnapshot {
    const p = this.prepared;
    return {
      filter: this.filter,
      kinds: p.kinds,
      sheets: p.sheets,
      units: p.units,
      total: p.ordered.length,
      errors: p.errors,
      warnings: p.warnings,
      rows: this.view.rows,
      pinned: this.view.pinned,
      at: (i) => p.ordered[i],
      unitAt: (i) => p.unitOf[i],
    };
  }
}

/** What the view reads: one object per change, so React sees a change by identity. */
export interface FindingsSnapshot {
  filter: Filter;
  kinds: Kind[];
  sheets: string[];
  units: string[];
  total: number;
  errors: number;
  warnings: number;
  /** Visible rows as indexes; `at(i)` is the finding. The first `pinned` are agency-wide. */
  rows: number[];
  pinned: number;
  at(i: number): Finding;
  unitAt(i: number): string;
}
