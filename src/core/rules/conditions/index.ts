/**
 * The condition grammar of `Danh hiệu` → Điều kiện in three parts: parse.ts reads the text into a
 * tree (model/conditions.ts), verdict.ts decides whether it holds for a candidate, wording.ts says
 * why; ids.ts lets equal wordings be made once per run.
 */
export { canonical, parseConditions } from './parse';
export type { ParseContext, ParseResult } from './parse';
export { compare, comparePoints, holds, treeHolds } from './verdict';
export type { EvalContext } from './verdict';
export { WordingIds, PROFILE, factId, factKey, treeId } from './ids';
export { check, evaluate, judge, treeChecks } from './wording';
// The tree's shapes live on the ground floor (model); named here too for readers of the grammar.
export type { Condition, ConditionTree, Op } from '../../model';
