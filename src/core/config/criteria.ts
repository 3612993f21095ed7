import { SheetGrid, cellText, isBlank } from '../../sheet/grid';
import { Criterion, CriterionKind, CriteriaTree } from '../model';
import { FindingLog } from '../findings/log';
import { cleanText, fold } from '../text/normalize';
import { parseNumber } from '../text/numbers';
import { ColumnSpec, OpenTable, openTable } from './table';

const SPECS: ColumnSpec[] = [
  { id: 'code', label: 'Mã', aliases: ['ma', 'ma tieu chi', 'ma so', 'stt', 'tt'] },
  { id: 'text', label: 'Nội dung tiêu chí', aliases: ['noi dung tieu chi', 'noi dung', 'tieu chi', 'ten tieu chi'] },
  { id: 'max', label: 'Điểm tối đa', aliases: ['diem toi da', 'diem chuan', 'thang diem', 'diem'] },
  { id: 'kind', label: 'Loại', aliases: ['loai', 'loai diem'] },
  { id: 'weight', label: 'Trọng số', aliases: ['trong so', 'he so'] },
  { id: 'floor', label: 'Điểm sàn', aliases: ['diem san', 'diem toi thieu'] },
  { id: 'evidence', label: 'Minh chứng', aliases: ['minh chung', 'yeu cau minh chung'] },
  { id: 'set', label: 'Bộ tiêu chí', aliases: ['bo tieu chi', 'bo tieu chi ap dung', 'ap dung cho', 'ap dung cho khoi'] },
];

/** The shape of a criterion code: groups I, II…; items 1, 1.1…; letter-prefixed C1, T1… */
export function classifyCode(raw: string): { key: string; display: string; level: number } | null {
  const k = fold(raw)
    .replace(/^(nhom|phan|tieu chi|tc|muc)\s+/, '')
    .replace(/\.$/, '')
    .trim();
  if (/^[ivxlc]+$/.test(k)) return { key: k, display: k.toUpperCase(), level: 0 };
  if (/^[a-h]$/.test(k)) return { key: k, display: k.toUpperCase(), level: 0 };
  if (/^\d+(\.\d+)*$/.test(k)) return { key: k, display: k, level: k.split('.').length };
  if (/^[a-z]{1,3}\d+(\.\d+)*$/.test(k)) return { key: k, display: k.toUpperCase(), level: k.split('.').length };
  return null;
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

/** The group a dotted item code names by its first part ("4.1": 4, IV or D; "1.2.3": 1.2), or null when the code names none. */
function expectedGroup(key: string): { keys: string[]; display: string } | null {
  const m = /^(\d+(?:\.\d+)*)\.\d+$/.exec(key);
  if (!m) return null;
  const head = m[1];
  if (head.includes('.')) return { keys: [head], display: head };
  const n = Number(head);
  const keys = [head];
  if (n >= 1 && n <= ROMAN.length) keys.push(ROMAN[n - 1]);
  if (n >= 1 && n <= 8) keys.push(String.fromCharCode(96 + n));
  return { keys, display: n >= 1 && n <= ROMAN.length ? `${ROMAN[n - 1].toUpperCase()} (${head})` : head };
}

function parseKind(text: string): CriterionKind | null | 'invalid' {
  const k = fold(text);
  if (k === '') return null;
  if (/^(diem )?(cong|thuong)/.test(k)) return 'bonus';
  if (/^(diem )?tru/.test(k)) return 'deduction';
  if (/^(cham|cham diem|thuong xuyen|co ban)$/.test(k)) return 'scored';
  return 'invalid';
}

/**
 * The criteria of `Tiêu chí`. With a `Bộ tiêu chí` column, a campaign has several criteria sets
 * (khối chuyên môn, khối tham mưu…): rows with a blank set are common to every set, rows naming a
 * set belong to it only, and each set is a tree of its own (codes may repeat across sets). The
 * tree returned is the common one (or the first set's, when no row is common), with every set
 * under `sets`. Without the column: one tree, as always.
 */
export function readCriteria(grid: SheetGrid, log: FindingLog): CriteriaTree | null {
  const table = openTable(grid, SPECS, ['code', 'text', 'max'], log);
  if (!table) return null;
  const { headerRow, cols, get } = table;
  const setOf = new Map<number, string>();
  const names = new Map<string, string>();
  if (cols.has('set'))
    for (let r = headerRow + 1; r < grid.rows.length; r++) {
      const name = cleanText(cellText(get(r, 'set')));
      if (name === '') continue;
      const key = fold(name);
      if (!names.has(key)) names.set(key, name);
      setOf.set(r, key);
    }
  if (names.size === 0) return buildTree(grid, table, log, () => true);
  // A row's findings are said once, however many sets it belongs to.
  const said = new Set<string>();
  const once: Pick<FindingLog, 'add' | 'lang'> = {
    lang: log.lang,
    add: (code, params, at, who) => {
      const k = `${code}|${at.row}|${at.col}`;
      if (said.has(k)) return;
      said.add(k);
      log.add(code, params, at, who);
    },
  };
  const sets = new Map<string, CriteriaTree>();
  for (const [key, name] of names) {
    const tree = buildTree(grid, table, once, (r) => !setOf.has(r) || setOf.get(r) === key);
    if (tree) sets.set(key, { ...tree, setName: name });
  }
  const hasCommon = [...Array(grid.rows.length).keys()].some((r) => r > headerRow && !setOf.has(r) && !isBlank(get(r, 'code')));
  const common = hasCommon ? buildTree(grid, table, once, (r) => !setOf.has(r)) : null;
  const main = common ?? sets.values().next().value ?? null;
  if (!main) return null;
  return { ...main, sets };
}

/** The criteria set a unit is scored on: its `Bộ tiêu chí`, else a set named as its block; null for the common one. */
export function criteriaSetOf(tree: CriteriaTree, unit: { criteriaSet?: string; block: string } | undefined): CriteriaTree | null {
  if (!tree.sets || tree.sets.size === 0 || !unit) return null;
  const own = unit.criteriaSet ? fold(unit.criteriaSet) : '';
  if (own !== '') return tree.sets.get(own) ?? null;
  return tree.sets.get(fold(unit.block)) ?? null;
}

function buildTree(grid: SheetGrid, table: OpenTable, log: Pick<FindingLog, 'add' | 'lang'>, include: (r: number) => boolean): CriteriaTree | null {
  const sheet = grid.name;
  const { headerRow, cols, get } = table;
  const col = (id: string) => cols.get(id);
  const all: Criterion[] = [];
  const byCode = new Map<string, Criterion>();
  const stack: Criterion[] = [];
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    if (!include(r)) continue;
    const codeCell = get(r, 'code');
    const textCell = get(r, 'text');
    if (isBlank(codeCell) && isBlank(textCell)) continue;
    if (isBlank(codeCell)) continue; // headings, "Tổng cộng" rows
    const shape = classifyCode(cellText(codeCell));
    if (!shape && isBlank(textCell) && isBlank(get(r, 'max'))) continue; // a note written under the table
    if (!shape) {
      log.add('CRITERION_BAD_CODE', { value: cellText(codeCell) }, { sheet, row: r, col: col('code')! });
      continue;
    }
    if (byCode.has(shape.key)) {
      log.add('CRITERION_DUPLICATE', { value: shape.display, other: byCode.get(shape.key)!.ref.row + 1 }, { sheet, row: r, col: col('code')! });
      continue;
    }
    const numberAt = (id: string, label: string): number | null => {
      const p = parseNumber(get(r, id));
      if (p.kind === 'number') return p.value;
      if (p.kind === 'invalid') log.add('CONFIG_BAD_NUMBER', { label: `${label} (${shape.display})`, value: p.text }, { sheet, row: r, col: col(id)! });
      return null;
    };
    let max = numberAt('max', 'Điểm tối đa');
    let weight = numberAt('weight', 'Trọng số');
    let floor = numberAt('floor', 'Điểm sàn');
    // Values no rule can be applied with: said on their cell, and not applied.
    if (max !== null && max < 0) {
      log.add('CRITERION_MAX_NEGATIVE', { value: shape.display, max: String(max) }, { sheet, row: r, col: col('max')! });
      max = null;
    }
    if (weight !== null && weight <= 0) {
      log.add('CRITERION_WEIGHT_INVALID', { value: shape.display, weight: String(weight) }, { sheet, row: r, col: col('weight')! });
      weight = null;
    }
    if (floor !== null && max !== null && floor > max) {
      log.add('CRITERION_FLOOR_ABOVE_MAX', { value: shape.display, floor: String(floor), max: String(max) }, { sheet, row: r, col: col('floor')! });
      floor = null;
    }
    let explicitKind = parseKind(cellText(get(r, 'kind')));
    if (explicitKind === 'invalid') {
      log.add('CONFIG_BAD_VALUE', { label: 'Loại', value: cellText(get(r, 'kind')), allowed: 'để trống, Cộng, Trừ' }, { sheet, row: r, col: col('kind')! });
      explicitKind = null;
    }

    while (stack.length > 0 && stack[stack.length - 1].level >= shape.level) stack.pop();
    let parent: Criterion | null = stack.length > 0 ? stack[stack.length - 1] : null;
    // "4.1" belongs to group 4 (or IV, or D): not to the III above it when IV is missing.
    const wanted = expectedGroup(shape.key);
    if (parent && wanted && !wanted.keys.includes(parent.key)) {
      log.add('CRITERION_NO_GROUP', { value: shape.display, group: wanted.display }, { sheet, row: r, col: col('code')! });
      parent = null;
      stack.length = 0;
    }
    // A bonus or deduction item never sits inside a scored group, whatever its code says.
    if (parent && explicitKind && explicitKind !== parent.kind) {
      parent = null;
      stack.length = 0;
    }
    const kind: CriterionKind = explicitKind ?? parent?.kind ?? 'scored';
    const node: Criterion = {
      code: shape.display,
      key: shape.key,
      text: cleanText(cellText(textCell)),
      max,
      kind,
      weight: weight ?? 1,
      floor,
      evidenceRequired: /^(bat buoc|co|x|yes|required)$/.test(fold(cellText(get(r, 'evidence')))),
      parent: parent ? parent.code : null,
      children: [],
      level: shape.level,
      ref: { sheet, row: r, col: col('code')! },
    };
    if (parent) parent.children.push(node.code);
    all.push(node);
    byCode.set(node.key, node);
    stack.push(node);
  }
  if (all.length === 0) {
    log.add('CRITERIA_EMPTY', {}, { sheet, row: headerRow, col: 0 });
    return null;
  }
  const byDisplay = new Map(all.map((c) => [c.code, c] as const));
  for (const c of all)
    if (c.children.length === 0 && c.max === null) log.add('CRITERION_NO_MAX', { value: c.code }, { sheet, row: c.ref.row, col: col('max')! });
  return {
    all,
    byCode: byDisplay,
    leaves: all.filter((c) => c.children.length === 0),
    roots: all.filter((c) => c.parent === null),
  };
}
