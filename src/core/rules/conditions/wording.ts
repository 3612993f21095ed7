import { formatScore, formatScoreAgainst } from '../../text/numbers';
import { DISCIPLINE_LEVELS, RATING_LEVELS, ratingAtLeast } from '../levels';
import type { Candidate, CheckResult, Condition, ConditionTree, Lang, Op, RatingCode } from '../../model';
import {
  EvalContext,
  compare,
  comparePoints,
  countedDaysOff,
  disciplineAtLeast,
  holds,
  memberShare,
  membersDisciplined,
  membersWithTitle,
  treeHolds,
} from './verdict';
import { Params, defineWords, t } from '../../i18n/words';
import { conditionId, treeId, worded } from './ids';

const OP_TEXT: Record<Op, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

function levelName(level: number, lang: Lang): string {
  const d = DISCIPLINE_LEVELS.find((x) => x.level === level);
  return d ? d[lang] : String(level);
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
    return (this.text ??= worded(
      this.ctx,
      (ids) => conditionId(this.cond, this.c, this.ctx, ids),
      () => judge(this.cond, this.c, this.ctx).detail,
    ));
  }
}

export function evaluate(cond: Condition, c: Candidate, ctx: EvalContext): CheckResult {
  return new ConditionCheck(cond, c, ctx, holds(cond, c, ctx));
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
  return check(tree.text, ok, () =>
    worded(
      ctx,
      (ids) => treeId(tree, c, ctx, ids),
      () => {
        const parts = tree.items.map((x) => ({ x, ok: treeHolds(x, c, ctx) }));
        // Each alternative worded once, in the one language asked for: wording both languages here
        // worded every nested alternative twice per level.
        const said = (list: { x: ConditionTree }[]) => list.map((p) => `${p.x.text} (${treeCheck(p.x, c, ctx).detail})`).join('; ');
        if (tree.kind === 'any') {
          const met = parts.filter((p) => p.ok);
          if (met.length > 0) return t(W, L, 'alternativeMet', { parts: said(met) });
          return t(W, L, 'noAlternativeMet', { parts: said(parts) });
        }
        const failed = parts.filter((p) => !p.ok);
        if (failed.length === 0) return t(W, L, 'allMet', { parts: said(parts) });
        return t(W, L, 'notMet', { parts: said(failed) });
      },
    ),
  );
}

/** What the explanation says of each condition on a candidate, in both languages. */
const W = /*#__PURE__*/ defineWords(
  'rules.conditions',
  {
    alternativeMet: 'đạt phương án: {parts}',
    noAlternativeMet: 'không đạt phương án nào: {parts}',
    allMet: 'đạt cả: {parts}',
    notMet: 'chưa đạt: {parts}',
    noDiscipline: 'không bị kỷ luật',
    disciplinePending: '{text}: chưa đề nghị khen thưởng khi đang xem xét (NĐ 152/2025/NĐ-CP)',
    discipline: 'kỷ luật: {text}',
    initiatives: '{n} sáng kiến',
    researchNotRecorded: 'không ghi đề tài (bảng chấm điểm không có cột Đề tài)',
    research: '{n} đề tài',
    daysOffNotRecorded: 'không ghi ngày nghỉ (coi là 0)',
    daysOffMaternity: 'nghỉ {days} ngày, trong đó {maternity} ngày thai sản không tính: {counted} ngày',
    daysOff: 'nghỉ {days} ngày',
    monthsNotRecorded: 'không ghi số tháng công tác (coi là đủ năm)',
    months: 'công tác {n} tháng',
    proposedFor: 'được đề xuất {title}',
    notProposedFor: 'không được đề xuất {title}',
    noCampaignYear: 'phong trào chưa ghi năm',
    noBirthDate: 'không có ngày sinh để đối chiếu lịch sử khen thưởng',
    historyHasYear: 'lịch sử có {title} năm {year}',
    historyHasYears: 'lịch sử có {title} các năm {from}–{to}',
    historyLacks: 'lịch sử thiếu năm {years}',
    rated: 'xếp loại {rating}',
    notRated: 'chưa có xếp loại',
    total: 'tổng điểm {points}',
    criterion: '{code} được {points} điểm',
    collectivesOnly: 'điều kiện chỉ áp dụng cho tập thể',
    noMembers: 'không có danh sách thành viên trong các bảng chấm điểm',
    ratingOrBetter: '{rating} trở lên',
    memberShare: '{count}/{of} thành viên {what} ({pct}%, cần {op} {percent}%)',
    membersWith: '{n} thành viên {title}',
    noMemberWith: 'không có thành viên {title}',
    noMemberDisciplined: 'không thành viên nào bị kỷ luật từ {level}',
    membersUnderReview: 'thành viên đang bị xem xét: {names}',
    membersDisciplined: 'thành viên bị kỷ luật: {names}',
  },
  {
    alternativeMet: 'alternative met: {parts}',
    noAlternativeMet: 'no alternative met: {parts}',
    allMet: 'all met: {parts}',
    notMet: 'not met: {parts}',
    noDiscipline: 'no discipline',
    disciplinePending: '{text}: no proposal while the matter is pending (Decree 152/2025)',
    discipline: 'discipline: {text}',
    initiatives: '{n} initiative(s)',
    researchNotRecorded: 'no research topic recorded (the score sheet has no Đề tài column)',
    research: '{n} research topic(s)',
    daysOffNotRecorded: 'no days off recorded (0)',
    daysOffMaternity: '{days} day(s) off, of which {maternity} maternity leave not counted: {counted}',
    daysOff: '{days} day(s) off',
    monthsNotRecorded: 'no months worked recorded (a full year)',
    months: '{n} month(s) worked',
    proposedFor: 'proposed for {title}',
    notProposedFor: 'not proposed for {title}',
    noCampaignYear: 'campaign year missing',
    noBirthDate: 'no date of birth to match the award history',
    historyHasYear: 'history has {title} for {year}',
    historyHasYears: 'history has {title} for {from}–{to}',
    historyLacks: 'history lacks {years}',
    rated: 'rated {rating}',
    notRated: 'no rating',
    total: 'total {points}',
    criterion: '{code} has {points}',
    collectivesOnly: 'applies to collectives only',
    noMembers: 'no members found in the score sheets',
    ratingOrBetter: '{rating} or better',
    memberShare: '{count}/{of} members {what} ({pct}%, needs {op} {percent}%)',
    membersWith: '{n} member(s) {title}',
    noMemberWith: 'no member {title}',
    noMemberDisciplined: 'no member disciplined from {level}',
    membersUnderReview: 'members under review: {names}',
    membersDisciplined: 'disciplined members: {names}',
  },
);

/** The verdict with its wording, e.g. "nghỉ 45 ngày", "lịch sử thiếu năm 2023". */
export function judge(cond: Condition, c: Candidate, ctx: EvalContext): CheckResult {
  const L = ctx.lang;
  const label = cond.text;
  const say = (key: keyof typeof W.vi, params?: Params) => () => t(W, L, key, params);
  switch (cond.type) {
    case 'noDiscipline': {
      const bad = disciplineAtLeast(c.discipline, cond.fromLevel);
      const d = c.discipline;
      return check(
        label,
        !bad,
        d.kind === 'none' ? say('noDiscipline') : d.kind === 'pending' ? say('disciplinePending', { text: d.text }) : say('discipline', { text: d.text }),
      );
    }
    case 'initiatives':
      return check(label, compare(c.initiatives, cond.op, cond.value), say('initiatives', { n: c.initiatives }));
    case 'research': {
      const n = c.researchTopics;
      if (n === undefined || n === null) return check(label, compare(0, cond.op, cond.value), say('researchNotRecorded'));
      return check(label, compare(n, cond.op, cond.value), say('research', { n }));
    }
    case 'daysOff': {
      if (c.daysOff === null) return check(label, true, say('daysOffNotRecorded'));
      const counted = countedDaysOff(c);
      if (counted !== c.daysOff)
        return check(label, compare(counted, cond.op, cond.value), say('daysOffMaternity', { days: c.daysOff, maternity: String(c.maternityDays), counted }));
      return check(label, compare(c.daysOff, cond.op, cond.value), say('daysOff', { days: c.daysOff }));
    }
    case 'monthsWorked': {
      if (c.monthsWorked === null) return check(label, true, say('monthsNotRecorded'));
      return check(label, compare(c.monthsWorked, cond.op, cond.value), say('months', { n: c.monthsWorked }));
    }
    case 'hasTitle': {
      const has = ctx.hasTitle(c, cond.titleKey);
      const ok = cond.negate ? !has : has;
      return check(label, ok, say(has ? 'proposedFor' : 'notProposedFor', { title: cond.titleName }));
    }
    case 'consecutive': {
      const year = ctx.year;
      if (year === null) return check(label, false, say('noCampaignYear'));
      const years = ctx.titleYears(c, cond.titleKey);
      if (years === null) return check(label, false, say('noBirthDate'));
      const missing: number[] = [];
      for (let y = year - cond.years; y < year; y++) if (!years.has(y)) missing.push(y);
      return check(
        label,
        missing.length === 0,
        missing.length > 0
          ? say('historyLacks', { years: missing.join(', ') })
          : cond.years === 1
            ? say('historyHasYear', { title: cond.titleName, year: year - 1 })
            : say('historyHasYears', { title: cond.titleName, from: year - cond.years, to: year - 1 }),
      );
    }
    case 'rating':
      return check(label, ratingAtLeast(c.rating, cond.rating), c.rating ? say('rated', { rating: c.rating }) : say('notRated'));
    case 'totalScore': {
      const total = ctx.score(c).total;
      return check(label, comparePoints(total, cond.op, cond.value), () => t(W, L, 'total', { points: formatScoreAgainst(total, cond.value, L) }));
    }
    case 'criterion': {
      const v = ctx.score(c).contribution.get(cond.code) ?? 0;
      return check(label, comparePoints(v, cond.op, cond.value), () => t(W, L, 'criterion', { code: cond.code, points: formatScoreAgainst(v, cond.value, L) }));
    }
    case 'memberShareTitle':
    case 'memberShareRating': {
      if (c.kind !== 'collective') return check(label, false, say('collectivesOnly'));
      const share = memberShare(cond, c, ctx);
      if (share === null) return check(label, false, say('noMembers'));
      const what = cond.type === 'memberShareTitle' ? cond.titleName : t(W, L, 'ratingOrBetter', { rating: ratingName(cond.rating) });
      return check(label, compare(share.pct, cond.op, cond.percent), () =>
        t(W, L, 'memberShare', { count: share.count, of: share.of, what, pct: formatScore(share.pct, L), op: OP_TEXT[cond.op], percent: cond.percent }),
      );
    }
    case 'hasMember': {
      if (c.kind !== 'collective') return check(label, false, say('collectivesOnly'));
      const who = membersWithTitle(cond.titleKey, c, ctx);
      return check(
        label,
        who.length > 0,
        who.length > 0 ? say('membersWith', { n: who.length, title: cond.titleName }) : say('noMemberWith', { title: cond.titleName }),
      );
    }
    case 'noMemberDiscipline': {
      if (c.kind !== 'collective') return check(label, false, say('collectivesOnly'));
      const bad = membersDisciplined(cond.fromLevel, c, ctx);
      const names = () => bad.map((b) => b.name).join(', ');
      return check(label, bad.length === 0, () =>
        bad.length === 0
          ? t(W, L, 'noMemberDisciplined', { level: levelName(cond.fromLevel, L) })
          : t(W, L, bad.every((b) => b.discipline.kind === 'pending') ? 'membersUnderReview' : 'membersDisciplined', { names: names() }),
      );
    }
  }
}
