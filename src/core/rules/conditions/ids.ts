import type { Candidate, Condition, ConditionTree, WordingIds as WordingIdsShape } from '../../model';
import type { EvalContext } from './verdict';

/**
 * Small integer ids for equal wordings, per run (hash-consing): a condition on a candidate gets the
 * id of the condition and of what its wording reads; a tree the ids of its parts with their
 * verdicts. 9,000 candidates share a few hundred distinct explanations: each is worded once, then
 * found by number (the `--json` report and the proposal sheet read one per candidate × title).
 */
export class WordingIds implements WordingIdsShape {
  private readonly atoms = new Map<unknown, number>();
  private readonly texts = new Map<number, string>();
  private readonly profiles: number[] = [];
  // Pairs in an open-addressed table of typed arrays: a Map keyed by a × 2^k + b would box every
  // key (millions of pairs per run on a province book).
  private slotsA = new Int32Array(1 << 12);
  private slotsB = new Int32Array(1 << 12);
  private slotsId = new Int32Array(1 << 12);
  private used = 0;
  // Below FIRST_ID: small numbers used as they are (a verdict bit, a status, a quota place).
  private next = FIRST_ID;

  /** The id of a value or an object (a condition, a tree node, a rule). */
  atom(x: unknown): number {
    let id = this.atoms.get(x);
    if (id === undefined) this.atoms.set(x, (id = this.next++));
    return id;
  }

  /**
   * The id of what the conditions on the candidate's own row read (discipline, initiatives,
   * research topics, days off, months worked, rating: OWN_ROW), made once per candidate and shared
   * by every title.
   */
  profile(c: Candidate): number {
    let id = this.profiles[c.index];
    if (id === undefined) {
      let p = this.atom(PROFILE);
      for (const type of OWN_ROW) p = this.pair(p, ownRowFact(type, c, this))!;
      this.profiles[c.index] = id = p;
    }
    return id;
  }

  /** The id of an ordered pair of ids (null when a part is null). */
  pair(a: number | null, b: number | null): number | null {
    if (a === null || b === null) return null;
    const mask = this.slotsId.length - 1;
    let i = slotOf(a, b, mask);
    for (;;) {
      const id = this.slotsId[i];
      if (id === 0) break;
      if (this.slotsA[i] === a && this.slotsB[i] === b) return id;
      i = (i + 1) & mask;
    }
    const id = this.next++;
    this.slotsA[i] = a;
    this.slotsB[i] = b;
    this.slotsId[i] = id;
    if (++this.used * 2 > this.slotsId.length) this.grow();
    return id;
  }

  /** The text worded for an id, worded now if it is the first. */
  text(id: number | null, word: () => string): string {
    if (id === null) return word();
    let text = this.texts.get(id);
    if (text === undefined) this.texts.set(id, (text = word()));
    return text;
  }

  private grow(): void {
    const [a, b, ids] = [this.slotsA, this.slotsB, this.slotsId];
    const size = ids.length * 2;
    this.slotsA = new Int32Array(size);
    this.slotsB = new Int32Array(size);
    this.slotsId = new Int32Array(size);
    const mask = size - 1;
    for (let j = 0; j < ids.length; j++) {
      if (ids[j] === 0) continue;
      let i = slotOf(a[j], b[j], mask);
      while (this.slotsId[i] !== 0) i = (i + 1) & mask;
      this.slotsA[i] = a[j];
      this.slotsB[i] = b[j];
      this.slotsId[i] = ids[j];
    }
  }
}

const FIRST_ID = 16;

/** Where a pair's probe starts in the table. */
function slotOf(a: number, b: number, mask: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) & mask;
}

/** A wording, looked up by the id of what it reads when the run keeps ids. */
export function worded(ctx: EvalContext, id: (ids: WordingIdsShape) => number | null, word: () => string): string {
  const ids = ctx.wording;
  return ids ? ids.text(id(ids), word) : word();
}

/**
 * A tree's wording depends on what its conditions read of the candidate (their verdicts follow
 * from it): the id of those facts, within the tree.
 */
export function treeId(tree: ConditionTree, c: Candidate, ctx: EvalContext, ids: WordingIdsShape): number | null {
  if (tree.kind === 'leaf') return conditionId(tree.cond, c, ctx, ids);
  let id: number | null = ids.atom(tree);
  for (const x of tree.items) id = ids.pair(id, treeId(x, c, ctx, ids));
  return id;
}

export function conditionId(cond: Condition, c: Candidate, ctx: EvalContext, ids: WordingIdsShape): number | null {
  return ids.pair(ids.atom(cond), factId(cond, c, ctx, ids));
}

/**
 * What a condition reads of a candidate, named so that conditions reading the same share it (a
 * title's explanation reads each once); null when it reads the members of a collective.
 */
export function factKey(cond: Condition): string | null {
  switch (cond.type) {
    case 'noDiscipline':
    case 'initiatives':
    case 'research':
    case 'daysOff':
    case 'monthsWorked':
    case 'rating':
      return PROFILE;
    case 'totalScore':
      return 'totalScore';
    case 'hasTitle':
      return `hasTitle ${cond.titleKey}`;
    case 'consecutive':
      return `consecutive ${cond.years} ${cond.titleKey}`;
    case 'criterion':
      return `criterion ${cond.code}`;
    case 'memberShareTitle':
    case 'memberShareRating':
    case 'hasMember':
    case 'noMemberDiscipline':
      return null;
  }
}

/** The fact key of the conditions that read only the candidate's own row (see WordingIds.profile). */
export const PROFILE = 'profile';

/** The conditions that read only the candidate's own row, whatever their operator and value. */
type OwnRowType = 'noDiscipline' | 'initiatives' | 'research' | 'daysOff' | 'monthsWorked' | 'rating';
const OWN_ROW: readonly OwnRowType[] = ['noDiscipline', 'initiatives', 'research', 'daysOff', 'monthsWorked', 'rating'];

/** The id of what a condition on the candidate's own row reads: the one place each is named. */
function ownRowFact(type: OwnRowType, c: Candidate, ids: WordingIdsShape): number {
  switch (type) {
    case 'noDiscipline': {
      const d = c.discipline;
      return d.kind === 'none' ? ids.atom(null) : ids.pair(ids.pair(ids.atom(d.kind), ids.atom(d.kind === 'level' ? d.level : null)), ids.atom(d.text))!;
    }
    case 'initiatives':
      return ids.atom(c.initiatives);
    case 'research':
      return ids.atom(c.researchTopics ?? null);
    case 'daysOff':
      return ids.pair(ids.atom(c.daysOff), ids.atom(c.maternityDays))!;
    case 'monthsWorked':
      return ids.atom(c.monthsWorked);
    case 'rating':
      return ids.atom(c.rating ?? null);
  }
}

/**
 * The id of everything `holds` and `judge` read of the candidate for this condition, so equal ids
 * mean equal verdicts and equal wording; null when it reads the members of a collective (few, and
 * worded each time). Keep in step with `judge`: test/wordingIds.test.ts words random candidates
 * both ways.
 */
export function factId(cond: Condition, c: Candidate, ctx: EvalContext, ids: WordingIdsShape): number | null {
  switch (cond.type) {
    case 'noDiscipline':
    case 'initiatives':
    case 'research':
    case 'daysOff':
    case 'monthsWorked':
    case 'rating':
      return ownRowFact(cond.type, c, ids);
    case 'hasTitle':
      return ctx.hasTitle(c, cond.titleKey) ? 1 : 0;
    case 'consecutive': {
      if (ctx.year === null) return 2;
      const years = ctx.titleYears(c, cond.titleKey);
      if (years === null) return 3;
      let missing = 0;
      for (let y = ctx.year - cond.years, bit = 1; y < ctx.year; y++, bit *= 2) if (!years.has(y)) missing += bit;
      return ids.pair(ids.atom(ctx.year), ids.atom(missing));
    }
    case 'totalScore':
      return ids.atom(ctx.score(c).total);
    case 'criterion':
      return ids.atom(ctx.score(c).contribution.get(cond.code) ?? 0);
    case 'memberShareTitle':
    case 'memberShareRating':
    case 'hasMember':
    case 'noMemberDiscipline':
      return null;
  }
}
