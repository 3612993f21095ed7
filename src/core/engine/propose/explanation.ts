import { Lang, Scope } from '../../model';

/** The words of a title's quota place, as the explanation and the proposal list show them. */
export function t(lang: Lang, vi: string, en: string) {
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

export type Place = 'within' | 'tied' | 'cut' | 'won' | 'lost' | 'voteTied';

/** One title's quota in one scope: the wording every decision there shares. */
export class ScopeQuota {
  holders: { ids: string[]; names: string } | null = null;

  constructor(
    readonly basis: string,
    readonly where: string,
    readonly limit: number,
    private readonly lang: Lang,
  ) {}

  note(place: Place, rank: number, size: number, free: number, vote: string): string {
    const { basis, where, lang } = this;
    const tied = t(lang, `${basis}; ${size} người đồng hạng ${rank} tranh ${free} suất còn lại`, `${basis}; ${size} tied at rank ${rank} for ${free} remaining place(s)`);
    if (place === 'won') return t(lang, `${tied}; Hội đồng biểu quyết: ${vote}, nhiều phiếu hơn: trong chỉ tiêu`, `${tied}; council vote: ${vote}, more votes: within the quota`);
    if (place === 'lost')
      return t(lang, `${tied}; Hội đồng biểu quyết: ${vote}, ít phiếu hơn: ngoài chỉ tiêu; các suất thuộc: ${this.holders?.names ?? ''}`, `${tied}; council vote: ${vote}, fewer votes: outside the quota; places held by: ${this.holders?.names ?? ''}`);
    if (place === 'voteTied') return t(lang, `${tied}; Hội đồng biểu quyết: ${vote}, bằng phiếu: chờ Hội đồng quyết định`, `${tied}; council vote: ${vote}, equal votes: for the council to decide`);
    if (place === 'within') return t(lang, `${basis}; hạng ${rank} trong ${where}, trong chỉ tiêu`, `${basis}; rank ${rank} in ${where}, within the quota`);
    if (place === 'tied')
      return t(
        lang,
        `${basis}; ${size} người đồng hạng ${rank} tranh ${free} suất còn lại: chờ Hội đồng bỏ phiếu; ${vote}`,
        `${basis}; ${size} tied at rank ${rank} for ${free} remaining place(s): for the council to vote; ${vote}`,
      );
    if (this.limit === 0) return t(lang, `${basis}: không có suất nào`, `${basis}: no place`);
    const by = this.holders?.names ?? '';
    return t(lang, `${basis}; hạng ${rank} trong ${where}, ngoài chỉ tiêu; các suất thuộc: ${by}`, `${basis}; rank ${rank} in ${where}, outside the quota; places held by: ${by}`);
  }
}
