import { SheetGrid, cellText, isBlank } from '../../sheet/grid';
import { AwardRecord, Unit } from '../model';
import { FindingLog } from '../findings/log';
import { cleanText, fold, matchKey, nameKey } from '../text/normalize';
import { parseDate, parseNumber, isoToVi } from '../text/numbers';
import { ColumnSpec, openTable } from './table';

const UNIT_SPECS: ColumnSpec[] = [
  { id: 'code', label: 'Mã đơn vị', aliases: ['ma don vi', 'ma', 'ma so'] },
  { id: 'name', label: 'Tên đơn vị', aliases: ['ten don vi', 'don vi', 'ten phong don vi', 'phong don vi'] },
  { id: 'block', label: 'Khối thi đua', aliases: ['khoi thi dua', 'khoi', 'cum thi dua', 'khoi cum thi dua', 'cum'] },
  { id: 'headcount', label: 'Số lao động', aliases: ['so lao dong', 'so nguoi', 'bien che', 'tong so lao dong', 'so can bo'] },
  { id: 'deadline', label: 'Hạn nộp', aliases: ['han nop', 'thoi han nop'] },
  { id: 'received', label: 'Ngày nộp', aliases: ['ngay nop', 'ngay nhan', 'ngay gui', 'da nop ngay', 'ngay nhan bang cham'] },
  { id: 'subject', label: 'Đối tượng chấm', aliases: ['doi tuong cham', 'doi tuong cham diem', 'cham cho'] },
  { id: 'set', label: 'Bộ tiêu chí', aliases: ['bo tieu chi', 'bo tieu chi ap dung', 'tieu chi ap dung'] },
];

/** `Đối tượng chấm`: the unit's head (a person) or the unit itself. */
function scoredSubject(text: string): 'individual' | 'collective' | undefined {
  const k = fold(text);
  if (k === '') return undefined;
  if (/^(ca nhan|nguoi dung dau|lanh dao|thu truong|truong don vi|can bo quan ly)\b/.test(k)) return 'individual';
  if (/^(tap the|don vi|co quan)\b/.test(k)) return 'collective';
  return undefined;
}

export function readUnits(grid: SheetGrid, log: FindingLog): Unit[] {
  const sheet = grid.name;
  // A block (or a deadline, a criteria set) is merged down the units it applies to.
  const table = openTable(grid, UNIT_SPECS, ['name'], log, ['block', 'deadline', 'subject', 'set']);
  if (!table) return [];
  const { headerRow, cols, get } = table;
  const units: Unit[] = [];
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    if (isBlank(get(r, 'name'))) continue;
    const name = cleanText(cellText(get(r, 'name')));
    if (/^tong( cong)?$/.test(fold(name))) continue;
    const code = cleanText(cellText(get(r, 'code')));
    const key = matchKey(name);
    if (units.some((u) => u.key === key)) {
      log.add('UNIT_DUPLICATE', { value: name }, { sheet, row: r, col: cols.get('name')! });
      continue;
    }
    // Units are matched by code too: two units with one code would merge their people.
    const codeKey = matchKey(code);
    const sameCode = codeKey ? units.find((u) => u.codeKey === codeKey) : undefined;
    if (sameCode) {
      log.add('UNIT_CODE_DUPLICATE', { value: code, other: sameCode.ref.row + 1 }, { sheet, row: r, col: cols.get('code')! });
      continue;
    }
    const hc = parseNumber(get(r, 'headcount'));
    if (hc.kind === 'invalid') log.add('CONFIG_BAD_NUMBER', { label: `Số lao động (${name})`, value: hc.text }, { sheet, row: r, col: cols.get('headcount')! });
    const headcountOk = hc.kind === 'number' && Number.isInteger(hc.value) && hc.value >= 0;
    if (hc.kind === 'number' && !headcountOk) log.add('HEADCOUNT_INVALID', { value: hc.value }, { sheet, row: r, col: cols.get('headcount')! });
    const dl = parseDate(get(r, 'deadline'));
    const rc = parseDate(get(r, 'received'));
    for (const [id, label, d] of [
      ['deadline', 'Hạn nộp', dl],
      ['received', 'Ngày nộp', rc],
    ] as const)
      if (d.kind === 'invalid') log.add('UNIT_DATE_INVALID', { label, unit: name, value: d.text }, { sheet, row: r, col: cols.get(id)! });
    units.push({
      code,
      name,
      key,
      codeKey,
      block: cleanText(cellText(get(r, 'block'))),
      headcount: headcountOk ? hc.value : null,
      deadline: dl.kind === 'date' ? isoToVi(dl.iso) : dl.kind === 'invalid' ? dl.text : null,
      deadlineIso: dl.kind === 'date' ? dl.iso : null,
      receivedIso: rc.kind === 'date' ? rc.iso : null,
      receivedRef: cols.has('received') ? { sheet, row: r, col: cols.get('received')! } : null,
      ...(cols.has('subject') ? { scoredSubject: scoredSubject(cellText(get(r, 'subject'))) } : {}),
      ...(cols.has('set') ? { criteriaSet: cleanText(cellText(get(r, 'set'))), criteriaSetRef: { sheet, row: r, col: cols.get('set')! } } : {}),
      ref: { sheet, row: r, col: cols.get('name')! },
    });
  }
  return units;
}

const HISTORY_SPECS: ColumnSpec[] = [
  { id: 'name', label: 'Họ và tên', aliases: ['ho va ten', 'ho ten', 'ten tap the', 'ho va ten ten tap the'] },
  { id: 'dob', label: 'Ngày sinh', aliases: ['ngay sinh', 'ngay thang nam sinh'] },
  { id: 'unit', label: 'Đơn vị', aliases: ['don vi', 'ten don vi', 'don vi cong tac'] },
  { id: 'year', label: 'Năm', aliases: ['nam', 'nam khen thuong', 'nam dat'] },
  { id: 'title', label: 'Danh hiệu / hình thức', aliases: ['danh hieu hinh thuc', 'danh hieu', 'hinh thuc', 'hinh thuc khen thuong'] },
  { id: 'decision', label: 'Số quyết định', aliases: ['so quyet dinh', 'quyet dinh', 'so qd'] },
  { id: 'date', label: 'Ngày', aliases: ['ngay', 'ngay quyet dinh', 'ngay ky'] },
  { id: 'issuer', label: 'Cơ quan ban hành', aliases: ['co quan ban hanh', 'cap khen thuong'] },
  { id: 'note', label: 'Ghi chú', aliases: ['ghi chu', 'loai khen thuong'] },
];

/** Years an award in the history can be from: the Law on emulation and commendation onwards, and not beyond this century. */
export const HISTORY_YEARS = { min: 1945, max: 2100 } as const;

export function readHistory(grid: SheetGrid, log: FindingLog): AwardRecord[] {
  const sheet = grid.name;
  // One decision is merged down the people it awarded: its year, title, number, date and issuer.
  const table = openTable(grid, HISTORY_SPECS, ['name', 'year', 'title'], log, ['unit', 'year', 'title', 'decision', 'date', 'issuer']);
  if (!table) return [];
  const { headerRow, cols, get } = table;
  const out: AwardRecord[] = [];
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    if (isBlank(get(r, 'name')) && isBlank(get(r, 'title'))) continue;
    const name = cleanText(cellText(get(r, 'name')));
    const year = parseNumber(get(r, 'year'));
    const title = cleanText(cellText(get(r, 'title')));
    const dob = parseDate(get(r, 'dob'));
    // Each problem on its own cell, so the user is taken to the cell to fix (not column A).
    let bad = false;
    const at = (id: string) => ({ sheet, row: r, col: cols.get(id) ?? cols.get('name')! });
    if (!name) {
      log.add('HISTORY_BAD_ROW', { reason: 'thiếu họ tên' }, at('name'));
      bad = true;
    }
    if (year.kind !== 'number' || !Number.isInteger(year.value) || year.value < HISTORY_YEARS.min || year.value > HISTORY_YEARS.max) {
      const shown = year.kind === 'number' ? String(year.value) : year.kind === 'invalid' ? year.text : '';
      log.add('HISTORY_YEAR_INVALID', { value: shown, ...HISTORY_YEARS }, at('year'));
      bad = true;
    }
    if (!title) {
      log.add('HISTORY_BAD_ROW', { reason: 'thiếu danh hiệu' }, at('title'));
      bad = true;
    }
    if (dob.kind === 'invalid') {
      log.add('HISTORY_BAD_ROW', { reason: `ngày sinh "${dob.text}" không đọc được` }, at('dob'));
      bad = true;
    }
    if (bad) continue;
    const text = fold([title, cellText(get(r, 'note')), cellText(get(r, 'decision'))].join(' '));
    out.push({
      name,
      nameKey: nameKey(name),
      dob: dob.kind === 'date' ? dob.iso : null,
      unit: cleanText(cellText(get(r, 'unit'))),
      year: (year as { value: number }).value,
      title,
      titleKey: fold(title),
      thematic: /chuyen de|dot xuat/.test(text),
      decision: cleanText(cellText(get(r, 'decision'))),
      ref: { sheet, row: r, col: cols.get('name')! },
    });
  }
  return out;
}
