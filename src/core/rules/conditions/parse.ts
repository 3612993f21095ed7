import { cleanText, fold, initials } from '../../text/normalize';
import { parseRating, disciplineLevelByName } from '../levels';
import { Tok, tokenize } from './tokens';
import type { RatingCode, TitleRule, CriteriaTree, Condition, ConditionTree, Op } from '../../model';

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
  s = s.replace(
    /\btu (\d+(?:[.,]\d+)?) ?(%|thang|ngay|diem)? ?tro len\b/g,
    (_, n: string, unit?: string) => `>= ${n}${unit ? (unit === '%' ? '%' : ` ${unit}`) : ''}`,
  );
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
  const key = fold(name)
    .replace(/^danh hieu /, '')
    .trim();
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
  if (
    (m = new RegExp(
      `^(?:co )?(?:so )?(?:de tai|de tai khoa hoc|de tai nghien cuu|de an|cong trinh khoa hoc)(?: (?:khoa hoc|nghien cuu khoa hoc))?(?: duoc nghiem thu)? ${OP} ${NUM}$`,
    ).exec(s))
  )
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
    if (!c)
      return {
        vi: `không có tiêu chí hoặc nhóm mã "${code.toUpperCase()}" trong sheet "Tiêu chí"`,
        en: `no criterion or group "${code.toUpperCase()}" in "Tiêu chí"`,
      };
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

export type ParseResult = { ok: true; conditions: Condition[]; tree: ConditionTree | null } | { ok: false; text: string; reason: Bilingual };

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
    if (rest?.t === ')')
      this.fail(`dấu ")" ở ký tự ${this.at(rest.pos)} không có dấu "(" mở tương ứng`, `")" at character ${this.at(rest.pos)} has no matching "("`);
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
      if (this.endsHere(inList))
        this.fail(`"hoặc" ở ký tự ${this.at(op.pos)} không có điều kiện phía sau`, `"hoặc" at character ${this.at(op.pos)} has no condition after it`);
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
        } else if (this.endsHere(inList))
          this.fail(`"và" ở ký tự ${this.at(tk.pos)} không có điều kiện phía sau`, `"và" at character ${this.at(tk.pos)} has no condition after it`);
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
      if (this.peek()?.t === ')')
        this.fail(`cặp ngoặc ở ký tự ${this.at(tk.pos)} không có điều kiện nào`, `the brackets at character ${this.at(tk.pos)} hold no condition`);
      const inner = this.parseOr(false);
      while (this.peek()?.t === 'nl') this.k++;
      if (this.peek()?.t !== ')') this.fail(`dấu "(" ở ký tự ${this.at(tk.pos)} không có dấu ")" đóng`, `"(" at character ${this.at(tk.pos)} is never closed`);
      this.k++;
      return inner;
    }
    if (tk.t === 'list') return this.parseList(tk);
    if (tk.t === ')') this.fail(`dấu ")" ở ký tự ${this.at(tk.pos)} không có dấu "(" mở tương ứng`, `")" at character ${this.at(tk.pos)} has no matching "("`);
    if (tk.t === 'word' && (OR_WORDS.has(tk.fold) || AND_WORDS.has(tk.fold)))
      this.fail(
        `"${tk.text}" ở ký tự ${this.at(tk.pos)} không có điều kiện phía trước`,
        `"${tk.text}" at character ${this.at(tk.pos)} has no condition before it`,
      );
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
    if (depth > 0)
      this.fail(`dấu "(" trong "${this.text.slice(first.pos, end)}" không có dấu ")" đóng`, `"(" in "${this.text.slice(first.pos, end)}" is never closed`);
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
            this.fail(
              `phương án ${items.length + 1} của danh sách "một trong các điều kiện sau" (ký tự ${this.at(tk.pos)}) để trống`,
              `alternative ${items.length + 1} of the "một trong các điều kiện sau" list (character ${this.at(tk.pos)}) is empty`,
            );
        }
        items.push(this.parseOr('lines'));
      }
    }
    if (items.length === 0)
      this.fail(
        `danh sách "một trong các điều kiện sau" ở ký tự ${this.at(intro.pos)} không có phương án nào`,
        `the "một trong các điều kiện sau" list at character ${this.at(intro.pos)} has no alternative`,
      );
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
