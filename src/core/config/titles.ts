import { CellValue, SPECIAL_STRIDE, SheetGrid, cellText, isBlank, specialCells } from '../../sheet/grid';
import { CriteriaTree, QuotaBase, Scope, TitleRule, VoteRule } from '../model';
import { defaultVoteRule } from '../law/votes';
import { FindingLog } from '../findings/log';
import { cleanText, fold, initials } from '../text/normalize';
import { parseNumber } from '../text/numbers';
import { parseRating } from '../rules/levels';
import { parseConditions } from '../rules/conditions';
import { ColumnSpec, openTable } from './table';
import { parseSubject } from './campaign';
import { phrase } from '../i18n/words';
import { TITLES_WORDS } from './titles.words';

const SPECS: ColumnSpec[] = [
  {
    id: 'name',
    label: 'Danh hiệu / hình thức',
    aliases: ['danh hieu hinh thuc', 'danh hieu', 'hinh thuc', 'hinh thuc khen thuong', 'ten danh hieu', 'danh hieu hinh thuc khen thuong'],
  },
  { id: 'subject', label: 'Đối tượng', aliases: ['doi tuong'] },
  { id: 'minScore', label: 'Điểm tối thiểu', aliases: ['diem toi thieu', 'diem toi thieu dat'] },
  { id: 'minRating', label: 'Xếp loại tối thiểu', aliases: ['xep loai toi thieu', 'xep loai'] },
  { id: 'conditions', label: 'Điều kiện', aliases: ['dieu kien', 'dieu kien khac', 'tieu chuan'] },
  { id: 'percent', label: 'Tỷ lệ tối đa (%)', aliases: ['ty le toi da', 'ty le toi da %', 'ty le', 'ty le %'] },
  { id: 'base', label: 'Tính trên', aliases: ['tinh tren', 'co so tinh ty le', 'tinh tren so'] },
  { id: 'maxCount', label: 'Số lượng tối đa', aliases: ['so luong toi da', 'so luong'] },
  { id: 'scope', label: 'Phạm vi', aliases: ['pham vi', 'pham vi xet'] },
  {
    id: 'voteMin',
    label: 'Tỷ lệ phiếu tối thiểu (%)',
    aliases: ['ty le phieu toi thieu', 'ty le phieu dong y toi thieu', 'ty le phieu', 'ty le phieu bau', 'phieu toi thieu', 'ty le phieu dong y'],
  },
  { id: 'voteBase', label: 'Phiếu tính trên', aliases: ['phieu tinh tren', 'ty le phieu tinh tren', 'tinh phieu tren', 'tinh tren so phieu'] },
  { id: 'basis', label: 'Căn cứ', aliases: ['can cu', 'can cu phap ly', 'co so phap ly'] },
];

export function titleKey(name: string): string {
  return fold(name);
}

export function parseScope(text: string): Scope | null {
  const k = fold(text);
  if (k === '') return 'all';
  if (k.startsWith('don vi') || k.startsWith('phong')) return 'unit';
  if (k.startsWith('khoi') || k.startsWith('cum')) return 'block';
  if (k.startsWith('toan') || k.startsWith('co quan') || k.startsWith('tat ca')) return 'all';
  return null;
}

/** `decisionDate` picks the law's vote for a title when the sheet has no vote column. */
export function readTitles(grid: SheetGrid, criteria: CriteriaTree | null, log: FindingLog, decisionDate?: string): TitleRule[] {
  const sheet = grid.name;
  const table = openTable(grid, SPECS, ['name', 'subject'], log);
  if (!table) return [];
  const { headerRow, cols, get, at } = table;

  const allNames: string[] = [];
  for (let r = headerRow + 1; r < grid.rows.length; r++) if (!isBlank(get(r, 'name'))) allNames.push(cleanText(cellText(get(r, 'name'))));

  // Cells the reader says are shown as percentages (Excel keeps 0,5 for "50%").
  const percentCells = specialCells(grid, ['percent']);
  const isPercent = (r: number, id: string) => percentCells?.has(r * SPECIAL_STRIDE + (cols.get(id) ?? -1)) ?? false;

  const rules: TitleRule[] = [];
  const emptyCriteria = { all: [], byCode: new Map(), leaves: [], roots: [] };
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    if (isBlank(get(r, 'name'))) continue;
    const name = cleanText(cellText(get(r, 'name')));
    // A note written under the table: a long text alone on its row.
    if (name.length > 60 && [...cols.keys()].every((id) => id === 'name' || isBlank(get(r, id)))) continue;
    const key = titleKey(name);
    if (rules.some((x) => x.key === key)) {
      log.add('TITLE_DUPLICATE', { title: name }, at(r, 'name'));
      continue;
    }
    let usable = true;
    const subject = parseSubject(cellText(get(r, 'subject')));
    if (!subject) {
      log.add('CONFIG_BAD_VALUE', { label: `Đối tượng (${name})`, value: cellText(get(r, 'subject')), allowed: 'Cá nhân, Tập thể' }, at(r, 'subject'));
      usable = false;
    }
    const num = (id: string, label: string): number | null => {
      const p = parseNumber(get(r, id));
      if (p.kind === 'number') return p.value;
      if (p.kind === 'invalid') {
        log.add('CONFIG_BAD_NUMBER', { label: `${label} (${name})`, value: p.text }, at(r, id));
        usable = false;
      }
      return null;
    };
    const minScore = num('minScore', 'Điểm tối thiểu');
    // A share as the user sees it: a cell formatted as a percentage, or text "40%", says so itself.
    const share = readShare(get(r, 'percent'), isPercent(r, 'percent'));
    let quotaPercent: number | null = null;
    if (share.kind === 'invalid') {
      log.add('CONFIG_BAD_NUMBER', { label: `Tỷ lệ tối đa (${name})`, value: share.text }, at(r, 'percent'));
      usable = false;
    } else if (share.kind === 'share') {
      quotaPercent = share.value;
      if (share.unclear)
        log.add(
          'TITLE_SHARE_UNCLEAR',
          { label: 'Tỷ lệ tối đa (%)', title: name, value: shareText(share.value, log.lang), other: shareText(share.value * 100, log.lang) },
          at(r, 'percent'),
        );
    }
    let maxCount = num('maxCount', 'Số lượng tối đa');
    // A quota outside its range cannot be guessed at (1000% once gave a title to 12 of 11 people):
    // the quota is dropped and the title proposed for nobody until the cell is fixed.
    if (quotaPercent !== null && (quotaPercent < 0 || quotaPercent > 100)) {
      log.add(
        'TITLE_BAD_QUOTA',
        {
          label: 'Tỷ lệ tối đa (%)',
          title: name,
          value: share.kind === 'share' ? share.shown : '',
          reason: phrase(TITLES_WORDS, 'shareRange'),
          allowed: phrase(TITLES_WORDS, 'shareAllowed'),
        },
        at(r, 'percent'),
      );
      quotaPercent = null;
      usable = false;
    }
    if (maxCount !== null && (maxCount < 0 || !Number.isInteger(maxCount))) {
      log.add(
        'TITLE_BAD_QUOTA',
        {
          label: 'Số lượng tối đa',
          title: name,
          value: cellText(get(r, 'maxCount')),
          reason: phrase(TITLES_WORDS, 'placesWhole'),
          allowed: phrase(TITLES_WORDS, 'placesAllowed'),
        },
        at(r, 'maxCount'),
      );
      maxCount = null;
      usable = false;
    }

    let minRating = null;
    const ratingText = cellText(get(r, 'minRating')).trim();
    if (ratingText) {
      minRating = parseRating(ratingText.replace(/tr[ởơo] l[êe]n/gi, ''));
      if (!minRating) {
        log.add('RATING_INVALID', { value: ratingText }, at(r, 'minRating'));
        usable = false;
      }
    }

    let scope = parseScope(cellText(get(r, 'scope')));
    if (!scope) {
      log.add('CONFIG_BAD_VALUE', { label: `Phạm vi (${name})`, value: cellText(get(r, 'scope')), allowed: 'Đơn vị, Khối, Toàn bộ' }, at(r, 'scope'));
      scope = 'all';
      usable = false;
    }

    let quotaBase: QuotaBase | null = null;
    const baseText = cleanText(cellText(get(r, 'base')));
    if (baseText) {
      const bk = fold(baseText);
      const above = rules.find((x) => x.key === bk || x.aliases.includes(bk.replace(/[^a-z0-9]/g, '')));
      if (/^(tong )?so (lao dong|nguoi|can bo)|bien che|headcount/.test(bk)) quotaBase = { kind: 'headcount' };
      else if (/^so (ung vien|nguoi duoc cham|nguoi tham gia)/.test(bk)) quotaBase = { kind: 'candidates' };
      else if (above) quotaBase = { kind: 'title', name: above.name, key: above.key };
      else {
        log.add('TITLE_BAD_BASE', { title: name, value: baseText }, at(r, 'base'));
        usable = false;
      }
    } else if (quotaPercent !== null) quotaBase = { kind: 'headcount' };

    // Line breaks are kept for the grammar (one alternative per line); the display text is one line.
    const rawConditions = cellText(get(r, 'conditions'));
    const conditionText = cleanText(rawConditions.replace(/\r?\n/g, '; '));
    const parsed = parseConditions(rawConditions, { titlesAbove: rules, allTitleNames: allNames, criteria: criteria ?? emptyCriteria });
    if (!parsed.ok) {
      log.add('TITLE_BAD_CONDITION', { value: parsed.text, title: name, reason: log.lang === 'vi' ? parsed.reason.vi : parsed.reason.en }, at(r, 'conditions'));
      usable = false;
    }

    let vote: VoteRule | null = null;
    if (!cols.has('voteMin')) vote = defaultVoteRule(name, decisionDate);
    else {
      // The vote share read as shown too: 0,9 formatted as a percentage is "90".
      const voteCell = get(r, 'voteMin');
      const voteShare = typeof voteCell === 'number' ? readShare(voteCell, isPercent(r, 'voteMin')) : null;
      if (voteShare?.kind === 'share' && voteShare.unclear)
        log.add(
          'TITLE_SHARE_UNCLEAR',
          { label: 'Tỷ lệ phiếu tối thiểu (%)', title: name, value: shareText(voteShare.value, log.lang), other: shareText(voteShare.value * 100, log.lang) },
          at(r, 'voteMin'),
        );
      const v = readVoteRule(
        voteShare?.kind === 'share' ? String(voteShare.value) : cellText(voteCell),
        cellText(get(r, 'voteBase')),
        cleanText(cellText(get(r, 'basis'))),
      );
      if ('error' in v) {
        log.add(
          'TITLE_BAD_VOTE_RULE',
          {
            label: v.label,
            title: name,
            value: v.value,
            reason: log.lang === 'vi' ? v.error.vi : v.error.en,
            allowed: log.lang === 'vi' ? v.allowed.vi : v.allowed.en,
          },
          at(r, v.col),
        );
        usable = false;
      } else vote = v.rule;
    }

    rules.push({
      name,
      key,
      aliases: [initials(name)],
      subject: subject ?? 'individual',
      minScore,
      minRating,
      conditionText,
      conditions: parsed.ok ? parsed.conditions : [],
      conditionTree: parsed.ok ? parsed.tree : null,
      usable,
      quotaPercent,
      quotaBase,
      maxCount,
      scope,
      vote,
      legalBasis: cleanText(cellText(get(r, 'basis'))),
      order: rules.length,
      ref: at(r, 'name'),
      conditionRef: at(r, 'conditions'),
      cells: { percent: at(r, 'percent'), voteMin: at(r, 'voteMin'), basis: at(r, 'basis') },
    });
  }
  if (rules.length === 0) log.add('TITLES_EMPTY', {}, { sheet, row: headerRow, col: 0 });
  return rules;
}

/** A share as typed, without binary noise (0,07 × 100 is 7.000000000000001), with the decimal comma in Vietnamese. */
function shareText(x: number, lang: 'vi' | 'en'): string {
  const s = String(Math.round(x * 1e8) / 1e8);
  return lang === 'vi' ? s.replace('.', ',') : s;
}

type ShareRead = { kind: 'blank' } | { kind: 'invalid'; text: string } | { kind: 'share'; value: number; shown: string; unclear: boolean };

/**
 * A cell of a percentage column (`Tỷ lệ tối đa (%)`), read as the user sees it:
 * - formatted as a percentage: the number shown (Excel stores 0,5 for "50%": 50);
 * - text with a % sign ("40%", "12,5 %"): that number;
 * - any other number is the percentage itself, as the header says (50 is 50%); one strictly between
 *   0 and 1 with no % (0,5) may have been meant as a fraction (50%): it is read as shown, 0,5%,
 *   and `unclear` asks for a warning on the cell rather than a silent guess either way.
 */
export function readShare(v: CellValue, percentFormatted: boolean): ShareRead {
  if (typeof v === 'number' && Number.isFinite(v) && percentFormatted) {
    // v × 100 without binary noise (0,07 × 100 is 7.000000000000001).
    const value = Math.round(v * 1e10) / 1e8;
    return { kind: 'share', value, shown: `${value}%`, unclear: false };
  }
  if (typeof v === 'string') {
    const m = /^\s*(.*?)\s*[%％]\s*$/.exec(v);
    if (m) {
      const p = parseNumber(m[1]);
      return p.kind === 'number' ? { kind: 'share', value: p.value, shown: v.trim(), unclear: false } : { kind: 'invalid', text: v.trim() };
    }
  }
  const p = parseNumber(v);
  if (p.kind !== 'number') return p;
  return { kind: 'share', value: p.value, shown: `${cellText(v).trim()}%`, unclear: p.value > 0 && p.value < 1 };
}

type VoteRuleRead =
  | { rule: VoteRule | null }
  | { error: { vi: string; en: string }; allowed: { vi: string; en: string }; label: string; value: string; col: 'voteMin' | 'voteBase' };

/**
 * `Tỷ lệ phiếu tối thiểu (%)`: "90" or "≥ 90" (at least), "> 50" (more than), "quá bán" (> 50),
 * "2/3" (at least two thirds); blank: no minimum. `Phiếu tính trên`: "Tổng số thành viên"
 * (the default, as the old decree counted) or "Số có mặt".
 */
export function readVoteRule(minText: string, baseText: string, basis: string): VoteRuleRead {
  const min = fold(minText).replace(/\s+/g, ' ').trim();
  const allowedMin = {
    vi: 'một tỷ lệ từ 0 đến 100 (ví dụ "≥ 90", "> 50", "quá bán", "2/3"), hoặc để trống',
    en: 'a share from 0 to 100 (e.g. "≥ 90", "> 50", "quá bán", "2/3"), or blank',
  };
  if (min === '') return { rule: null };
  let op: VoteRule['op'] = '>=';
  let percent: number | null = null;
  let m: RegExpExecArray | null;
  if (/^qua ban( so)?/.test(min)) {
    op = '>';
    percent = 50;
  } else if ((m = /^(?:(>=|≥|=>|tu|>)\s*)?(\d+)\s*\/\s*(\d+)(?:\s*tro len)?$/.exec(min)) && Number(m[3]) > 0) {
    op = m[1] === '>' ? '>' : '>=';
    percent = (Number(m[2]) * 100) / Number(m[3]);
  } else if ((m = /^(>=|≥|=>|>|tu|tren)?\s*(\d+(?:[.,]\d+)?)\s*%?(?:\s*tro len)?$/.exec(min))) {
    op = m[1] === '>' || m[1] === 'tren' ? '>' : '>=';
    percent = Number(m[2].replace(',', '.'));
  }
  if (percent === null)
    return {
      error: { vi: 'không đọc được tỷ lệ phiếu', en: 'the share of votes cannot be read' },
      allowed: allowedMin,
      label: 'Tỷ lệ phiếu tối thiểu (%)',
      value: minText,
      col: 'voteMin',
    };
  if (percent < 0 || percent > 100)
    return {
      error: { vi: 'tỷ lệ phải từ 0 đến 100', en: 'a share must be from 0 to 100' },
      allowed: allowedMin,
      label: 'Tỷ lệ phiếu tối thiểu (%)',
      value: minText,
      col: 'voteMin',
    };
  const b = fold(baseText);
  let base: VoteRule['base'] = 'members';
  if (b === '' || /^(tong )?(so )?thanh vien( hoi dong)?$|^tong so$/.test(b)) base = 'members';
  else if (/co mat|du hop|tham du/.test(b)) base = 'present';
  else
    return {
      error: { vi: 'không rõ tính trên số nào', en: 'the base is not clear' },
      allowed: { vi: '"Tổng số thành viên" hoặc "Số có mặt"', en: '"Tổng số thành viên" or "Số có mặt"' },
      label: 'Phiếu tính trên',
      value: baseText,
      col: 'voteBase',
    };
  return { rule: { op, percent, base, source: 'sheet', basis } };
}
