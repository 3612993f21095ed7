/**
 * Every text of the product is in a catalogue with both languages, checked complete when it loads:
 * the findings table (i18n/findings.ts) and every `defineWords` catalogue in src. Each text has the
 * same `{name}` blanks in Vietnamese and English, so a finding or a sheet worded in either language
 * says the same thing with the same values.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FINDINGS, FindingText } from '../../../../src/core/i18n/findings';
import { blanksOf, catalogues, defineWords, fill, phrase, t } from '../../../../src/core/i18n/words';

const SRC = join(__dirname, '..', '..', '..', '..', 'src');

/** Every module of the core, the CLI and the hosts (the pane's own catalogues load with its tests). */
function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return modules(p);
    return /\.ts$/.test(n) && !n.endsWith('.d.ts') && !n.includes('worker') ? [p] : [];
  });
}

beforeAll(() => {
  for (const dir of ['core', 'cli', 'host/file', 'xlsx']) for (const m of modules(join(SRC, dir))) require(m);
});

describe('the findings table', () => {
  const entries = Object.entries(FINDINGS) as [string, FindingText][];

  test.each(entries)('%s: both languages, the same blanks in the message and in the fix', (_code, f) => {
    for (const text of [f.vi, f.en, f.fixVi, f.fixEn, f.kindVi, f.kindEn]) expect(text.trim()).not.toBe('');
    expect(blanksOf(f.en)).toEqual(blanksOf(f.vi));
    expect(blanksOf(f.fixEn)).toEqual(blanksOf(f.fixVi));
    // The kind names a group of findings: no blanks, no final full stop.
    expect(blanksOf(f.kindVi).concat(blanksOf(f.kindEn))).toEqual([]);
  });
});

describe('every catalogue made with defineWords', () => {
  test('the catalogues of the core, the CLI and the hosts are loaded', () => {
    expect(catalogues().length).toBeGreaterThan(0);
    expect(catalogues().map((c) => c.area)).toContain('rules.conditions');
  });

  test('each text exists in both languages with the same blanks', () => {
    const problems: string[] = [];
    for (const w of catalogues()) {
      const keys = new Set([...Object.keys(w.vi), ...Object.keys(w.en)]);
      for (const k of keys) {
        const vi = (w.vi as Record<string, string | undefined>)[k];
        const en = (w.en as Record<string, string | undefined>)[k];
        if (vi === undefined || en === undefined || vi.trim() === '' || en.trim() === '') problems.push(`${w.area}.${k}: a language is missing`);
        else if (blanksOf(vi).join() !== blanksOf(en).join()) problems.push(`${w.area}.${k}: blanks ${blanksOf(vi)} vs ${blanksOf(en)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('the check is real: a catalogue whose English lacks a blank is reported', () => {
    const w = defineWords('test.broken', { a: 'Ô {cell} sai' }, { a: 'Cell is wrong' });
    expect(blanksOf(w.vi.a)).not.toEqual(blanksOf(w.en.a));
  });
});

describe('wording from data', () => {
  const W = defineWords('test.words', { late: 'nộp muộn {days} ngày', why: 'Lý do: {reason}.' }, { late: '{days} days late', why: 'Reason: {reason}.' });

  test('a phrase inside a text is worded in the language the whole is shown in', () => {
    const params = { reason: phrase(W, 'late', { days: 3 }) };
    expect(t(W, 'vi', 'why', params)).toBe('Lý do: nộp muộn 3 ngày.');
    expect(t(W, 'en', 'why', params)).toBe('Reason: 3 days late.');
    // Plain data: it survives a copy across the pane's worker.
    expect(t(W, 'en', 'why', structuredClone(params))).toBe('Reason: 3 days late.');
  });

  test('a blank without a value stays visible, never silently empty', () => {
    expect(fill('Ô {cell} thiếu {what}', { cell: 'B7' })).toBe('Ô B7 thiếu {what}');
  });

  test('the sources are what this test loaded', () => {
    expect(modules(join(SRC, 'core')).map((m) => relative(SRC, m))).toContain(join('core', 'i18n', 'words.ts'));
  });
});
