import type { Lang } from '../model';

/** Values put into a text's `{name}` blanks. */
export type Params = Readonly<Record<string, string | number>>;

const BRAND = Symbol.for('thidua.words');

/**
 * One area's texts in both languages. Both tables have the same keys (the type says so) and every
 * text the same `{name}` blanks in both languages (test/unit/core/i18n/catalogues.test.ts checks
 * every catalogue in src), so a text is worded where it is shown, in the language shown.
 */
export interface Words<K extends string> {
  readonly area: string;
  readonly vi: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
  readonly [BRAND]: true;
}

export function defineWords<K extends string>(area: string, vi: Record<K, string>, en: Record<NoInfer<K>, string>): Words<K> {
  return { area, vi, en, [BRAND]: true };
}

export function isWords(x: unknown): x is Words<string> {
  return typeof x === 'object' && x !== null && (x as { [BRAND]?: unknown })[BRAND] === true;
}

/** `{name}` blanks filled from params; a blank with no value stays as it is, visibly. */
export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] === undefined ? `{${k}}` : String(params[k])));
}

/** The one way a text is worded: the area's catalogue, the language shown, the parameters. */
export function t<K extends string>(words: Words<K>, lang: Lang, key: K, params?: Params): string {
  return fill(lang === 'en' ? words.en[key] : words.vi[key], params);
}

/** The `{name}` blanks of a text, sorted (the catalogue test compares them across languages). */
export function blanksOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}
