/** The annual quality rating, best first: HTXSNV > HTTNV > HTNV > KHTNV (domain.md §3). */
export type RatingCode = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV';

/**
 * What a `Kỷ luật` cell says: nothing, a known measure, a matter still pending (discipline being
 * considered, an investigation, a complaint), or a text we cannot place on the scale.
 */
export type DisciplineReading =
  | { readonly kind: 'none' }
  | { readonly kind: 'level'; readonly level: number; readonly text: string }
  | { readonly kind: 'pending'; readonly text: string }
  | { readonly kind: 'unknown'; readonly text: string };
