import { cleanText, fold, initials } from '../text/normalize';
import { formatScore, formatScoreAgainst, toUnits } from '../text/numbers';
import { RATING_LEVELS, RatingCode, parseRating, ratingAtLeast, disciplineLevelByName, DISCIPLINE_LEVELS, DisciplineReading } from './levels';
import type { Candidate, CheckResult, CriteriaTree, Lang, ScoreBreakdown, TitleRule } from '../model';

/**
 * The condition grammar of `Danh hiệu` → Điều kiện. Conditions are joined by "và", ";" or a new
 * line, alternatives by "hoặc", grouped by parentheses, or listed one per line under "một trong
 * các điều kiện sau:" (see ConditionTree below); each condition is one of the forms below, written with or without diacritics, with ≥ ≤ or
 * >= <= (also "từ N trở lên", "dưới N"), and % in ASCII or full width:
 *
 *   không kỷ luật                         no disciplinary measure at all
 *   không kỷ luật từ <mức>                 nothing at <mức> or heavier (Khiển trách < Cảnh cáo < …)
 *   sáng kiến ≥ N                          recognised initiatives
 *   đề tài ≥ N                             accepted research topics (Law 06/2022 Art. 23 names them beside initiatives)
 *   nghỉ < N ngày                          days off work
 *   công tác ≥ N tháng                     months worked in the year (`Số tháng công tác`)
 *   đạt <danh hiệu> / không đạt <danh hiệu> a title on a row above is / is not proposed
 *   N năm liên tục <danh hiệu>             the history holds it for each of the N previous years
 *   xếp loại <mức> trở lên                 annual rating
 *   tổng điểm ≥ N                          final total
 *   <mã tiêu chí hoặc nhóm> ≥ N            a criterion's points or a group's subtotal ("Nhóm I ≥ 50", "1.1 ≥ 20")
 *   tỷ lệ thành viên <danh hiệu> ≥ N%       collectives: share of members proposed for a title
 *   tỷ lệ thành viên xếp loại <mức> trở lên ≥ N%
 *   có thành viên <danh hiệu>              collectives: at least one member proposed for it
 *   không có thành viên kỷ luật từ <mức>    collectives: no member disciplined at <mức> or heavier
 */

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

export interface Bilingual {
  vi: string;
  en: string;
}


export interface ParseContext {
  /** Titles on rows above the one being read. */
  titlesAbove: readonly TitleRule[];
  /** Every title in the sheet, to tell "below" from "unknown". */
  allTitleNames: readonly string[];
  criteria: CriteriaTree;
}

const OP = '(>=|<=|>|<|=)';
const NUM = '(\\d+(?:[.,]\\d+)?)';

/** Folded text with operators in ASCII and spaced, Vietnamese phrasings turned into operators. */
export function canonical(text: string): string {
  let s = fold(text)
    .replace(/[≥⩾]/g, '>=')
    .replace(/[≤⩽]/g, '<=')
    .replace(/[＞]/g, '>')
    .replace(/[＜]/g, '<')
    .replace(/[％]/g, '%')
    .replace(/=>/g, '>=')
    .replace(/=</g, '<=');
  // "từ 10 tháng trở lên", "từ 50% trở lên", "từ 1 trở lên": the unit stays after the number.
  s = s.replace(/\btu (\d+(?:[.,]\d+)?) ?(%|thang|ngay|diem)? ?tro len\b/g, (_, n: string, unit?: string) => `>= ${n}${unit ? (unit === '%' ? '%' : ` ${unit}`) : ''}`);
  s = s.replace(/\b(it nhat|toi thieu) (\d+(?:[.,]\d+)?)/g, '>= $2');
  s = s.replace(/\b(duoi|it hon) (\d+(?:[.,]\d+)?)/g, '< $2');
  s = s.replace(/\b(khong qua|toi da) (\d+(?:[.,]\d+)?)/g, '<= $2');
  s = s.replace(/\s*(>=|<=|>|<|=)\s*/g, ' $1 ');
  s = s.replace(/\s*%/g, '%');
  return s.replace(/\s+/g, ' ').trim();
}

function num(s: string): number {
  return Number(s.replace(',', '.'));
}

function findTitle(name: string, ctx: ParseContext): { rule: TitleRule } | { error: Bilingual } {
  const key = fold(name).replace(/^danh hieu /, '').trim();
  const matches = (t: { key: string; aliases: string[] }) => t.key === key || t.aliases.includes(key.replace(/[^a-z0-9]/g, ''));
  const above = ctx.titlesAbove.find(matches);
  if (above) return { rule: above };
  const anywhere = ctx.allTitleNames.some((n) => fold(n) === key || initials(n) === key.replace(/[^a-z0-9]/g, ''));
  if (anywhere)
    return {
      error: {
        vi: `danh hiệu "${name}" nằm ở dòng phía dưới; điều kiện chỉ được nêu danh hiệu ở dòng phía trên`,
        en: `title "${name}" is on a row below; a condition may only name a title on a row above`,
      },
    };
  return { error: { vi: `không có danh hiệu "${name}" trong sheet "Danh hiệu"`, en: `there is no title "${name}" in "Danh hiệu"` } };
}

function ratingOf(words: string): RatingCode | null {
  return parseRating(words.replace(/\btro len\b/, '').trim());
}

function parseOne(raw: string, ctx: ParseContext): Condition | Bilingual {
  const text = raw.trim();
  const s = canonical(text);
  let m: RegExpExecArray | null;

  if (/^khong (bi )?ky luat$/.test(s)) return { type: 'noDiscipline', fromLevel: 1, text };
  if ((m = /^khong (?:bi )?ky luat (?:tu |o )?(?:muc |hinh thuc )?(.+?)(?: tro len)?$/.exec(s))) {
    const d = disciplineLevelByName(m[1]);
    if (!d) return { vi: `không nhận ra mức kỷ luật "${m[1]}"`, en: `unknown disciplinary level "${m[1]}"` };
    return { type: 'noDiscipline', fromLevel: d.level, text };
  }
  if ((m = /^khong co thanh vien (?:bi )?ky luat(?: (?:tu |o )?(?:muc |hinh thuc )?(.+?))?(?: tro len)?$/.exec(s))) {
    if (!m[1]) return { type: 'noMemberDiscipline', fromLevel: 1, text };
    const d = disciplineLevelByName(m[1]);
    if (!d) return { vi: `không nhận ra mức kỷ luật "${m[1]}"`, en: `unknown disciplinary level "${m[1]}"` };
    return { type: 'noMemberDiscipline', fromLevel: d.level, text };
  }
  if ((m = new RegExp(`^(?:co )?(?:so )?sang kien(?: duoc cong nhan)? ${OP} ${NUM}$`).exec(s)))
    return { type: 'initiatives', op: m[1] as Op, value: num(m[2]), text };
  if ((m = new RegExp(`^(?:co )?(?:so )?(?:de tai|de tai khoa hoc|de tai nghien cuu|de an|cong trinh khoa hoc)(?: (?:khoa hoc|nghien cuu khoa hoc))?(?: duoc nghiem thu)? ${OP} ${NUM}$`).exec(s)))
    return { type: 'research', op: m[1] as Op, value: num(m[2]), text };
  if ((m = new RegExp(`^(?:so )?(?:ngay )?nghi(?: viec| lam)?(?: trong nam)? ${OP} ${NUM}(?: ngay)?$`).exec(s)))
    return { type: 'daysOff', op: m[1] as Op, value: num(m[2]), text };
  if ((m = new RegExp(`^(?:so thang |thoi gian )?(?:cong tac|lam viec)(?: trong nam)? ${OP} ${NUM}(?: thang)?$`).exec(s)))
    return { type: 'monthsWorked', op: m[1] as Op, value: num(m[2]), text };
  if ((m = /^(\d+) nam lien tuc (?:dat )?(?:danh hieu )?(.+)$/.exec(s))) {
    // The name as written (with its diacritics), for the explanation: the same words at the end of the text.
    const words = text.trim().split(/\s+/);
    const written = words.slice(Math.max(0, words.length - m[2].split(' ').length)).join(' ');
    const t = findTitleLoose(written, ctx);
    return { type: 'consecutive', years: Number(m[1]), titleKey: t.key, titleName: t.name, text };
  }
  if ((m = new RegExp(`^ty le thanh vien (?:duoc )?xep loai (.+?) tro len ${OP} ${NUM}%?$`).exec(s))) {
    const r = ratingOf(m[1]);
    if (!r) return { vi: `không nhận ra mức xếp loại "${m[1]}"`, en: `unknown rating "${m[1]}"` };
    return { type: 'memberShareRating', rating: r, op: m[2] as Op, percent: num(m[3]), text };
  }
  if ((m = new RegExp(`^ty le thanh vien (?:dat )?(?:danh hieu )?(.+?) ${OP} ${NUM}%?$`).exec(s))) {
    const t = findTitle(m[1], ctx);
    if ('error' in t) return t.error;
    return { type: 'memberShareTitle', titleKey: t.rule.key, titleName: t.rule.name, op: m[2] as Op, percent: num(m[3]), text };
  }
  if ((m = /^co (?:it nhat (?:1|mot) )?thanh vien (?:dat )?(?:danh hieu )?(.+)$/.exec(s))) {
    const t = findTitle(m[1], ctx);
    if ('error' in t) return t.error;
    return { type: 'hasMember', titleKey: t.rule.key, titleName: t.rule.name, text };
  }
  if ((m = /^khong dat (?:danh hieu )?(.+)$/.exec(s))) {
    const t = findTitle(m[1], ctx);
    if ('error' in t) return t.error;
    return { type: 'hasTitle', titleKey: t.rule.key, titleName: t.rule.name, negate: true, text };
  }
  if ((m = /^dat (?:danh hieu )?(.+)$/.exec(s))) {
    const t = findTitle(m[1], ctx);
    if ('error' in t) return t.error;
    return { type: 'hasTitle', titleKey: t.rule.key, titleName: t.rule.name, negate: false, text };
  }
  if ((m = /^(?:duoc )?xep loai (.+?)(?: tro len)?$/.exec(s))) {
    const r = ratingOf(m[1]);
    if (!r) return { vi: `không nhận ra mức xếp loại "${m[1]}"`, en: `unknown rating "${m[1]}"` };
    return { type: 'rating', rating: r, text };
  }
  if ((m = new RegExp(`^tong (?:so )?diem ${OP} ${NUM}$`).exec(s))) return { type: 'totalScore', op: m[1] as Op, value: num(m[2]), text };
  if ((m = new RegExp(`^(?:diem )?(?:nhom |tieu chi |tc |muc )?([a-z0-9.]+?)\\.? ${OP} ${NUM}$`).exec(s))) {
    const code = m[1];
    const c = ctx.criteria.all.find((x) => x.key === code);
    if (!c) return { vi: `không có tiêu chí hoặc nhóm mã "${code.toUpperCase()}" trong sheet "Tiêu chí"`, en: `no criterion or group "${code.toUpperCase()}" in "Tiêu chí"` };
    return { type: 'criterion', code: c.code, op: m[2] as Op, value: num(m[3]), text };
  }
  return {
    vi: 'không khớp mẫu điều kiện nào (xem danh sách mẫu trong hướng dẫn)',
    en: 'matches none of the condition forms (see the list in the guide)',
  };
}

/** History titles may be any award, not only rows of `Danh hiệu`: accept unknown names as written. */
function findTitleLoose(name: string, ctx: ParseContext): { key: string; name: string } {
  const t = findTitle(name, ctx);
  if ('rule' in t) return { key: t.rule.key, name: t.rule.name };
  const all = ctx.allTitleNames.find((n) => fold(n) === fold(name) || initials(n) === fold(name).replace(/[^a-z0-9]/g, ''));
  if (all) return { key: fold(all), name: all };
  return { key: fold(name), name: name.trim() };
}

/**
 * A title's conditions as a tree: "và" / ";" / a new line join with and, "hoặc" with or (and binds
 * tighter, as officers read "A và B hoặc C"), parentheses group, and "một trong các điều kiện sau:"
 * opens a list of alternatives, one per line (bullets "-", "+", "•", "a)", "1." optional).
 */
export type ConditionTree =
  | { kind: 'leaf'; cond: Condition; text: string }
  | { kind: 'all'; items: ConditionTree[]; text: string }
  | { kind: 'any'; items: ConditionTree[]; text: string };

export type ParseResult =
  | { ok: true; conditions: Condition[]; tree: ConditionTree | null }
  | { ok: false; text: string; reason: Bilingual };

type Tok =
  | { t: 'word'; text: string; fold: string; pos: number; end: number }
  | { t: '(' | ')' | ';' | 'nl' | 'bullet' | 'list'; pos: number; end: number };

/** "một trong các điều kiện sau", "đạt ít nhất một trong các tiêu chuẩn sau đây", "mot trong cac dieu kien sau". */
const LIST_INTRO = /^(?:(?:dat|co|dap ung) )?(?:it nhat )?(?:mot|1) trong (?:cac|nhung|so) (?:dieu kien|tieu chuan|truong hop|tieu chi)(?: sau(?: day)?)?$/;
const BULLET = /^(?:[-+•*–—·▪◦]|[a-zđ][).]|\d{1,2}[.)]|[ivx]{1,4}[.)])(?=\s)/i;

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let lineStart = true;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n') {
      out.push({ t: 'nl', pos: i, end: i + 1 });
      lineStart = true;
      i++;
      continue;
    }
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      const m = BULLET.exec(text.slice(i, i + 8));
      if (m) {
        out.push({ t: 'bullet', pos: i, end: i + m[0].length });
        i += m[0].length;
        continue;
      }
    }
    if (ch === '(' || ch === ')' || ch === ';') {
      out.push({ t: ch, pos: i, end: i + 1 });
      i++;
      continue;
    }
    // A word runs to the next space or bracket; a quoted name ("…", “…”) is one word, so a title
    // whose name holds "và" or "hoặc" can still be named.
    let j = i;
    if (ch === '"' || ch === '“') {
      const close = text.indexOf(ch === '"' ? '"' : '”', i + 1);
      j = close < 0 ? text.length : close + 1;
    } else while (j < text.length && !/[\s();]/.test(text[j])) j++;
    const w = text.slice(i, j);
    out.push({ t: 'word', text: w, fold: fold(w.replace(/:$/, '')), pos: i, end: j });
    i = j;
  }
  // The list intro as one token, with its colon.
  const merged: Tok[] = [];
  for (let k = 0; k < out.length; k++) {
    const tk = out[k];
    let taken = 0;
    if (tk.t === 'word')
      for (let n = 9; n >= 4 && taken === 0; n--) {
        const ws = out.slice(k, k + n);
        if (ws.length === n && ws.every((w) => w.t === 'word') && LIST_INTRO.test(ws.map((w) => (w as { fold: string }).fold).join(' '))) taken = n;
      }
    if (taken > 0) {
      merged.push({ t: 'list', pos: tk.pos, end: out[k + taken - 1].end });
      k += taken - 1;
      if (out[k + 1]?.t === 'word' && (out[k + 1] as { text: string }).text === ':') k++;
    } else merged.push(tk);
  }
  return merged;
}

const AND_WORDS = new Set(['va']);
const OR_WORDS = new Set(['hoac']);

type ListMode = false | 'lines' | 'sameLine';

class SyntaxError_ {
  constructor(readonly reason: Bilingual) {}
}

/** Recursive descent over the tokens; leaves are parsed by parseOne. */
class Parser {
  private k = 0;
  readonly leaves: Condition[] = [];

  constructor(
    private readonly text: string,
    private readonly toks: Tok[],
    private readonly ctx: ParseContext,
  ) {}

  private peek(): Tok | undefined {
    return this.toks[this.k];
  }

  private isOp(tk: Tok | undefined, set: Set<string>): boolean {
    return tk !== undefined && tk.t === 'word' && set.has(tk.fold);
  }

  private at(pos: number): string {
    return String(pos + 1);
  }

  private fail(vi: string, en: string): never {
    throw new SyntaxError_({ vi, en });
  }

  /** The whole cell. */
  parseAll(): ConditionTree | null {
    this.skipSeparators();
    if (this.k >= this.toks.length) return null;
    const tree = this.parseOr(false);
    const rest = this.peek();
    if (rest?.t === ')') this.fail(`dấu ")" ở ký tự ${this.at(rest.pos)} không có dấu "(" mở tương ứng`, `")" at character ${this.at(rest.pos)} has no matching "("`);
    if (rest) this.fail(`không đọc được từ ký tự ${this.at(rest.pos)}`, `cannot read from character ${this.at(rest.pos)}`);
    return tree;
  }

  private skipSeparators(): void {
    while (this.peek()?.t === 'nl' || this.peek()?.t === ';') this.k++;
  }

  /**
   * or-list of and-lists. In a list of alternatives one per line (`lines`), a new line ends the
   * alternative; on the intro's own line (`sameLine`), ";" does.
   */
  private parseOr(inList: ListMode): ConditionTree {
    const items = [this.parseAnd(inList)];
    while (this.isOp(this.peek(), OR_WORDS)) {
      const op = this.peek()!;
      this.k++;
      if (this.endsHere(inList)) this.fail(`"hoặc" ở ký tự ${this.at(op.pos)} không có điều kiện phía sau`, `"hoặc" at character ${this.at(op.pos)} has no condition after it`);
      items.push(this.parseAnd(inList));
    }
    return items.length === 1 ? items[0] : group('any', items);
  }

  private endsHere(inList: ListMode): boolean {
    const tk = this.peek();
    if (!tk) return true;
    if (tk.t === ')') return true;
    if (tk.t === 'nl' || tk.t === ';') return true;
    return inList !== false && tk.t === 'bullet';
  }

  /** Whether the token at `k` ends the current alternative of a list. */
  private endsAlternative(inList: ListMode): boolean {
    const tk = this.peek();
    if (inList === false || !tk) return false;
    if (tk.t === 'bullet' || tk.t === 'nl') return true;
    if (tk.t !== ';') return false;
    if (inList === 'sameLine') return true;
    // "a) xếp loại HTXSNV;" then a new line: the ";" closes the line, it joins nothing.
    const next = this.toks[this.k + 1];
    return !next || next.t === 'nl' || next.t === 'bullet' || next.t === ')';
  }

  private parseAnd(inList: ListMode): ConditionTree {
    const items = [this.parseAtom(inList)];
    for (;;) {
      const tk = this.peek();
      if (!tk) break;
      if (this.endsAlternative(inList)) break;
      if (this.isOp(tk, AND_WORDS) || tk.t === ';' || (tk.t === 'nl' && inList === false)) {
        this.k++;
        // Line breaks and ";" may repeat or end the cell; "và" must be followed by a condition.
        if (tk.t !== 'word') {
          while (this.peek()?.t === 'nl' || this.peek()?.t === ';' || (inList === false && this.peek()?.t === 'bullet')) this.k++;
          const next = this.peek();
          if (!next || next.t === ')') break;
        } else if (this.endsHere(inList)) this.fail(`"và" ở ký tự ${this.at(tk.pos)} không có điều kiện phía sau`, `"và" at character ${this.at(tk.pos)} has no condition after it`);
        if (this.isOp(this.peek(), OR_WORDS)) break;
        items.push(this.parseAtom(inList));
        continue;
      }
      break;
    }
    return items.length === 1 ? items[0] : group('all', items);
  }

  private parseAtom(inList: ListMode): ConditionTree {
    const tk = this.peek();
    if (!tk) this.fail('điều kiện bị bỏ dở ở cuối ô', 'the condition stops short at the end of the cell');
    if (tk.t === 'bullet' && inList === false) {
      this.k++;
      return this.parseAtom(inList);
    }
    if (tk.t === '(') {
      this.k++;
      while (this.peek()?.t === 'nl') this.k++;
      if (this.peek()?.t === ')') this.fail(`cặp ngoặc ở ký tự ${this.at(tk.pos)} không có điều kiện nào`, `the brackets at character ${this.at(tk.pos)} hold no condition`);
      const inner = this.parseOr(false);
      while (this.peek()?.t === 'nl') this.k++;
      if (this.peek()?.t !== ')') this.fail(`dấu "(" ở ký tự ${this.at(tk.pos)} không có dấu ")" đóng`, `"(" at character ${this.at(tk.pos)} is never closed`);
      this.k++;
      return inner;
    }
    if (tk.t === 'list') return this.parseList(tk);
    if (tk.t === ')') this.fail(`dấu ")" ở ký tự ${this.at(tk.pos)} không có dấu "(" mở tương ứng`, `")" at character ${this.at(tk.pos)} has no matching "("`);
    if (tk.t === 'word' && (OR_WORDS.has(tk.fold) || AND_WORDS.has(tk.fold)))
      this.fail(`"${tk.text}" ở ký tự ${this.at(tk.pos)} không có điều kiện phía trước`, `"${tk.text}" at character ${this.at(tk.pos)} has no condition before it`);
    if (tk.t !== 'word') this.fail(`thiếu điều kiện ở ký tự ${this.at(tk.pos)}`, `a condition is missing at character ${this.at(tk.pos)}`);
    return this.parseLeaf();
  }

  /** Words up to the next operator or bracket; a bracket right after a word is part of a name: "Bằng khen (cá nhân)". */
  private parseLeaf(): ConditionTree {
    const first = this.peek()!;
    let end = first.end;
    let depth = 0;
    for (;;) {
      const tk = this.peek();
      if (!tk) break;
      if (depth === 0 && (tk.t === ';' || tk.t === 'nl' || tk.t === 'bullet' || tk.t === 'list' || tk.t === ')')) break;
      if (depth === 0 && tk.t === 'word' && tk !== first && (AND_WORDS.has(tk.fold) || OR_WORDS.has(tk.fold))) break;
      if (tk.t === '(') {
        if (tk === first) break;
        depth++;
      } else if (tk.t === ')') depth--;
      else if (depth > 0 && (tk.t === 'nl' || tk.t === ';')) break;
      end = tk.end;
      this.k++;
    }
    if (depth > 0) this.fail(`dấu "(" trong "${this.text.slice(first.pos, end)}" không có dấu ")" đóng`, `"(" in "${this.text.slice(first.pos, end)}" is never closed`);
    const leaf = (to: number) => {
      const raw = this.text.slice(first.pos, to).replace(/[.,]$/, '').trim();
      return { raw, r: parseOne(raw.replace(/["“”]/g, ''), this.ctx) };
    };
    const { raw, r } = leaf(end);
    if ('type' in r) {
      this.leaves.push(r);
      return { kind: 'leaf', cond: r, text: r.text };
    }
    // A name with "và" or "hoặc" in it ("… Nông nghiệp và Phát triển nông thôn"): the longer
    // reading, up to the end of the line, when it is the one that makes sense.
    for (let k = this.k + 1; k < this.toks.length; k++) {
      const tk = this.toks[k];
      if (tk.t !== 'word') break;
      const longer = leaf(tk.end);
      if ('type' in longer.r) {
        this.k = k + 1;
        this.leaves.push(longer.r);
        return { kind: 'leaf', cond: longer.r, text: longer.r.text };
      }
    }
    throw new LeafError(raw, r);
  }

  /** "một trong các điều kiện sau:" then one alternative per line (or ";"-separated on the same line). */
  private parseList(intro: Tok): ConditionTree {
    this.k++;
    const items: ConditionTree[] = [];
    const sameLine = this.peek() !== undefined && this.peek()!.t !== 'nl';
    if (sameLine) {
      for (;;) {
        const tk = this.peek();
        if (!tk || tk.t === 'nl' || tk.t === ')') break;
        if (tk.t === ';' || tk.t === 'bullet') {
          this.k++;
          continue;
        }
        items.push(this.parseOr('sameLine'));
      }
    } else {
      // The lines after the intro: while they start with a bullet, or all of them when none does.
      while (this.peek()?.t === 'nl') this.k++;
      const bullets = this.peek()?.t === 'bullet';
      for (;;) {
        const tk = this.peek();
        if (!tk || tk.t === ')') break;
        if (tk.t === 'nl' || tk.t === ';') {
          // The list ends before a line without a bullet (when its lines have bullets): that
          // line is joined to the list by "and", so its line break stays for the caller.
          let n = this.k;
          while (this.toks[n]?.t === 'nl' || this.toks[n]?.t === ';') n++;
          if (bullets && this.toks[n] && this.toks[n].t !== 'bullet') break;
          this.k = n;
          continue;
        }
        if (bullets && tk.t !== 'bullet') break;
        if (tk.t === 'bullet') {
          this.k++;
          const next = this.peek();
          if (!next || next.t === 'nl' || next.t === 'bullet' || next.t === ')')
            this.fail(`phương án ${items.length + 1} của danh sách "một trong các điều kiện sau" (ký tự ${this.at(tk.pos)}) để trống`, `alternative ${items.length + 1} of the "một trong các điều kiện sau" list (character ${this.at(tk.pos)}) is empty`);
        }
        items.push(this.parseOr('lines'));
      }
    }
    if (items.length === 0) this.fail(`danh sách "một trong các điều kiện sau" ở ký tự ${this.at(intro.pos)} không có phương án nào`, `the "một trong các điều kiện sau" list at character ${this.at(intro.pos)} has no alternative`);
    return items.length === 1 ? items[0] : group('any', items);
  }
}

class LeafError {
  constructor(
    readonly text: string,
    readonly reason: Bilingual,
  ) {}
}

function group(kind: 'all' | 'any', items: ConditionTree[]): ConditionTree {
  // "A và (B và C)" is one list of three.
  const flat = items.flatMap((x) => (x.kind === kind ? x.items : [x]));
  const word = kind === 'all' ? ' và ' : ' hoặc ';
  const text = flat.map((x) => (x.kind !== 'leaf' && x.kind !== kind ? `(${x.text})` : x.text)).join(word);
  return { kind, items: flat, text };
}

export function parseConditions(text: string, ctx: ParseContext): ParseResult {
  const src = text.normalize('NFC').replace(/\r\n?/g, '\n');
  const toks = tokenize(src);
  // A cell that says only "Không" (no condition) has none.
  if (toks.length === 1 && toks[0].t === 'word' && toks[0].fold === 'khong') return { ok: true, conditions: [], tree: null };
  const p = new Parser(src, toks, ctx);
  try {
    const tree = p.parseAll();
    return { ok: true, conditions: p.leaves, tree };
  } catch (e) {
    if (e instanceof LeafError) return { ok: false, text: e.text, reason: e.reason };
    if (e instanceof SyntaxError_) return { ok: false, text: cleanText(src), reason: e.reason };
    throw e;
  }
}

/** Whether a tree holds: the verdict alone, for the hot loop. */
export function treeHolds(tree: ConditionTree, c: Candidate, ctx: EvalContext): boolean {
  if (tree.kind === 'leaf') return holds(tree.cond, c, ctx);
  const items = tree.items;
  if (tree.kind === 'all') {
    for (let i = 0; i < items.length; i++) if (!treeHolds(items[i], c, ctx)) return false;
    return true;
  }
  for (let i = 0; i < items.length; i++) if (treeHolds(items[i], c, ctx)) return true;
  return false;
}

/**
 * The explained checks of a tree: one per and-ed part. An "or" part says which alternative was
 * met, or, when none was, why each one failed.
 */
export function treeChecks(tree: ConditionTree | null, c: Candidate, ctx: EvalContext): CheckResult[] {
  if (!tree) return [];
  if (tree.kind === 'all') return tree.items.map((x) => treeCheck(x, c, ctx));
  return [treeCheck(tree, c, ctx)];
}

function treeCheck(tree: ConditionTree, c: Candidate, ctx: EvalContext): CheckResult {
  if (tree.kind === 'leaf') return evaluate(tree.cond, c, ctx);
  const L = ctx.lang;
  const ok = treeHolds(tree, c, ctx);
  return check(tree.text, ok, () => worded(ctx, (ids) => treeId(tree, c, ctx, ids), () => {
    const parts = tree.items.map((x) => ({ x, ok: treeHolds(x, c, ctx) }));
    // Each alternative worded once, in the one language asked for: wording both languages here
    // worded every nested alternative twice per level.
    const said = (list: { x: ConditionTree }[]) => list.map((p) => `${p.x.text} (${treeCheck(p.x, c, ctx).detail})`).join('; ');
    const vi = L === 'vi';
    if (tree.kind === 'any') {
      const met = parts.filter((p) => p.ok);
      if (met.length > 0) return (vi ? 'đạt phương án: ' : 'alternative met: ') + said(met);
      return (vi ? 'không đạt phương án nào: ' : 'no alternative met: ') + said(parts);
    }
    const failed = parts.filter((p) => !p.ok);
    if (failed.length === 0) return (vi ? 'đạt cả: ' : 'all met: ') + said(parts);
    return (vi ? 'chưa đạt: ' : 'not met: ') + said(failed);
  }));
}

/**
 * Small integer ids for equal wordings, per run (hash-consing): a condition on a candidate gets the
 * id of the condition and of what its wording reads; a tree the ids of its parts with their
 * verdicts. 9,000 candidates share a few hundred distinct explanations: each is worded once, then
 * found by number (the `--json` report and the proposal sheet read one per candidate × title).
 */
export class WordingIds {
  private readonly atoms = new Map<unknown, number>();
  private readonly texts = new Map<number, string>();
  private readonly profiles: number[] = [];
  // Pairs in an open-addressed table of typed arrays: a Map keyed by a × 2^k + b would box every
  // key (millions of pairs per run on a province book).
  private slotsA = new Int32Array(1 << 12);
  private slotsB = new Int32Array(1 << 12);
  private slotsId = new Int32Array(1 << 12);
  private used = 0;
  // Below FIRST_ID: small numbers used as they are (a verdict bit, a status, a quota place).
  private next = FIRST_ID;

  /** The id of a value or an object (a condition, a tree node, a rule). */
  atom(x: unknown): number {
    let id = this.atoms.get(x);
    if (id === undefined) this.atoms.set(x, (id = this.next++));
    return id;
  }

  /**
   * The id of what the conditions on the candidate's own row read (discipline, initiatives,
   * research topics, days off, months worked, rating: OWN_ROW), made once per candidate and shared
   * by every title.
   */
  profile(c: Candidate): number {
    let id = this.profiles[c.index];
    if (id === undefined) {
      let p = this.atom(PROFILE);
      for (const type of OWN_ROW) p = this.pair(p, ownRowFact(type, c, this))!;
      this.profiles[c.index] = id = p;
    }
    return id;
  }

  /** The id of an ordered pair of ids (null when a part is null). */
  pair(a: number | null, b: number | null): number | null {
    if (a === null || b === null) return null;
    const mask = this.slotsId.length - 1;
    let i = slotOf(a, b, mask);
    for (;;) {
      const id = this.slotsId[i];
      if (id === 0) break;
      if (this.slotsA[i] === a && this.slotsB[i] === b) return id;
      i = (i + 1) & mask;
    }
    const id = this.next++;
    this.slotsA[i] = a;
    this.slotsB[i] = b;
    this.slotsId[i] = id;
    if (++this.used * 2 > this.slotsId.length) this.grow();
    return id;
  }

  /** The text worded for an id, worded now if it is the first. */
  text(id: number | null, word: () => string): string {
    if (id === null) return word();
    let text = this.texts.get(id);
    if (text === undefined) this.texts.set(id, (text = word()));
    return text;
  }

  private grow(): void {
    const [a, b, ids] = [this.slotsA, this.slotsB, this.slotsId];
    const size = ids.length * 2;
    this.slotsA = new Int32Array(size);
    this.slotsB = new Int32Array(size);
    this.slotsId = new Int32Array(size);
    const mask = size - 1;
    for (let j = 0; j < ids.length; j++) {
      if (ids[j] === 0) continue;
      let i = slotOf(a[j], b[j], mask);
      while (this.slotsId[i] !== 0) i = (i + 1) & mask;
      this.slotsA[i] = a[j];
      this.slotsB[i] = b[j];
      this.slotsId[i] = ids[j];
    }
  }
}

const FIRST_ID = 16;

/** Where a pair's probe starts in the table. */
function slotOf(a: number, b: number, mask: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) & mask;
}

/** A wording, looked up by the id of what it reads when the run keeps ids. */
function worded(ctx: EvalContext, id: (ids: WordingIds) => number | null, word: () => string): string {
  const ids = ctx.wording;
  return ids ? ids.text(id(ids), word) : word();
}

/**
 * A tree's wording depends on what its conditions read of the candidate (their verdicts follow
 * from it): the id of those facts, within the tree.
 */
export function treeId(tree: ConditionTree, c: Candidate, ctx: EvalContext, ids: WordingIds): number | null {
  if (tree.kind === 'leaf') return conditionId(tree.cond, c, ctx, ids);
  let id: number | null = ids.atom(tree);
  for (const x of tree.items) id = ids.pair(id, treeId(x, c, ctx, ids));
  return id;
}

function conditionId(cond: Condition, c: Candidate, ctx: EvalContext, ids: WordingIds): number | null {
  return ids.pair(ids.atom(cond), factId(cond, c, ctx, ids));
}

/**
 * What a condition reads of a candidate, named so that conditions reading the same share it (a
 * title's explanation reads each once); null when it reads the members of a collective.
 */
export function factKey(cond: Condition): string | null {
  switch (cond.type) {
    case 'noDiscipline':
    case 'initiatives':
    case 'research':
    case 'daysOff':
    case 'monthsWorked':
    case 'rating':
      return PROFILE;
    case 'totalScore':
      return 'totalScore';
    case 'hasTitle':
      return `hasTitle ${cond.titleKey}`;
    case 'consecutive':
      return `consecutive ${cond.years} ${cond.titleKey}`;
    case 'criterion':
      return `criterion ${cond.code}`;
    case 'memberShareTitle':
    case 'memberShareRating':
    case 'hasMember':
    case 'noMemberDiscipline':
      return null;
  }
}

/** The fact key of the conditions that read only the candidate's own row (see WordingIds.profile). */
export const PROFILE = 'profile';

/** The conditions that read only the candidate's own row, whatever their operator and value. */
type OwnRowType = 'noDiscipline' | 'initiatives' | 'research' | 'daysOff' | 'monthsWorked' | 'rating';
const OWN_ROW: readonly OwnRowType[] = ['noDiscipline', 'initiatives', 'research', 'daysOff', 'monthsWorked', 'rating'];

/** The id of what a condition on the candidate's own row reads: the one place each is named. */
function ownRowFact(type: OwnRowType, c: Candidate, ids: WordingIds): number {
  switch (type) {
    case 'noDiscipline': {
      const d = c.discipline;
      return d.kind === 'none' ? ids.atom(null) : ids.pair(ids.pair(ids.atom(d.kind), ids.atom(d.kind === 'level' ? d.level : null)), ids.atom(d.text))!;
    }
    case 'initiatives':
      return ids.atom(c.initiatives);
    case 'research':
      return ids.atom(c.researchTopics ?? null);
    case 'daysOff':
      return ids.pair(ids.atom(c.daysOff), ids.atom(c.maternityDays))!;
    case 'monthsWorked':
      return ids.atom(c.monthsWorked);
    case 'rating':
      return ids.atom(c.rating ?? null);
  }
}

/**
 * The id of everything `holds` and `judge` read of the candidate for this condition, so equal ids
 * mean equal verdicts and equal wording; null when it reads the members of a collective (few, and
 * worded each time). Keep in step with `judge`: test/wordingIds.test.ts words random candidates
 * both ways.
 */
export function factId(cond: Condition, c: Candidate, ctx: EvalContext, ids: WordingIds): number | null {
  switch (cond.type) {
    case 'noDiscipline':
    case 'initiatives':
    case 'research':
    case 'daysOff':
    case 'monthsWorked':
    case 'rating':
      return ownRowFact(cond.type, c, ids);
    case 'hasTitle':
      return ctx.hasTitle(c, cond.titleKey) ? 1 : 0;
    case 'consecutive': {
      if (ctx.year === null) return 2;
      const years = ctx.titleYears(c, cond.titleKey);
      if (years === null) return 3;
      let missing = 0;
      for (let y = ctx.year - cond.years, bit = 1; y < ctx.year; y++, bit *= 2) if (!years.has(y)) missing += bit;
      return ids.pair(ids.atom(ctx.year), ids.atom(missing));
    }
    case 'totalScore':
      return ids.atom(ctx.score(c).total);
    case 'criterion':
      return ids.atom(ctx.score(c).contribution.get(cond.code) ?? 0);
    case 'memberShareTitle':
    case 'memberShareRating':
    case 'hasMember':
    case 'noMemberDiscipline':
      return null;
  }
}

/** Counts and shares (a share of members is rarely a whole number): equal to 1/10000. */
export function compare(a: number, op: Op, b: number): boolean {
  return compareWhole(Math.round(a * 10000), op, Math.round(b * 10000));
}

/**
 * Points against a threshold, exactly: totals are exact sums of 10⁻⁸ point (score.ts), and
 * 69,99996 does not reach 70, as Excel's own =A1>=70 says.
 */
export function comparePoints(a: number, op: Op, b: number): boolean {
  return compareWhole(toUnits(a), op, toUnits(b));
}

function compareWhole(x: number, op: Op, y: number): boolean {
  switch (op) {
    case '>=':
      return x >= y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    case '<':
      return x < y;
    case '=':
      return x === y;
  }
}

const OP_TEXT: Record<Op, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/** What the evaluator needs to know beyond the candidate. */
export interface EvalContext {
  lang: Lang;
  year: number | null;
  score(c: Candidate): ScoreBreakdown;
  hasTitle(c: Candidate, titleKey: string): boolean;
  members(c: Candidate): Candidate[];
  /** Years (not thematic) in which the person holds the title, or null when no date of birth. */
  titleYears(c: Candidate, titleKey: string): Set<number> | null;
  /** Where explanations already worded in this run are found by id (absent: each one worded). */
  wording?: WordingIds;
}

function t(lang: Lang, vi: string, en: string): string {
  return lang === 'vi' ? vi : en;
}

/** Days off that count against a title: maternity leave is not counted (domain.md §4, [R]). */
function countedDaysOff(c: Candidate): number {
  return Math.max(0, (c.daysOff ?? 0) - (c.maternityDays ?? 0));
}

function disciplineAtLeast(d: DisciplineReading, level: number): boolean {
  if (d.kind === 'none') return false;
  if (d.kind === 'unknown') return true; // conservative: an unreadable measure blocks until clarified
  if (d.kind === 'pending') return true; // nothing is proposed while the matter is open (PENDING_BASIS)
  return d.level >= level;
}

function levelName(level: number, lang: Lang): string {
  const d = DISCIPLINE_LEVELS.find((x) => x.level === level);
  return d ? (lang === 'vi' ? d.vi : d.en) : String(level);
}

function ratingName(r: RatingCode): string {
  return RATING_LEVELS.find((x) => x.code === r)?.code ?? r;
}

/**
 * A condition's verdict. The verdict is decided at once; the wording of the detail only when an
 * explanation is shown, since 9,000 candidates × every title would otherwise build it for nothing.
 */
class Check implements CheckResult {
  private text: string | null = null;
  constructor(
    readonly label: string,
    readonly ok: boolean,
    private readonly describe: () => string,
  ) {}

  get detail(): string {
    return (this.text ??= this.describe());
  }
}

export function check(label: string, ok: boolean, describe: () => string): CheckResult {
  return new Check(label, ok, describe);
}

/** A condition checked on a candidate; its wording is produced only when someone reads it. */
class ConditionCheck implements CheckResult {
  private text: string | null = null;
  constructor(
    private readonly cond: Condition,
    private readonly c: Candidate,
    private readonly ctx: EvalContext,
    readonly ok: boolean,
  ) {}

  get label(): string {
    return this.cond.text;
  }

  get detail(): string {
    return (this.text ??= worded(this.ctx, (ids) => conditionId(this.cond, this.c, this.ctx, ids), () => judge(this.cond, this.c, this.ctx).detail));
  }
}

/** Whether a condition holds: the verdict alone, allocating nothing (run for every candidate × title). */
export function holds(cond: Condition, c: Candidate, ctx: EvalContext): boolean {
  switch (cond.type) {
    case 'noDiscipline':
      return !disciplineAtLeast(c.discipline, cond.fromLevel);
    case 'initiatives':
      return compare(c.initiatives, cond.op, cond.value);
    case 'research':
      return compare(c.researchTopics ?? 0, cond.op, cond.value);
    case 'daysOff':
      return c.daysOff === null || compare(countedDaysOff(c), cond.op, cond.value);
    case 'monthsWorked':
      return c.monthsWorked === null || compare(c.monthsWorked, cond.op, cond.value);
    case 'hasTitle':
      return ctx.hasTitle(c, cond.titleKey) !== cond.negate;
    case 'rating':
      return ratingAtLeast(c.rating, cond.rating);
    case 'totalScore':
      return comparePoints(ctx.score(c).total, cond.op, cond.value);
    case 'criterion':
      return comparePoints(ctx.score(c).contribution.get(cond.code) ?? 0, cond.op, cond.value);
    case 'consecutive': {
      if (ctx.year === null) return false;
      const years = ctx.titleYears(c, cond.titleKey);
      if (years === null) return false;
      for (let y = ctx.year - cond.years; y < ctx.year; y++) if (!years.has(y)) return false;
      return true;
    }
    case 'memberShareTitle':
    case 'memberShareRating':
    case 'hasMember':
    case 'noMemberDiscipline':
      // Collectives are few: the full judgement is cheap enough.
      return judge(cond, c, ctx).ok;
  }
}

export function evaluate(cond: Condition, c: Candidate, ctx: EvalContext): CheckResult {
  return new ConditionCheck(cond, c, ctx, holds(cond, c, ctx));
}

/** The verdict with its wording, e.g. "nghỉ 45 ngày", "lịch sử thiếu năm 2023". */
export function judge(cond: Condition, c: Candidate, ctx: EvalContext): CheckResult {
  const L = ctx.lang;
  const label = cond.text;
  switch (cond.type) {
    case 'noDiscipline': {
      const bad = disciplineAtLeast(c.discipline, cond.fromLevel);
      const d = c.discipline;
      const has =
        d.kind === 'none'
          ? t(L, 'không bị kỷ luật', 'no discipline')
          : d.kind === 'pending'
            ? t(L, `${d.text}: chưa đề nghị khen thưởng khi đang xem xét (NĐ 152/2025/NĐ-CP)`, `${d.text}: no proposal while the matter is pending (Decree 152/2025)`)
            : t(L, `kỷ luật: ${d.text}`, `discipline: ${d.text}`);
      return check(label, !bad, () => has);
    }
    case 'initiatives':
      return check(label, compare(c.initiatives, cond.op, cond.value), () => t(L, `${c.initiatives} sáng kiến`, `${c.initiatives} initiative(s)`));
    case 'research': {
      const n = c.researchTopics;
      if (n === undefined || n === null) return check(label, compare(0, cond.op, cond.value), () => t(L, 'không ghi đề tài (bảng chấm điểm không có cột Đề tài)', 'no research topic recorded (the score sheet has no Đề tài column)'));
      return check(label, compare(n, cond.op, cond.value), () => t(L, `${n} đề tài`, `${n} research topic(s)`));
    }
    case 'daysOff': {
      if (c.daysOff === null) return check(label, true, () => t(L, 'không ghi ngày nghỉ (coi là 0)', 'no days off recorded (0)'));
      const counted = countedDaysOff(c);
      if (counted !== c.daysOff)
        return check(label, compare(counted, cond.op, cond.value), () =>
          t(L, `nghỉ ${c.daysOff} ngày, trong đó ${c.maternityDays} ngày thai sản không tính: ${counted} ngày`, `${c.daysOff} day(s) off, of which ${c.maternityDays} maternity leave not counted: ${counted}`),
        );
      return check(label, compare(c.daysOff, cond.op, cond.value), () => t(L, `nghỉ ${c.daysOff} ngày`, `${c.daysOff} day(s) off`));
    }
    case 'monthsWorked': {
      if (c.monthsWorked === null) return check(label, true, () => t(L, 'không ghi số tháng công tác (coi là đủ năm)', 'no months worked recorded (a full year)'));
      return check(label, compare(c.monthsWorked, cond.op, cond.value), () => t(L, `công tác ${c.monthsWorked} tháng`, `${c.monthsWorked} month(s) worked`));
    }
    case 'hasTitle': {
      const has = ctx.hasTitle(c, cond.titleKey);
      const ok = cond.negate ? !has : has;
      return check(label, ok, () => (has ? t(L, `được đề xuất ${cond.titleName}`, `proposed for ${cond.titleName}`) : t(L, `không được đề xuất ${cond.titleName}`, `not proposed for ${cond.titleName}`)));
    }
    case 'consecutive': {
      const year = ctx.year;
      if (year === null) return check(label, false, () => t(L, 'phong trào chưa ghi năm', 'campaign year missing'));
      const years = ctx.titleYears(c, cond.titleKey);
      if (years === null) return check(label, false, () => t(L, 'không có ngày sinh để đối chiếu lịch sử khen thưởng', 'no date of birth to match the award history'));
      const missing: number[] = [];
      for (let y = year - cond.years; y < year; y++) if (!years.has(y)) missing.push(y);
      return check(
        label,
        missing.length === 0,
        () =>
          missing.length === 0
            ? cond.years === 1
              ? t(L, `lịch sử có ${cond.titleName} năm ${year - 1}`, `history has ${cond.titleName} for ${year - 1}`)
              : t(L, `lịch sử có ${cond.titleName} các năm ${year - cond.years}–${year - 1}`, `history has ${cond.titleName} for ${year - cond.years}–${year - 1}`)
            : t(L, `lịch sử thiếu năm ${missing.join(', ')}`, `history lacks ${missing.join(', ')}`),
      );
    }
    case 'rating':
      return check(label, ratingAtLeast(c.rating, cond.rating), () => c.rating ? t(L, `xếp loại ${c.rating}`, `rated ${c.rating}`) : t(L, 'chưa có xếp loại', 'no rating'));
    case 'totalScore': {
      const total = ctx.score(c).total;
      return check(label, comparePoints(total, cond.op, cond.value), () => t(L, `tổng điểm ${formatScoreAgainst(total, cond.value, L)}`, `total ${formatScoreAgainst(total, cond.value, L)}`));
    }
    case 'criterion': {
      const v = ctx.score(c).contribution.get(cond.code) ?? 0;
      return check(label, comparePoints(v, cond.op, cond.value), () => t(L, `${cond.code} được ${formatScoreAgainst(v, cond.value, L)} điểm`, `${cond.code} has ${formatScoreAgainst(v, cond.value, L)}`));
    }
    case 'memberShareTitle':
    case 'memberShareRating': {
      if (c.kind !== 'collective') return check(label, false, () => t(L, 'điều kiện chỉ áp dụng cho tập thể', 'applies to collectives only'));
      const members = ctx.members(c);
      if (members.length === 0) return check(label, false, () => t(L, 'không có danh sách thành viên trong các bảng chấm điểm', 'no members found in the score sheets'));
      const count =
        cond.type === 'memberShareTitle'
          ? members.filter((m) => ctx.hasTitle(m, cond.titleKey)).length
          : members.filter((m) => ratingAtLeast(m.rating, cond.rating)).length;
      const pct = (count * 100) / members.length;
      const what = cond.type === 'memberShareTitle' ? cond.titleName : t(L, `${ratingName(cond.rating)} trở lên`, `${ratingName(cond.rating)} or better`);
      return check(
        label,
        compare(pct, cond.op, cond.percent),
        () =>
          t(L, `${count}/${members.length} thành viên ${what} (${formatScore(pct, L)}%, cần ${OP_TEXT[cond.op]} ${cond.percent}%)`, `${count}/${members.length} members ${what} (${formatScore(pct, L)}%, needs ${OP_TEXT[cond.op]} ${cond.percent}%)`),
      );
    }
    case 'hasMember': {
      if (c.kind !== 'collective') return check(label, false, () => t(L, 'điều kiện chỉ áp dụng cho tập thể', 'applies to collectives only'));
      const who = ctx.members(c).filter((m) => ctx.hasTitle(m, cond.titleKey));
      return check(
        label,
        who.length > 0,
        () =>
          who.length > 0 ? t(L, `${who.length} thành viên ${cond.titleName}`, `${who.length} member(s) ${cond.titleName}`) : t(L, `không có thành viên ${cond.titleName}`, `no member ${cond.titleName}`),
      );
    }
    case 'noMemberDiscipline': {
      if (c.kind !== 'collective') return check(label, false, () => t(L, 'điều kiện chỉ áp dụng cho tập thể', 'applies to collectives only'));
      const bad = ctx.members(c).filter((m) => disciplineAtLeast(m.discipline, cond.fromLevel));
      return check(
        label,
        bad.length === 0,
        () =>
          bad.length === 0
            ? t(L, `không thành viên nào bị kỷ luật từ ${levelName(cond.fromLevel, L)}`, `no member disciplined from ${levelName(cond.fromLevel, L)}`)
            : bad.every((b) => b.discipline.kind === 'pending')
              ? t(L, `thành viên đang bị xem xét: ${bad.map((b) => b.name).join(', ')}`, `members under review: ${bad.map((b) => b.name).join(', ')}`)
              : t(L, `thành viên bị kỷ luật: ${bad.map((b) => b.name).join(', ')}`, `disciplined members: ${bad.map((b) => b.name).join(', ')}`),
      );
    }
  }
}
