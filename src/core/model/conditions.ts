import type { RatingCode } from './levels';

/** One condition of `Danh hiệu` → Điều kiện, as parsed (rules/conditions/parse.ts has the grammar). */
export type Op = '>=' | '>' | '<=' | '<' | '=';

export type Condition =
  | { type: 'noDiscipline'; fromLevel: number; text: string }
  | { type: 'initiatives'; op: Op; value: number; text: string }
  | { type: 'research'; op: Op; value: number; text: string }
  | { type: 'daysOff'; op: Op; value: number; text: string }
  | { type: 'monthsWorked'; op: Op; value: number; text: string }
  | { type: 'hasTitle'; titleKey: string; titleName: string; negate: boolean; text: string }
  | { type: 'consecutive'; years: number; titleKey: string; titleName: string; text: string }
  | { type: 'rating'; rating: RatingCode; text: string }
  | { type: 'totalScore'; op: Op; value: number; text: string }
  | { type: 'criterion'; code: string; op: Op; value: number; text: string }
  | { type: 'memberShareTitle'; titleKey: string; titleName: string; op: Op; percent: number; text: string }
  | { type: 'memberShareRating'; rating: RatingCode; op: Op; percent: number; text: string }
  | { type: 'hasMember'; titleKey: string; titleName: string; text: string }
  | { type: 'noMemberDiscipline'; fromLevel: number; text: string };

/**
 * A title's conditions as a tree: "và" / ";" / a new line join with and, "hoặc" with or (and binds
 * tighter, as officers read "A và B hoặc C"), parentheses group, and "một trong các điều kiện sau:"
 * opens a list of alternatives, one per line (bullets "-", "+", "•", "a)", "1." optional).
 */
export type ConditionTree =
  | { kind: 'leaf'; cond: Condition; text: string }
  | { kind: 'all'; items: ConditionTree[]; text: string }
  | { kind: 'any'; items: ConditionTree[]; text: string };
