import { CellValue } from '../../sheet/grid';
import { CONFIG_SHEETS } from '../config/sheetNames';
import { SheetBuilder } from '../output/builder';
import { SheetModel } from '../../sheet/sheetModel';
import { councilVoteOn } from '../law/votes';
import { viDate, withTag } from '../law/period';
import { assumedDecisionDate, ruleSetOn, ruleSetText } from '../law/ruleSet';
import { LAW_OPTIONS, optionDefaultOn } from '../law/options';
import { QUORUM_DEFAULT } from '../law/votes';

/**
 * The default rules of domain.md §4 and §5, each with its legal basis and certainty:
 * [C] confirmed in force, [C-old] confirmed only before 2024, [R] common practice.
 * Every threshold here is a default the officer edits in the workbook, never a constant the
 * engine relies on.
 */
export interface DefaultTitle {
  name: string;
  subject: 'Cá nhân' | 'Tập thể';
  minScore: number | null;
  minRating: string;
  conditions: string;
  percent: number | null;
  base: string;
  maxCount: number | null;
  scope: 'Đơn vị' | 'Khối' | 'Toàn bộ' | '';
  /** The council's vote the proposal needs: `Tỷ lệ phiếu tối thiểu (%)` and `Phiếu tính trên`; '' for none. */
  voteMin: string;
  voteBase: '' | 'Tổng số thành viên' | 'Số có mặt';
  basis: string;
}

/** The vote columns of a title from the law's table (law/votes.ts), with its basis and tag. */
function voteColumns(name: string, date: string): { voteMin: string; voteBase: DefaultTitle['voteBase']; voteBasis: string } {
  const v = councilVoteOn(name, date);
  if (!v) return { voteMin: '', voteBase: '', voteBasis: '' };
  return {
    voteMin: `${v.op === '>' ? '>' : '≥'} ${v.percent}`,
    voteBase: v.base === 'members' ? 'Tổng số thành viên' : 'Số có mặt',
    voteBasis: ` Biểu quyết: ${withTag(v)}`,
  };
}

/**
 * The default titles in force on a decision date (ISO): the Law 06/2022 with the decree of the
 * period (law/ruleSet.ts), the council's votes per title (law/votes.ts). Rules of texts no longer
 * in force are options of `Phong trào` (law/options.ts), never silent defaults.
 */
export function defaultTitlesOn(date: string): DefaultTitle[] {
  const set = ruleSetOn(date);
  const nd = set.decree;
  const nd152 = set.id === 'law2022-nd152';
  const maternity = nd152 ? '; nghỉ thai sản tính là thời gian công tác: NĐ 152/2025/NĐ-CP, Điều 4 khoản 5 [C]' : '';
  const title = (t: Omit<DefaultTitle, 'voteMin' | 'voteBase'>): DefaultTitle => {
    const v = voteColumns(t.name, date);
    return { ...t, voteMin: v.voteMin, voteBase: v.voteBase, basis: t.basis + v.voteBasis };
  };
  return [
    title({
      name: 'Lao động tiên tiến',
      subject: 'Cá nhân',
      minScore: null,
      minRating: 'HTTNV',
      conditions: 'không kỷ luật từ khiển trách',
      percent: null,
      base: '',
      maxCount: null,
      scope: '',
      basis: `Luật TĐKT 06/2022/QH15: HTTNV trở lên, không giới hạn tỷ lệ [C]${maternity}; đang bị kỷ luật thì chưa đề nghị, thành tích chỉ tính từ khi hết thời hạn kỷ luật: ${nd} [C] (mức "từ khiển trách" theo quy định cũ [C-old], cơ quan sửa cột Điều kiện); loại trừ công tác < 10 tháng, nghỉ ≥ 40 ngày: không có trong văn bản hiện hành, tùy chọn ở sheet "Phong trào", tắt mặc định [C-old]`,
    }),
    title({
      name: 'Chiến sĩ thi đua cơ sở',
      subject: 'Cá nhân',
      minScore: null,
      minRating: '',
      conditions: 'đạt Lao động tiên tiến và (xếp loại HTXSNV hoặc sáng kiến ≥ 1 hoặc đề tài ≥ 1)',
      percent: null,
      base: '',
      maxCount: null,
      scope: '',
      basis: `Luật TĐKT 06/2022/QH15, Điều 23: đạt LĐTT và (HTXSNV, hoặc sáng kiến được công nhận, hoặc đề tài/đề án được nghiệm thu) [C]; cơ quan tự quy định đòi cả HTXSNV và sáng kiến [R]: sửa cột Điều kiện. Không giới hạn tỷ lệ: Luật Điều 23 và ${nd} không đặt tỷ lệ [R]; mức 15% số LĐTT của NĐ 91/2017/NĐ-CP (hết hiệu lực) là tùy chọn "Giới hạn CSTĐCS 15% số LĐTT" ở sheet "Phong trào" [C-old].`,
    }),
    title({
      name: 'Chiến sĩ thi đua cấp tỉnh',
      subject: 'Cá nhân',
      minScore: null,
      minRating: '',
      conditions: 'đạt Chiến sĩ thi đua cơ sở; 2 năm liên tục Chiến sĩ thi đua cơ sở',
      percent: null,
      base: '',
      maxCount: null,
      scope: '',
      basis:
        'Luật TĐKT 06/2022/QH15, Điều 22: 3 lần liên tục CSTĐCS (năm nay và 2 năm trước) và sáng kiến, đề tài có hiệu quả, phạm vi ảnh hưởng cấp tỉnh [C] (phạm vi do Hội đồng xác nhận).',
    }),
    title({
      name: 'Bằng khen của Chủ tịch UBND tỉnh (cá nhân)',
      subject: 'Cá nhân',
      minScore: null,
      minRating: '',
      conditions:
        'không kỷ luật; không đạt Chiến sĩ thi đua cấp tỉnh\nmột trong các điều kiện sau:\n- đạt Chiến sĩ thi đua cơ sở và 1 năm liên tục Chiến sĩ thi đua cơ sở\n- xếp loại HTXSNV và 1 năm liên tục Hoàn thành xuất sắc nhiệm vụ và (sáng kiến ≥ 2 hoặc đề tài ≥ 2)',
      percent: null,
      base: '',
      maxCount: null,
      scope: '',
      basis: `Luật TĐKT 06/2022/QH15, Điều 74 khoản 1 điểm d: 2 lần liên tục CSTĐCS, hoặc 2 năm trở lên liên tục HTXSNV và 2 sáng kiến (hoặc 2 đề tài) được công nhận trong thời gian đó [C] (năm trước theo Lịch sử khen thưởng, HTXSNV ghi như một dòng; sáng kiến đếm ở cột Sáng kiến năm nay [R]); các điểm a–c, đ cần Hội đồng đánh giá; một thành tích một hình thức; không đề nghị khi đang xem xét kỷ luật, sau kỷ luật thành tích chỉ tính từ khi hết thời hạn: ${nd} [C]`,
    }),
    title({
      name: 'Tập thể lao động tiên tiến',
      subject: 'Tập thể',
      minScore: null,
      minRating: '',
      conditions: 'tỷ lệ thành viên Lao động tiên tiến ≥ 70%; không có thành viên kỷ luật từ cảnh cáo',
      percent: null,
      base: '',
      maxCount: null,
      scope: '',
      basis:
        'Luật TĐKT 06/2022/QH15, Điều 28: ít nhất 70% thành viên đạt LĐTT, không có thành viên bị kỷ luật từ cảnh cáo trở lên [C] (mức "> 50%" cũ là của Luật 2003)',
    }),
    title({
      name: 'Tập thể lao động xuất sắc',
      subject: 'Tập thể',
      minScore: null,
      minRating: 'HTXSNV',
      conditions:
        'tỷ lệ thành viên xếp loại HTNV trở lên ≥ 100%; tỷ lệ thành viên Lao động tiên tiến ≥ 70%; có thành viên Chiến sĩ thi đua cơ sở; không có thành viên kỷ luật từ cảnh cáo',
      percent: null,
      base: '',
      maxCount: null,
      scope: '',
      basis:
        'Luật TĐKT 06/2022/QH15, Điều 27: tập thể HTXSNV (cột Xếp loại của tập thể), 100% thành viên hoàn thành nhiệm vụ, trong đó ít nhất 70% đạt LĐTT, có cá nhân đạt CSTĐCS, nội bộ đoàn kết (Hội đồng xác nhận) [C]; không có thành viên bị kỷ luật từ cảnh cáo: thực tiễn [R]',
    }),
    title({
      name: 'Cờ thi đua cấp tỉnh',
      subject: 'Tập thể',
      minScore: null,
      minRating: '',
      conditions: '',
      percent: null,
      base: '',
      maxCount: 1,
      scope: 'Khối',
      basis: 'Luật TĐKT 06/2022/QH15, Điều 26: tập thể dẫn đầu khối, cụm thi đua của tỉnh, chi tiết do tỉnh quy định [C]; một cờ mỗi khối: thực tiễn [R].',
    }),
    title({
      name: 'Bằng khen của Chủ tịch UBND tỉnh',
      subject: 'Tập thể',
      minScore: null,
      minRating: '',
      conditions: 'không đạt Cờ thi đua cấp tỉnh và (đạt Tập thể lao động xuất sắc hoặc xếp loại HTXSNV và 1 năm liên tục Hoàn thành xuất sắc nhiệm vụ)',
      percent: null,
      base: '',
      maxCount: 2,
      scope: 'Khối',
      basis: `Luật TĐKT 06/2022/QH15, Điều 74 khoản 3 điểm d: 2 năm liên tục HTXSNV (năm trước theo Lịch sử khen thưởng), hoặc đạt Tập thể lao động xuất sắc [C]; xếp liền sau đơn vị nhận Cờ trong khối (2–3 đơn vị) [C]; một thành tích một hình thức: ${nd} [C]`,
    }),
  ];
}

/** The default titles in force today's way: on the last day of 2026 (scripts and the sample use them). */
export const DEFAULT_TITLES: DefaultTitle[] = defaultTitlesOn('2026-12-31');

export interface DefaultCriterion {
  code: string;
  text: string;
  max: number;
  kind: '' | 'Cộng' | 'Trừ';
  weight: number | null;
  floor: number | null;
  evidence: '' | 'Bắt buộc';
}

/** A typical block scoring sheet (domain §5): groups 60/20/10/10, bonuses and deductions. [R] */
export const DEFAULT_CRITERIA: DefaultCriterion[] = [
  { code: 'I', text: 'Thực hiện nhiệm vụ chuyên môn', max: 60, kind: '', weight: null, floor: null, evidence: '' },
  { code: '1.1', text: 'Hoàn thành kế hoạch công tác năm', max: 30, kind: '', weight: null, floor: 15, evidence: 'Bắt buộc' },
  { code: '1.2', text: 'Chất lượng, tiến độ thực hiện nhiệm vụ được giao', max: 20, kind: '', weight: null, floor: null, evidence: '' },
  { code: '1.3', text: 'Tham mưu, đề xuất giải pháp', max: 10, kind: '', weight: null, floor: null, evidence: '' },
  { code: 'II', text: 'Xây dựng Đảng, đoàn thể', max: 20, kind: '', weight: null, floor: null, evidence: '' },
  { code: '2.1', text: 'Chấp hành chủ trương, đường lối, nội quy, quy chế', max: 10, kind: '', weight: null, floor: null, evidence: '' },
  { code: '2.2', text: 'Tham gia hoạt động đoàn thể', max: 10, kind: '', weight: null, floor: null, evidence: '' },
  { code: 'III', text: 'Công tác thi đua, khen thưởng', max: 10, kind: '', weight: null, floor: null, evidence: '' },
  { code: '3.1', text: 'Hưởng ứng phong trào thi đua, báo cáo đúng hạn', max: 10, kind: '', weight: null, floor: null, evidence: '' },
  { code: 'IV', text: 'Cải cách hành chính, chuyển đổi số', max: 10, kind: '', weight: null, floor: null, evidence: '' },
  { code: '4.1', text: 'Ứng dụng công nghệ thông tin, chuyển đổi số', max: 5, kind: '', weight: null, floor: null, evidence: '' },
  { code: '4.2', text: 'Cải cách thủ tục hành chính', max: 5, kind: '', weight: null, floor: null, evidence: '' },
  { code: 'C1', text: 'Được tặng Cờ thi đua cấp tỉnh', max: 10, kind: 'Cộng', weight: null, floor: null, evidence: 'Bắt buộc' },
  { code: 'C2', text: 'Được tặng Cờ thi đua của Chính phủ', max: 15, kind: 'Cộng', weight: null, floor: null, evidence: 'Bắt buộc' },
  { code: 'T1', text: 'Chậm nộp báo cáo (2 điểm mỗi lần)', max: 6, kind: 'Trừ', weight: null, floor: null, evidence: '' },
  { code: 'T2', text: 'Vi phạm quy chế, kỷ luật', max: 10, kind: 'Trừ', weight: null, floor: null, evidence: '' },
];

export interface TemplateOptions {
  year: number;
  organizer?: string;
  /** The decision date (ISO) that picks the rules in force; absent: the last day of the year, said in the sheet. */
  decisionDate?: string;
}

function table(name: string, head: string[], rows: CellValue[][], widths: number[], note?: string): SheetModel {
  const b = new SheetBuilder(head.length);
  // The note goes above the table: rows under it would be read as data.
  if (note) {
    b.banner(note, 'muted');
    b.blank();
  }
  const h = b.row(head, 'header');
  for (const r of rows) b.row(r);
  if (rows.length > 0) b.style(h + 1, 0, b.next - 1, head.length - 1, 'cellWrap');
  return b.build({
    id: 'config',
    name,
    columnWidths: widths,
    freeze: { rows: h + 1, cols: 0 },
    page: { orientation: 'landscape', fitToWidth: true, font: 'Times New Roman', fontSize: 12 },
  });
}

/** The config sheets of a new campaign, with the default rules: a first-time user starts here. */
export function buildTemplateSheets(o: TemplateOptions): SheetModel[] {
  const date = o.decisionDate ?? assumedDecisionDate(o.year);
  const set = ruleSetOn(date);
  // The rules an agency turns on or off, each with its default on the date and its basis.
  const options: CellValue[][] = LAW_OPTIONS.map((x) => {
    const d = optionDefaultOn(x.id, date);
    return [x.label, d.on ? 'Có' : 'Không', `${x.hint}. Mặc định: ${withTag(d)}`];
  });
  const campaign = table(
    CONFIG_SHEETS.campaign,
    ['Thông tin', 'Giá trị', 'Hướng dẫn'],
    [
      ['Tên phong trào', `Phong trào thi đua năm ${o.year}`, 'Bắt buộc'],
      ['Năm', o.year, 'Năm xét khen thưởng; dùng cho điều kiện "N năm liên tục"'],
      ['Đơn vị tổ chức', o.organizer ?? '', 'In ở góc trái Danh sách đề nghị khen thưởng'],
      ['Đối tượng', 'Cá nhân', 'Cá nhân | Tập thể: đối tượng mặc định khi tiêu đề bảng không rõ'],
      ['Điểm thưởng tối đa', 10, 'Tổng điểm cộng không vượt mức này [R]'],
      ['Ngưỡng chênh lệch', 10, 'Cảnh báo khi điểm thẩm định lệch điểm tự chấm quá mức này'],
      ['Thứ tự khi bằng điểm', 'Nhóm I; Điểm trừ; Tên', 'Xét lần lượt; còn bằng nhau thì đồng hạng, Hội đồng bỏ phiếu'],
      ['Làm tròn chỉ tiêu', 'Xuống', 'Xuống | Gần nhất'],
      [
        'Ngày quyết định',
        o.decisionDate ? viDate(o.decisionDate) : null,
        `Ngày ký quyết định khen thưởng (dd/mm/yyyy): chọn quy định, thẩm quyền, lương cơ sở hiện hành. Để trống: coi là ${viDate(date)}. Mẫu này theo ${ruleSetText(set, date)}`,
      ],
      [
        'Túc số họp Hội đồng',
        QUORUM_DEFAULT.text,
        `Số thành viên có mặt tối thiểu (phân số hoặc %) để cuộc họp biểu quyết được; không đủ thì không quyết định gì. Mặc định: ${withTag(QUORUM_DEFAULT)}`,
      ],
      ...options,
    ],
    [30, 40, 90],
  );
  const criteria = table(
    CONFIG_SHEETS.criteria,
    ['Mã', 'Nội dung tiêu chí', 'Điểm tối đa', 'Loại', 'Trọng số', 'Điểm sàn', 'Minh chứng'],
    DEFAULT_CRITERIA.map((c) => [c.code, c.text, c.max, c.kind, c.weight, c.floor, c.evidence]),
    [8, 56, 12, 10, 10, 10, 12],
    'Mã I, II… là nhóm (điểm nhóm không vượt Điểm tối đa của nhóm); 1.1… là tiêu chí; Loại để trống = chấm điểm, Cộng = điểm thưởng, Trừ = điểm trừ. Khung nhóm 60/20/10/10 theo thực tiễn chấm điểm khối thi đua [R].',
  );
  const titles = table(
    CONFIG_SHEETS.titles,
    [
      'Danh hiệu / hình thức',
      'Đối tượng',
      'Điểm tối thiểu',
      'Xếp loại tối thiểu',
      'Điều kiện',
      'Tỷ lệ tối đa (%)',
      'Tính trên',
      'Số lượng tối đa',
      'Phạm vi',
      'Tỷ lệ phiếu tối thiểu (%)',
      'Phiếu tính trên',
      'Căn cứ',
    ],
    defaultTitlesOn(date).map((t) => [
      t.name,
      t.subject,
      t.minScore,
      t.minRating,
      t.conditions,
      t.percent,
      t.base,
      t.maxCount,
      t.scope,
      t.voteMin,
      t.voteBase,
      t.basis,
    ]),
    [30, 10, 10, 12, 50, 10, 20, 10, 10, 12, 16, 60],
    `Quy định hiện hành ngày ${viDate(date)}: ${set.texts}. Xét từ trên xuống: điều kiện chỉ được nêu danh hiệu ở dòng trên; nối bằng "và" (hoặc ";"), "hoặc", ngoặc đơn, hay "một trong các điều kiện sau:" rồi mỗi phương án một dòng. Tỷ lệ phiếu: phần Hội đồng đồng ý cần có (sheet "Biểu quyết"). [C] quy định hiện hành; [C-old] quy định trước 2024, cần rà soát; [R] thực tiễn, tùy cơ quan.`,
  );
  const units = table(
    CONFIG_SHEETS.units,
    ['Mã đơn vị', 'Tên đơn vị', 'Khối thi đua', 'Số lao động', 'Hạn nộp', 'Ngày nộp'],
    [
      ['VP', 'Văn phòng', 'Khối tham mưu', null, null, null],
      ['KHTC', 'Phòng Kế hoạch - Tài chính', 'Khối tham mưu', null, null, null],
    ],
    [12, 40, 20, 12, 14, 14],
    'Mỗi đơn vị một dòng; tên sheet chấm điểm nên là Mã đơn vị. Ghi Ngày nộp khi nhận bảng chấm để biết đơn vị nộp muộn.',
  );
  const history = table(
    CONFIG_SHEETS.history,
    ['Họ và tên', 'Ngày sinh', 'Đơn vị', 'Năm', 'Danh hiệu / hình thức', 'Số quyết định', 'Ngày', 'Cơ quan ban hành'],
    [],
    [26, 12, 26, 8, 30, 18, 12, 24],
  );
  return [campaign, criteria, titles, units, history];
}
