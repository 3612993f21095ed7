import { fold } from '../text/normalize';
import { Period, Tag } from './period';

/** A legal text the rules rest on, with its period and its successor (domain.md §2). */
export interface LegalText extends Period {
  id: string;
  /** As cited in a `Căn cứ` cell. */
  name: string;
  /** What replaced it, when it ended. */
  replacedBy: string | null;
  /** How a `Căn cứ` cell cites it, on folded text. */
  cited: RegExp;
  tag: Tag;
}

export const LEGAL_TEXTS: readonly LegalText[] = [
  {
    id: 'law2003',
    name: 'Luật Thi đua, khen thưởng 2003 (15/2003/QH11)',
    from: null,
    to: '2023-12-31',
    replacedBy: 'law2022',
    cited: /15\/2003|luat (thi dua,? khen thuong )?2003/,
    tag: 'C',
  },
  { id: 'nd91', name: 'Nghị định 91/2017/NĐ-CP', from: null, to: '2023-12-31', replacedBy: 'nd98', cited: /91\/2017/, tag: 'C' },
  { id: 'law2022', name: 'Luật Thi đua, khen thưởng 06/2022/QH15', from: '2024-01-01', to: null, replacedBy: null, cited: /06\/2022/, tag: 'C' },
  { id: 'nd98', name: 'Nghị định 98/2023/NĐ-CP', from: '2024-01-01', to: '2025-06-30', replacedBy: 'nd152', cited: /98\/2023/, tag: 'C' },
  { id: 'nd152', name: 'Nghị định 152/2025/NĐ-CP', from: '2025-07-01', to: null, replacedBy: null, cited: /152\/2025/, tag: 'C' },
  { id: 'nd129', name: 'Nghị định 129/2025/NĐ-CP', from: '2025-07-01', to: null, replacedBy: null, cited: /129\/2025/, tag: 'C' },
  { id: 'tt15bxd', name: 'Thông tư 15/2025/TT-BXD', from: null, to: null, replacedBy: null, cited: /15\/2025\/tt/, tag: 'C' },
  { id: 'nd30', name: 'Nghị định 30/2020/NĐ-CP', from: null, to: null, replacedBy: null, cited: /30\/2020/, tag: 'C' },
];

export function legalText(id: string): LegalText {
  const t = LEGAL_TEXTS.find((x) => x.id === id);
  if (!t) throw new Error(`unknown legal text ${id}`);
  return t;
}

/** The texts a basis cell cites, in the table's order. */
export function citedTexts(basis: string): LegalText[] {
  const k = fold(basis);
  return LEGAL_TEXTS.filter((t) => t.cited.test(k));
}
