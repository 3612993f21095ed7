import type { Lang, ParamValue, Params, Phrase } from '../model';

export type { ParamValue, Params, Phrase };

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

/** Every catalogue by area, for phrases (which name their area) and for the completeness test. */
const AREAS = new Map<string, Words<string>>();

export function defineWords<K extends string>(area: string, vi: Record<K, string>, en: Record<NoInfer<K>, string>): Words<K> {
  if (AREAS.has(area)) throw new Error(`two catalogues named ${area}`);
  const w: Words<K> = { area, vi, en, [BRAND]: true };
  AREAS.set(area, w as Words<string>);
  return w;
}

export function isWords(x: unknown): x is Words<string> {
  return typeof x === 'object' && x !== null && (x as { [BRAND]?: unknown })[BRAND] === true;
}

/** The catalogues loaded so far (a test loads every module of src first). */
export function catalogues(): readonly Words<string>[] {
  return [...AREAS.values()];
}

/** A part of a text to be worded later, in whatever language the whole is shown in. */
export function phrase<K extends string>(words: Words<K>, key: K, params?: Params): Phrase {
  return params ? { area: words.area, key, params } : { area: words.area, key };
}

function isPhrase(v: ParamValue): v is Phrase {
  return typeof v === 'object';
}

function value(v: ParamValue, lang: Lang): string {
  if (!isPhrase(v)) return String(v);
  const w = AREAS.get(v.area);
  const text = w?.[lang][v.key];
  return text === undefined ? `{${v.area}.${v.key}}` : fill(text, v.params, lang);
}

/** `{name}` blanks filled from params; a blank with no value stays as it is, visibly. */
export function fill(template: string, params?: Params, lang: Lang = 'vi'): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] === undefined ? `{${k}}` : value(params[k], lang)));
}

/** The one way a text is worded: the area's catalogue, the language shown, the parameters. */
export function t<K extends string>(words: Words<K>, lang: Lang, key: K, params?: Params): string {
  return fill(lang === 'en' ? words.en[key] : words.vi[key], params, lang);
}

/** The `{name}` blanks of a text, sorted (the catalogue test compares them across languages). */
export function blanksOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}
