import { SheetGrid, cellText, isBlank } from '../../sheet/grid';
import { Candidate, TitleRule } from '../model';
import { FindingLog } from '../findings/log';
import { ColumnSpec, openTable } from './table';
import { titleKey } from './titles';
import { cleanText, matchKey, nameKey } from '../text/normalize';
import { sheetKey } from './sheetNames';

/**
 * `Đăng ký thi đua`, optional: who registered for which title. No current national rule makes
 * registration a condition [R]: a proposal without it is a warning, or a block when `Phong trào`
 * says `Bắt buộc đăng ký thi đua: Có` (law/options.ts).
 */
export const REGISTRATION_SHEET = 'Đăng ký thi đua';

const COLUMNS: ColumnSpec[] = [
  { id: 'name', label: 'Họ và tên / Tên tập thể', aliases: ['ho va ten ten tap the', 'ho va ten', 'ho ten', 'ten tap the', 'ten ca nhan tap the'] },
  { id: 'unit', label: 'Đơn vị', aliases: ['don vi', 'don vi cong tac'] },
  { id: 'title', label: 'Danh hiệu đăng ký', aliases: ['danh hieu dang ky', 'dang ky danh hieu', 'danh hieu', 'danh hieu thi dua'] },
];

export function isRegistrationSheet(name: string): boolean {
  return sheetKey(name) === sheetKey(REGISTRATION_SHEET);
}

/** Who registered for what: keys `${titleKey}|${nameKey}` and, with the unit, `${titleKey}|${nameKey}|${unit}`. */
export class Registration {
  private readonly keys = new Set<string>();

  constructor(readonly required: boolean) {}

  /** A row without a unit registers the name in every unit (namesakes then share it). */
  add(title: string, name: string, unit: string): void {
    this.keys.add(unit ? `${title}|${name}|${unit}` : `${title}|${name}`);
  }

  has(rule: TitleRule, c: Candidate): boolean {
    return this.keys.has(`${rule.key}|${c.nameKey}|${matchKey(c.unitName)}`) || this.keys.has(`${rule.key}|${c.nameKey}`);
  }
}

export function readRegistration(grid: SheetGrid, titles: readonly TitleRule[], required: boolean, log: FindingLog): Registration {
  const reg = new Registration(required);
  const table = openTable(grid, COLUMNS, ['name', 'title'], log);
  if (!table) return reg;
  for (let r = table.headerRow + 1; r < grid.rows.length; r++) {
    const name = cleanText(cellText(table.get(r, 'name')));
    if (!name) continue;
    const text = cleanText(cellText(table.get(r, 'title')));
    const k = titleKey(text);
    const rule = titles.find((t) => t.key === k || t.aliases.includes(k.replace(/[^a-z0-9]/g, '')));
    if (!rule) {
      log.add('REGISTRATION_TITLE_UNKNOWN', { value: text }, table.at(r, 'title'));
      continue;
    }
    const unit = isBlank(table.get(r, 'unit')) ? '' : matchKey(cleanText(cellText(table.get(r, 'unit'))));
    reg.add(rule.key, nameKey(name), unit);
  }
  return reg;
}
