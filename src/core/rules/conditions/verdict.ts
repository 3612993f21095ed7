import { toUnits } from '../../text/numbers';
import { ratingAtLeast } from '../levels';
import type { Candidate, Condition, ConditionTree, DisciplineReading, Lang, Op, ScoreBreakdown, WordingIds } from '../../model';

/**
 * Whether a condition holds for a candidate: the verdicts alone, allocating nothing, run for every
 * candidate × title. What is said about a verdict is in wording.ts.
 */

/** Whether a tree holds: the verdict alone, for the hot loop. */
export function treeHolds(tree: ConditionTree, c: Candidate, ctx: EvalContext): boolean {
  if (tree.kind === 'leaf') return holds(tree.cond, c, ctx);
  const items = tree.items;
  if (tree.kind === 'all') {
    for (let i = 0; i < items.length; i++) if (!treeHolds(items[i], c, ctx)) return false;
    return true;
  }
  for (let i = 0; i < items.length; i++) if (treeHolds(items[i], c, ctx)) return true;
  return false;
}

/** Counts and shares (a share of members is rarely a whole number): equal to 1/10000. */
export function compare(a: number, op: Op, b: number): boolean {
  return compareWhole(Math.round(a * 10000), op, Math.round(b * 10000));
}

/**
 * Points against a threshold, exactly: totals are exact sums of 10⁻⁸ point (score.ts), and
 * 69,99996 does not reach 70, as Excel's own =A1>=70 says.
 */
export function comparePoints(a: number, op: Op, b: number): boolean {
  return compareWhole(toUnits(a), op, toUnits(b));
}

function compareWhole(x: number, op: Op, y: number): boolean {
  switch (op) {
    case '>=':
      return x >= y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    case '<':
      return x < y;
    case '=':
      return x === y;
  }
}

/** What the evaluator needs to know beyond the candidate. */
export interface EvalContext {
  lang: Lang;
  year: number | null;
  score(c: Candidate): ScoreBreakdown;
  hasTitle(c: Candidate, titleKey: string): boolean;
  members(c: Candidate): Candidate[];
  /** Years (not thematic) in which the person holds the title, or null when no date of birth. */
  titleYears(c: Candidate, titleKey: string): Set<number> | null;
  /** Where explanations already worded in this run are found by id (absent: each one worded). */
  wording?: WordingIds;
}

/** Days off that count against a title: maternity leave is not counted (domain.md §4, [R]). */
export function countedDaysOff(c: Candidate): number {
  return Math.max(0, (c.daysOff ?? 0) - (c.maternityDays ?? 0));
}

export function disciplineAtLeast(d: DisciplineReading, level: number): boolean {
  if (d.kind === 'none') return false;
  if (d.kind === 'unknown') return true; // conservative: an unreadable measure blocks until clarified
  if (d.kind === 'pending') return true; // nothing is proposed while the matter is open (PENDING_BASIS)
  return d.level >= level;
}

/** Whether a condition holds: the verdict alone, allocating nothing (run for every candidate × title). */
export function holds(cond: Condition, c: Candidate, ctx: EvalContext): boolean {
  switch (cond.type) {
    case 'noDiscipline':
      return !disciplineAtLeast(c.discipline, cond.fromLevel);
    case 'initiatives':
      return compare(c.initiatives, cond.op, cond.value);
    case 'research':
      return compare(c.researchTopics ?? 0, cond.op, cond.value);
    case 'daysOff':
      return c.daysOff === null || compare(countedDaysOff(c), cond.op, cond.value);
    case 'monthsWorked':
      return c.monthsWorked === null || compare(c.monthsWorked, cond.op, cond.value);
    case 'hasTitle':
      return ctx.hasTitle(c, cond.titleKey) !== cond.negate;
    case 'rating':
      return ratingAtLeast(c.rating, cond.rating);
    case 'totalScore':
      return comparePoints(ctx.score(c).total, cond.op, cond.value);
    case 'criterion':
      return comparePoints(ctx.score(c).contribution.get(cond.code) ?? 0, cond.op, cond.value);
    case 'consecutive': {
      if (ctx.year === null) return false;
      const years = ctx.titleYears(c, cond.titleKey);
      if (years === null) return false;
      for (let y = ctx.year - cond.years; y < ctx.year; y++) if (!years.has(y)) return false;
      return true;
    }
    case 'memberShareTitle':
    case 'memberShareRating': {
      const share = memberShare(cond, c, ctx);
      return share !== null && compare(share.pct, cond.op, cond.percent);
    }
    case 'hasMember':
      return c.kind === 'collective' && membersWithTitle(cond.titleKey, c, ctx).length > 0;
    case 'noMemberDiscipline':
      return c.kind === 'collective' && membersDisciplined(cond.fromLevel, c, ctx).length === 0;
  }
}

/** A collective's members meeting a share condition, with their share in %; null: not a collective or no members. */
export function memberShare(
  cond: Extract<Condition, { type: 'memberShareTitle' | 'memberShareRating' }>,
  c: Candidate,
  ctx: EvalContext,
): { count: number; of: number; pct: number } | null {
  if (c.kind !== 'collective') return null;
  const members = ctx.members(c);
  if (members.length === 0) return null;
  const count =
    cond.type === 'memberShareTitle'
      ? members.filter((m) => ctx.hasTitle(m, cond.titleKey)).length
      : members.filter((m) => ratingAtLeast(m.rating, cond.rating)).length;
  return { count, of: members.length, pct: (count * 100) / members.length };
}

export function membersWithTitle(titleKey: string, c: Candidate, ctx: EvalContext): Candidate[] {
  return ctx.members(c).filter((m) => ctx.hasTitle(m, titleKey));
}

export function membersDisciplined(fromLevel: number, c: Candidate, ctx: EvalContext): Candidate[] {
  return ctx.members(c).filter((m) => disciplineAtLeast(m.discipline, fromLevel));
}
