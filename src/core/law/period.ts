/**
 * The law's data carry their certainty and the period they are in force. Tags as in the team's
 * rules document (docs/rules-in-force.md): [C] confirmed in a published text in force; [C-old]
 * confirmed only for a text no longer in force; [R] common practice, not found in a current text;
 * [U] unclear, a setting.
 */
export type Tag = 'C' | 'C-old' | 'R' | 'U';

export interface Period {
  /** First day in force (ISO yyyy-mm-dd); null: from before anything this product models. */
  from: string | null;
  /** Last day in force; null: still in force. */
  to: string | null;
}

/** One entry of the law's data: its period, the text it rests on, and how sure that is. */
export interface LawEntry extends Period {
  basis: string;
  tag: Tag;
}

/** Whether a period covers a day (ISO dates compare as text). */
export function inForce(p: Period, dateIso: string): boolean {
  return (p.from === null || p.from <= dateIso) && (p.to === null || dateIso <= p.to);
}

/** The entry of a list in force on a day: the latest that covers it. */
export function entryOn<T extends Period>(list: readonly T[], dateIso: string): T | null {
  let best: T | null = null;
  for (const e of list) if (inForce(e, dateIso) && (best === null || (e.from ?? '') >= (best.from ?? ''))) best = e;
  return best;
}

/** dd/mm/yyyy, as dates are written on Vietnamese documents. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The day before an ISO date (a text's last day is the day before its successor starts). */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The basis with its tag, as written in a `Căn cứ` cell: "NĐ 152/2025/NĐ-CP, Điều 4 khoản 6 [C]". */
export function withTag(e: { basis: string; tag: Tag }): string {
  return `${e.basis} [${e.tag}]`;
}
