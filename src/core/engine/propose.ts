import { AwardRecord, Campaign, Candidate, CheckResult, Lang, Scope, ScoreBreakdown, TitleDecision, TitleRule, Unit } from '../model';
import { EvalContext, check, evaluate } from '../rules/conditions';
import { ratingAtLeast } from '../rules/levels';
import { fold, initials } from '../text/normalize';
import { formatScore } from '../text/numbers';
import { Ranking } from './rank';
import { FindingLog } from './findingLog';
import { PerCandidate } from './perCandidate';

/** How one title's quota was filled in one scope: what the Tổng hợp sheet shows. */
export interface QuotaSummary {
  title: string;
  titleKey: string;
  subject: TitleRule['subject'];
  scope: Scope;
  scopeKey: string;
  scopeLabel: string;
  /** null: no quota. */
  limit: number | null;
  basis: string;
  eligible: number;
  proposed: number;
  tied: number;
  cut: number;
}

export interface Proposal {
  decisions: PerCandidate<TitleDecision[]>;
  quotas: QuotaSummary[];
}

interface Inputs {
  rules: TitleRule[];
  candidates: Candidate[];
  scores: PerCandidate<ScoreBreakdown>;
  ranking: Ranking;
  units: Unit[];
  history: AwardRecord[];
  campaign: Campaign | null;
  log: FindingLog;
  ids: ReadonlyMap<string, number>;
}

function t(lang: Lang, vi: string, en: string) {
  return lang === 'vi' ? vi : en;
}

const SCOPE_NAME: Record<Scope, { vi: string; en: string }> = {
  unit: { vi: 'đơn vị', en: 'unit' },
  block: { vi: 'khối', en: 'block' },
  all: { vi: 'toàn phong trào', en: 'whole campaign' },
};

export function scopeText(scope: Scope, label: string, lang: Lang): string {
  const name = lang === 'vi' ? SCOPE_NAME[scope].vi : SCOPE_NAME[scope].en;
  return scope === 'all' ? name : `${name} ${label || t(lang, '(chưa phân khối)', '(no block)')}`;
}

/** Titles proposed row by row from the top of `Danh hiệu`: eligibility, then quotas in rank order. */
export function proposeTitles(inp: Inputs): Proposal {
  const lang = inp.log.lang;
  const n = inp.candidates.length;
  // Indexed by Candidate.index: 9,000 candidates × every title touch these in the hot loop.
  const awarded = new Map<string, Uint8Array>(); // titleKey → 1 where proposed
  const scoreOf = inp.candidates.map((c) => inp.scores.at(c));
  const posOf = inp.candidates.map((c) => inp.ranking.positions.at(c));
  const all: TitleDecision[][] = inp.candidates.map(() => []);
  const decisions = new PerCandidate<TitleDecision[]>(inp.ids);
  const quotas: QuotaSummary[] = [];
  const byUnit = new Map<string, Candidate[]>();
  for (const c of inp.candidates)
    if (c.kind === 'individual') {
      const list = byUnit.get(c.unitKey);
      if (list) list.push(c);
      else byUnit.set(c.unitKey, [c]);
    }
  const history = new Map<string, AwardRecord[]>();
  for (const h of inp.history) {
    if (!h.dob) continue;
    const k = `${h.nameKey}|${h.dob}`;
    const list = history.get(k);
    if (list) list.push(h);
    else history.set(k, [h]);
  }

  const ctx: EvalContext = {
    lang,
    year: inp.campaign?.year ?? null,
    score: (c) => scoreOf[c.index],
    hasTitle: (c, key) => awarded.get(key)?.[c.index] === 1,
    members: (c) => byUnit.get(c.unitKey) ?? [],
    titleYears: (c, key) => {
      if (!c.dob) return null;
      const years = new Set<number>();
      const records = history.get(`${c.nameKey}|${c.dob}`);
      if (!records) return years;
      const alias = initials(key);
      for (const h of records) if (!h.thematic && (h.titleKey === key || fold(h.title).replace(/[^a-z0-9]/g, '') === alias)) years.add(h.year);
      return years;
    },
  };

  for (const rule of inp.rules) {
    const got = new Uint8Array(n);
    awarded.set(rule.key, got);
    const subjects = inp.candidates.filter((c) => c.kind === rule.subject);
    const eligible: Candidate[] = [];
    const own: TitleDecision[] = new Array(n);
    // Labels are the rule's, the same for every candidate: built once.
    const floorLabel = t(lang, 'Điểm sàn', 'Floor');
    const scoreLabel = rule.minScore === null ? '' : t(lang, `Tổng điểm ≥ ${formatScore(rule.minScore, lang)}`, `Total ≥ ${formatScore(rule.minScore, lang)}`);
    const ratingLabel = rule.minRating === null ? '' : t(lang, `Xếp loại ${rule.minRating} trở lên`, `Rating ${rule.minRating} or better`);
    const noRating = t(lang, 'chưa có xếp loại', 'no rating');
    for (const c of subjects) {
      const s = scoreOf[c.index];
      const checks: CheckResult[] = [];
      if (s.belowFloor.length > 0)
        checks.push(check(floorLabel, false, () => t(lang, `dưới điểm sàn ở ${s.belowFloor.join(', ')}`, `below the floor on ${s.belowFloor.join(', ')}`)));
      if (rule.minScore !== null)
        checks.push(check(scoreLabel, Math.round(s.total * 10000) >= Math.round(rule.minScore * 10000), () => t(lang, `được ${formatScore(s.total, lang)}`, `has ${formatScore(s.total, lang)}`)));
      if (rule.minRating !== null) checks.push({ label: ratingLabel, ok: ratingAtLeast(c.rating, rule.minRating), detail: c.rating ?? noRating });
      for (const cond of rule.conditions) checks.push(evaluate(cond, c, ctx));
      const ok = rule.usable && checks.every((x) => x.ok);
      const d: TitleDecision = {
        title: rule.name,
        titleKey: rule.key,
        status: !rule.usable ? 'ruleUnusable' : ok ? 'proposed' : 'notEligible',
        checks,
        quotaNote: '',
        cutBy: [],
      };
      own[c.index] = d;
      if (ok) eligible.push(c);
    }

    const hasQuota = rule.quotaPercent !== null || rule.maxCount !== null;
    // Group the eligible by the rule's scope; fill each scope's slots in its rank order.
    const keyOf = (c: Candidate) => posOf[c.index][rule.scope].scopeKey;
    const isEligible = new Uint8Array(n);
    for (const c of eligible) isEligible[c.index] = 1;
    // Every scope with candidates gets a line in the summary, even when nobody is eligible.
    const scopeKeys = new Set(subjects.map(keyOf));
    const counts = hasQuota ? quotaBases(rule, inp, awarded, keyOf) : null;
    for (const scopeKey of scopeKeys) {
      const ranking = inp.ranking.scopes.get(scopeKey)!;
      // The scope's rank order, kept to the eligible: quota places are filled in this order.
      const list = ranking.ordered.filter((c) => isEligible[c.index] === 1);
      const sample = ranking.ordered[0];
      const label = ranking.label;
      const summary: QuotaSummary = {
        title: rule.name,
        titleKey: rule.key,
        subject: rule.subject,
        scope: rule.scope,
        scopeKey,
        scopeLabel: label,
        limit: null,
        basis: '',
        eligible: list.length,
        proposed: 0,
        tied: 0,
        cut: 0,
      };
      quotas.push(summary);
      if (!hasQuota) {
        for (const c of list) got[c.index] = 1;
        summary.proposed = list.length;
        continue;
      }
      const { limit, basis } = quotaLimit(rule, sample, scopeKey, inp, counts!, lang);
      summary.limit = limit;
      summary.basis = basis;
      let taken = 0;
      let i = 0;
      const holders: string[] = [];
      // Everyone cut after the places are filled was cut by the same holders: one shared copy
      // (and one list of names) per change, not one per candidate; thousands are cut in a province.
      let shared: { ids: string[]; names: string } | null = null;
      const snapshot = () => {
        if (!shared || shared.ids.length !== holders.length)
          shared = {
            ids: holders.slice(),
            names: holders.slice(0, 5).map((id) => inp.candidates[inp.ids.get(id)!].name).join(', ') + (holders.length > 5 ? ', …' : ''),
          };
        return shared;
      };
      while (i < list.length) {
        const rank = posOf[list[i].index][rule.scope].rank;
        let end = i;
        while (end + 1 < list.length && posOf[list[end + 1].index][rule.scope].rank === rank) end++;
        const group = list.slice(i, end + 1);
        const free = limit - taken;
        const where = scopeText(rule.scope, label, lang);
        if (group.length <= free) {
          for (const c of group) {
            got[c.index] = 1;
            holders.push(c.id);
            own[c.index].quotaNote = t(lang, `${basis}; hạng ${rank} trong ${where}, trong chỉ tiêu`, `${basis}; rank ${rank} in ${where}, within the quota`);
          }
          taken += group.length;
          summary.proposed += group.length;
        } else if (free > 0) {
          // A tie across the boundary: nobody is dropped silently, the council votes.
          const names = group.map((c) => c.name).join(', ');
          const by = snapshot();
          for (const c of group) {
            const d = own[c.index];
            d.status = 'tiedAtQuota';
            d.cutBy = by.ids;
            d.quotaNote = t(
              lang,
              `${basis}; ${group.length} người đồng hạng ${rank} tranh ${free} suất còn lại: chờ Hội đồng bỏ phiếu`,
              `${basis}; ${group.length} tied at rank ${rank} for ${free} remaining place(s): for the council to vote`,
            );
            inp.log.add('QUOTA_TIE', { count: group.length, rank, scope: where, slots: free, title: rule.name, names }, { sheet: c.sheet, row: c.nameRef.row, col: c.nameRef.col }, { unit: c.unitName, candidate: c.name });
          }
          summary.tied += group.length;
          taken = limit; // the open places are the council's to give
        } else {
          const { ids, names: by } = snapshot();
          const note =
            limit === 0
              ? t(lang, `${basis}: không có suất nào`, `${basis}: no place`)
              : t(lang, `${basis}; hạng ${rank} trong ${where}, ngoài chỉ tiêu; các suất thuộc: ${by}`, `${basis}; rank ${rank} in ${where}, outside the quota; places held by: ${by}`);
          for (const c of group) {
            const d = own[c.index];
            d.status = 'cutByQuota';
            d.cutBy = ids;
            d.quotaNote = note;
          }
          summary.cut += group.length;
        }
        i = end + 1;
      }
    }
    for (const c of subjects) {
      const d = own[c.index];
      if (d.status === 'proposed' && got[c.index] !== 1) d.status = 'cutByQuota';
      all[c.index].push(d);
    }
  }
  for (const c of inp.candidates) if (all[c.index].length > 0) decisions.put(c, all[c.index]);
  return { decisions, quotas };
}

function roundQuota(x: number, mode: Campaign['quotaRounding']): number {
  // Integer arithmetic on hundredths keeps 15% × 20 at exactly 3.
  const hundredths = Math.round(x * 100);
  return mode === 'nearest' ? Math.floor((hundredths + 50) / 100) : Math.floor(hundredths / 100);
}

/** The quota base of every scope at once: counts per scope key, so no scope rescans everyone. */
interface QuotaBases {
  titleHolders: Map<string, number>;
  candidates: Map<string, number>;
  unitsOf: Map<string, Set<string>>;
  candidatesPerUnit: Map<string, number>;
}

function quotaBases(rule: TitleRule, inp: Inputs, awarded: Map<string, Uint8Array>, keyOf: (c: Candidate) => string): QuotaBases {
  const holders = rule.quotaBase?.kind === 'title' ? (awarded.get(rule.quotaBase.key) ?? null) : null;
  const b: QuotaBases = { titleHolders: new Map(), candidates: new Map(), unitsOf: new Map(), candidatesPerUnit: new Map() };
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const c of inp.candidates) {
    if (holders && holders[c.index] === 1) inc(b.titleHolders, keyOf(c));
    if (c.kind !== rule.subject) continue;
    const k = keyOf(c);
    inc(b.candidates, k);
    inc(b.candidatesPerUnit, c.unitKey);
    let set = b.unitsOf.get(k);
    if (!set) b.unitsOf.set(k, (set = new Set()));
    set.add(c.unitKey);
  }
  return b;
}

function quotaLimit(rule: TitleRule, sample: Candidate, scopeKey: string, inp: Inputs, bases: QuotaBases, lang: Lang): { limit: number; basis: string } {
  const parts: string[] = [];
  let limit = Number.POSITIVE_INFINITY;
  if (rule.quotaPercent !== null && rule.quotaBase) {
    let base = 0;
    let baseName = '';
    if (rule.quotaBase.kind === 'title') {
      base = bases.titleHolders.get(scopeKey) ?? 0;
      baseName = rule.quotaBase.name;
    } else if (rule.quotaBase.kind === 'candidates') {
      base = bases.candidates.get(scopeKey) ?? 0;
      baseName = t(lang, 'ứng viên', 'candidates');
    } else {
      // Headcount from `Đơn vị`; a unit without it counts its candidates.
      const unitKeys = new Set(bases.unitsOf.get(scopeKey) ?? []);
      if (rule.scope === 'block') for (const u of inp.units) if (u.block === sample.block) unitKeys.add(u.key);
      if (rule.scope === 'all') for (const u of inp.units) unitKeys.add(u.key);
      for (const key of unitKeys) {
        const u = inp.units.find((x) => x.key === key);
        base += u?.headcount ?? bases.candidatesPerUnit.get(key) ?? 0;
      }
      baseName = t(lang, 'lao động', 'staff');
    }
    const raw = (rule.quotaPercent * base) / 100;
    const rounded = roundQuota(raw, inp.campaign?.quotaRounding ?? 'down');
    limit = Math.min(limit, rounded);
    parts.push(
      t(
        lang,
        `chỉ tiêu ${formatScore(rule.quotaPercent, lang)}% × ${base} ${baseName} = ${formatScore(raw, lang)} → ${rounded} suất (làm tròn ${inp.campaign?.quotaRounding === 'nearest' ? 'gần nhất' : 'xuống'})`,
        `quota ${rule.quotaPercent}% × ${base} ${baseName} = ${formatScore(raw, lang)} → ${rounded} place(s) (rounded ${inp.campaign?.quotaRounding === 'nearest' ? 'to nearest' : 'down'})`,
      ),
    );
  }
  if (rule.maxCount !== null) {
    limit = Math.min(limit, Math.floor(rule.maxCount));
    parts.push(t(lang, `tối đa ${rule.maxCount} suất`, `at most ${rule.maxCount} place(s)`));
  }
  return { limit: Math.max(0, limit), basis: parts.join('; ') };
}
