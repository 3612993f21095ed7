import { Candidate } from '../../model';
import { fold } from '../../text/normalize';
import { Inputs } from './types';

/**
 * The law's own tie-break step, after the campaign's chain and before the council: Decree 152/2025
 * Art. 4(6), "khi có nhiều cá nhân, tập thể cùng đủ điều kiện, tiêu chuẩn thì lựa chọn cá nhân nữ
 * hoặc tập thể có tỷ lệ nữ từ 70% trở lên". Individuals by their `Giới tính` cell; collectives by
 * the share of women among their members. A gender not written cannot separate anyone: it is never
 * guessed from a name.
 */
export type WomenStep =
  | { kind: 'off' }
  /** Women (or ≥ 70%-women collectives) first; the others after them. */
  | { kind: 'separated'; first: Candidate[]; others: Candidate[] }
  /** Everyone on the same side: nothing to separate. */
  | { kind: 'same' }
  /** Someone's side is unknown (no gender written): the step cannot separate. */
  | { kind: 'missing'; names: string[] };

/** Share of women a collective needs (Decree 152/2025 Art. 4(6)). */
export const WOMEN_SHARE = 70;

/** 1: woman, 0: man, null: not written or not readable. */
export function isWoman(gender: string | null | undefined): 1 | 0 | null {
  if (!gender) return null;
  const k = fold(gender).trim();
  if (k === 'nu' || k === 'female' || k === 'f') return 1;
  if (k === 'nam' || k === 'male' || k === 'm') return 0;
  return null;
}

const membersOf = new WeakMap<Inputs, Map<string, Candidate[]>>();

function members(inp: Inputs, c: Candidate): Candidate[] {
  let m = membersOf.get(inp);
  if (!m) {
    m = new Map();
    for (const x of inp.candidates) {
      if (x.kind !== 'individual') continue;
      const list = m.get(x.unitKey);
      if (list) list.push(x);
      else m.set(x.unitKey, [x]);
    }
    membersOf.set(inp, m);
  }
  return m.get(c.unitKey) ?? [];
}

/**
 * A collective is on the women's side when its women are ≥ 70% of its members whatever the
 * unwritten genders are, on the other side when they cannot reach it, unknown otherwise (or with no members).
 */
export function collectiveSide(inp: Inputs, c: Candidate): 1 | 0 | null {
  const list = members(inp, c);
  if (list.length === 0) return null;
  let women = 0;
  let unknown = 0;
  for (const m of list) {
    const w = isWoman(m.gender);
    if (w === 1) women++;
    else if (w === null) unknown++;
  }
  if (women * 100 >= WOMEN_SHARE * list.length) return 1;
  if ((women + unknown) * 100 < WOMEN_SHARE * list.length) return 0;
  return null;
}

export function womenSide(inp: Inputs, c: Candidate): 1 | 0 | null {
  return c.kind === 'individual' ? isWoman(c.gender) : collectiveSide(inp, c);
}

/** The step on a group tied across a quota boundary. */
export function womenFirst(inp: Inputs, group: readonly Candidate[]): WomenStep {
  if (!inp.law?.options.womenFirst.on) return { kind: 'off' };
  const sides = group.map((c) => womenSide(inp, c));
  const missing = group.filter((_, k) => sides[k] === null);
  if (missing.length > 0) return { kind: 'missing', names: missing.map((c) => c.name) };
  const first = group.filter((_, k) => sides[k] === 1);
  if (first.length === 0 || first.length === group.length) return { kind: 'same' };
  return { kind: 'separated', first, others: group.filter((_, k) => sides[k] === 0) };
}
