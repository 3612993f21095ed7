/** Across files: the same person proposed by two agencies, one achievement for two forms. */
import { Lang } from '../../model';
import { t } from '../../i18n/words';
import { fold, matchKey } from '../../text/normalize';
import { isoToVi } from '../../text/numbers';
import { RowValues, UPWARD_SHEETS } from '../format';
import { isCommendation } from '../forms';
import { UpwardFinding, upwardFinding } from '../read';
import { text } from '../rows';
import { mark, push } from './proposals';
import { Item } from './types';
import { ROLLUP_WORDS } from './words';

function idKey(v: RowValues): string {
  return fold(text(v, 'personId')).replace(/[^a-z0-9]/g, '');
}

/**
 * The same person in two agencies' files, and one achievement for two forms. Rows are grouped by
 * name, then by identity (citizen or staff ID where both have one, else date of birth), so each
 * row is compared with its own cluster only; each row gets one finding naming the other side.
 */
export function findDuplicates(items: Item[], L: Lang, out: UpwardFinding[]): void {
  const agencyKey = new Map<Item, string>();
  for (const it of items) agencyKey.set(it, `${it.file}|${matchKey(text(it.v, 'agency'))}`);
  const clusters = new Map<string, Item[]>();
  const undated = new Map<string, Item[]>();
  for (const it of items) {
    const person = it.cand.kind === 'individual';
    if (!person) {
      // Collectives are told apart by their agency: every agency has a "Văn phòng".
      push(clusters, `c|${it.cand.nameKey}|${agencyKey.get(it)}`, it);
      continue;
    }
    const id = idKey(it.v);
    if (it.cand.dob) push(clusters, `p|${it.cand.nameKey}|${it.cand.dob}`, it);
    else if (id) push(clusters, `id|${id}`, it);
    else push(undated, it.cand.nameKey, it);
  }
  // Without a date of birth or an ID, a name alone cannot tell one person from two: warned.
  const byName = new Map<string, Item[]>();
  for (const list of clusters.values()) if (list[0].cand.kind === 'individual') push(byName, list[0].cand.nameKey, list[0]);
  for (const [name, list] of undated) {
    const pool = [...list, ...(byName.get(name) ?? [])];
    for (const x of list) {
      const y = pool.find((o) => o !== x && agencyKey.get(o) !== agencyKey.get(x));
      if (y)
        out.push(
          upwardFinding(
            'UPWARD_NAMESAKE',
            { name: x.cand.name, where: x.where, other: y.where },
            L,
            { file: x.file, sheet: UPWARD_SHEETS.data, row: x.read.sheetRow, col: 4 },
            { candidate: x.cand.name, unit: text(x.v, 'agency') },
          ),
        );
    }
  }
  for (const [key, list] of clusters) {
    if (list.length < 2) continue;
    const person = list[0].cand.kind === 'individual';
    const how =
      key.startsWith('id|') || (person && idKey(list[0].v))
        ? t(ROLLUP_WORDS, L, 'sameId', { id: text(list[0].v, 'personId') })
        : person
          ? t(ROLLUP_WORDS, L, 'sameNameDob', { dob: isoToVi(list[0].cand.dob ?? '') })
          : '';
    // Same name and date of birth but two different IDs: namesakes born the same day, kept apart.
    const same = (x: Item, o: Item) => !person || !idKey(x.v) || !idKey(o.v) || idKey(x.v) === idKey(o.v);
    // Per form, its rows: each row looks for a row of another form among a few forms, not all rows.
    const forms = new Map<string, Item[]>();
    for (const it of list) push(forms, fold(text(it.v, 'form')), it);
    const commendation = new Map([...forms.keys()].map((f) => [f, isCommendation(f)] as const));
    for (const x of list) {
      if (person) {
        const y = list.find((o) => agencyKey.get(o) !== agencyKey.get(x) && same(x, o));
        if (y) {
          out.push(
            upwardFinding(
              'UPWARD_DUPLICATE_PERSON',
              { name: x.cand.name, where: x.where, other: y.where, how },
              L,
              { file: x.file, sheet: UPWARD_SHEETS.data, row: x.read.sheetRow, col: 4 },
              { candidate: x.cand.name, unit: text(x.v, 'agency') },
            ),
          );
          mark(x, 'review', t(ROLLUP_WORDS, L, 'alsoProposed', { agency: text(y.v, 'agency'), where: y.where }));
        }
      }
      if (forms.size < 2) continue;
      const form = text(x.v, 'form');
      const fx = fold(form);
      let y: Item | undefined;
      for (const [f, rows] of forms) {
        if (f === fx || !(commendation.get(f) || commendation.get(fx))) continue;
        y = rows.find((o) => same(x, o));
        if (y) break;
      }
      if (y) {
        out.push(
          upwardFinding(
            'UPWARD_TWO_FORMS',
            { name: x.cand.name, form, where: x.where, other: text(y.v, 'form'), otherWhere: y.where },
            L,
            { file: x.file, sheet: UPWARD_SHEETS.data, row: x.read.sheetRow, col: 12 },
            { candidate: x.cand.name, unit: text(x.v, 'agency') },
          ),
        );
        mark(x, 'review', t(ROLLUP_WORDS, L, 'twoForms', { form: text(y.v, 'form') }));
      }
    }
  }
}
