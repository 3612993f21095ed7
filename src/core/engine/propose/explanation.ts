import { Lang, Scope } from '../../model';
import { defineWords, t as word } from '../../i18n/words';

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

export type Place = 'within' | 'tied' | 'cut' | 'won' | 'lost' | 'voteTied' | 'womenWon' | 'womenLost';

/** The law's tie-break step in the explanation (tieBreak.ts). */
export const STEP_WORDS = /*#__PURE__*/ defineWords(
  'tieBreak',
  {
    womenFirst: 'ưu tiên nữ khi bằng thành tích ({basis}): {who}',
    womenIndividual: 'cá nhân nữ',
    womenCollective: 'tập thể có tỷ lệ nữ từ 70% trở lên',
    womenWon: '{tied}; {step}: trong chỉ tiêu',
    womenLost: '{tied}; {step} được xét trước: ngoài chỉ tiêu; các suất thuộc: {holders}',
    same: 'bước ưu tiên nữ khi bằng thành tích ({basis}) không tách được: {why}',
    sameIndividual: 'cùng giới',
    sameCollective: 'tỷ lệ nữ của các tập thể cùng phía mức 70%',
    missing: 'bước ưu tiên nữ khi bằng thành tích ({basis}) không tách được: không ghi Giới tính của {names} (không suy đoán theo tên)',
    toCouncil: 'những người đồng hạng đang chờ Hội đồng bỏ phiếu',
  },
  {
    womenFirst: 'women first on equal achievements ({basis}): {who}',
    womenIndividual: 'a woman',
    womenCollective: 'a collective of 70% or more women',
    womenWon: '{tied}; {step}: within the quota',
    womenLost: '{tied}; {step} placed first: outside the quota; places held by: {holders}',
    same: 'the women-first step ({basis}) cannot separate them: {why}',
    sameIndividual: 'same gender',
    sameCollective: "the collectives' shares of women are on the same side of 70%",
    missing: 'the women-first step ({basis}) cannot separate them: no Giới tính (gender) written for {names} (never guessed from a name)',
    toCouncil: 'those tied, awaiting the council vote',
  },
);

/** The basis the step's wording cites (the full text is in law/options.ts and docs/rules-in-force.md). */
export const WOMEN_FIRST_BASIS = 'NĐ 152/2025/NĐ-CP, Điều 4 khoản 6';

/** One title's quota in one scope: the wording every decision there shares. */
export class ScopeQuota {
  holders: { ids: string[]; names: string } | null = null;

  constructor(
    readonly basis: string,
    readonly where: string,
    readonly limit: number,
    private readonly lang: Lang,
  ) {}

  note(place: Place, rank: number, size: number, free: number, vote: string, step = ''): string {
    const { lang } = this;
    const tied = t(
      lang,
      `${this.basis}; ${size} người đồng hạng ${rank} tranh ${free} suất còn lại`,
      `${this.basis}; ${size} tied at rank ${rank} for ${free} remaining place(s)`,
    );
    if (place === 'womenWon') return word(STEP_WORDS, lang, 'womenWon', { tied, step });
    if (place === 'womenLost') return word(STEP_WORDS, lang, 'womenLost', { tied, step, holders: this.holders?.names ?? '' });
    const text = this.placeNote(place, rank, vote, tied);
    return step ? `${text}; ${step}` : text;
  }

  private placeNote(place: Place, rank: number, vote: string, tied: string): string {
    const { basis, where, lang } = this;
    if (place === 'won')
      return t(lang, `${tied}; Hội đồng biểu quyết: ${vote}, nhiều phiếu hơn: trong chỉ tiêu`, `${tied}; council vote: ${vote}, more votes: within the quota`);
    if (place === 'lost')
      return t(
        lang,
        `${tied}; Hội đồng biểu quyết: ${vote}, ít phiếu hơn: ngoài chỉ tiêu; các suất thuộc: ${this.holders?.names ?? ''}`,
        `${tied}; council vote: ${vote}, fewer votes: outside the quota; places held by: ${this.holders?.names ?? ''}`,
      );
    if (place === 'voteTied')
      return t(
        lang,
        `${tied}; Hội đồng biểu quyết: ${vote}, bằng phiếu: chờ Hội đồng quyết định`,
        `${tied}; council vote: ${vote}, equal votes: for the council to decide`,
      );
    if (place === 'within') return t(lang, `${basis}; hạng ${rank} trong ${where}, trong chỉ tiêu`, `${basis}; rank ${rank} in ${where}, within the quota`);
    if (place === 'tied') return t(lang, `${tied}: chờ Hội đồng bỏ phiếu; ${vote}`, `${tied}: for the council to vote; ${vote}`);
    if (this.limit === 0) return t(lang, `${basis}: không có suất nào`, `${basis}: no place`);
    // Places left open by a tie above: they are the council's to give, said rather than left blank.
    const by = this.holders?.names || word(STEP_WORDS, lang, 'toCouncil');
    return t(
      lang,
      `${basis}; hạng ${rank} trong ${where}, ngoài chỉ tiêu; các suất thuộc: ${by}`,
      `${basis}; rank ${rank} in ${where}, outside the quota; places held by: ${by}`,
    );
  }
}
