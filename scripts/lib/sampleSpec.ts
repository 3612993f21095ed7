import { BookSpec, Cell, CriterionSpec, PersonRow, RosterSpec, dob, personName, rng } from './bookFactory';
import { DEFAULT_TITLES } from '../../src/core/template/defaults';

/**
 * The bundled sample: Sở Xây dựng of a province, campaign 2025, six units of which one has not
 * sent its sheet, and sheets as units really send them. Each messy case is named here so the
 * tests can check that it is found.
 */
export const SAMPLE_CRITERIA: CriterionSpec[] = [
  { code: 'I', text: 'Thực hiện nhiệm vụ chuyên môn', max: 60 },
  { code: '1.1', text: 'Hoàn thành kế hoạch công tác năm', max: 30, floor: 15, evidence: 'Bắt buộc' },
  { code: '1.2', text: 'Chất lượng, tiến độ thực hiện nhiệm vụ', max: 20 },
  { code: '1.3', text: 'Tham mưu, đề xuất giải pháp', max: 10 },
  { code: 'II', text: 'Chấp hành kỷ luật, kỷ cương', max: 20 },
  { code: '2.1', text: 'Chấp hành nội quy, quy chế cơ quan', max: 10 },
  { code: '2.2', text: 'Tham gia hoạt động đoàn thể', max: 10 },
  { code: 'III', text: 'Cải cách hành chính, chuyển đổi số', max: 20 },
  { code: '3.1', text: 'Ứng dụng công nghệ thông tin, chuyển đổi số', max: 10 },
  { code: '3.2', text: 'Giải quyết thủ tục hành chính đúng hạn', max: 10 },
  { code: 'C1', text: 'Được khen thưởng đột xuất trong năm', max: 5, kind: 'Cộng', evidence: 'Bắt buộc' },
  { code: 'T1', text: 'Vi phạm nội quy (2 điểm mỗi lần)', max: 6, kind: 'Trừ' },
];

const CODES = ['1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '3.2', 'C1', 'T1'];
const RATINGS = ['HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTNV'];
const POSITIONS = ['Chuyên viên', 'Chuyên viên', 'Chuyên viên chính', 'Phó Trưởng phòng', 'Cán sự', 'Kỹ sư'];

function people(seed: number, n: number, appraisal: boolean): PersonRow[] {
  const rand = rng(seed);
  const out: PersonRow[] = [];
  for (let i = 0; i < n; i++) {
    const rating = RATINGS[Math.floor(rand() * RATINGS.length)];
    const strong = rating === 'HTXSNV' ? 1 : rating === 'HTTNV' ? 0.85 : 0.65;
    const sc = (max: number) => Math.round(max * Math.min(1, strong + (rand() - 0.5) * 0.2) * 2) / 2;
    const scores: PersonRow['scores'] = {};
    const self = {
      '1.1': sc(30),
      '1.2': sc(20),
      '1.3': sc(10),
      '2.1': sc(10),
      '2.2': sc(10),
      '3.1': sc(10),
      '3.2': sc(10),
      C1: rand() < 0.1 ? 5 : null,
      T1: rand() < 0.1 ? 2 : null,
    };
    for (const [k, v] of Object.entries(self))
      scores[k] = appraisal && v !== null && ['1.1', '1.2'].includes(k) ? [v, Math.max(0, v - (rand() < 0.3 ? 1 : 0))] : v;
    out.push({
      name: personName(rand),
      dob: dob(rand),
      position: POSITIONS[Math.floor(rand() * POSITIONS.length)],
      rating,
      initiatives: rating === 'HTXSNV' && rand() < 0.6 ? 1 : null,
      scores,
      total: 'auto',
      evidence: 'Báo cáo tổng kết năm',
    });
  }
  return out;
}

/**
 * The council's votes as the officer entered them in the sheet the add-in wrote (11 members, 10
 * present, the absent member voting in writing: `Phiếu bằng văn bản`): the tie between Hà and Minh
 * for Thanh tra's CSTĐCS place (no gender written there) is settled by 10 votes to 9; Cường's 8 of
 * 11 is below the 80% of all members CSTĐCS needs (Decree 98/2023 Art. 30(7)): not proposed; CSTĐ
 * cấp tỉnh ≥ 90% of all members. The tie of Văn phòng (Nhung, Bảo) is decided by the women-first
 * step (Decree 152/2025 Art. 4(6)) before any vote; Nhung's CSTĐCS is then voted on.
 */
const SAMPLE_VOTES: Cell[][] = [
  ['KẾT QUẢ BIỂU QUYẾT CỦA HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG'],
  ['Phong trào thi đua thực hiện nhiệm vụ chính trị năm 2025'],
  [],
  [],
  ['', 'Thời gian họp', '08 giờ 00, ngày 22/12/2025'],
  ['', 'Địa điểm', 'Phòng họp tầng 3, Sở Xây dựng'],
  ['', 'Chủ trì', 'Ông Phạm Văn Hùng, Giám đốc Sở, Chủ tịch Hội đồng'],
  ['', 'Thư ký', 'Bà Lê Thị Mai, Phó Chánh Văn phòng'],
  ['', 'Tổng số thành viên Hội đồng', 11],
  ['', 'Số thành viên có mặt', 10],
  ['', 'Thành viên vắng mặt', 'Ông Võ Văn Nam (đi công tác, gửi phiếu bầu)'],
  [],
  [
    'STT',
    'Danh hiệu / hình thức',
    'Họ và tên / Tên tập thể',
    'Đơn vị',
    'Mã ứng viên',
    'Nội dung biểu quyết',
    'Tổng số thành viên',
    'Số có mặt',
    'Số phiếu đồng ý',
    'Phiếu bằng văn bản',
    'Ghi chú',
  ],
  [
    1,
    'Chiến sĩ thi đua cơ sở',
    'Đinh Công Minh',
    'Thanh tra Sở',
    '',
    'Đồng hạng ở ranh giới chỉ tiêu: 2 người đồng hạng 1 tranh 1 suất còn lại',
    null,
    null,
    9,
    1,
    'Bỏ phiếu kín',
  ],
  [
    2,
    'Chiến sĩ thi đua cơ sở',
    'Vũ Thị Thanh Hà',
    'Thanh tra Sở',
    '',
    'Đồng hạng ở ranh giới chỉ tiêu: 2 người đồng hạng 1 tranh 1 suất còn lại',
    null,
    null,
    10,
    1,
    'Bỏ phiếu kín',
  ],
  [3, 'Chiến sĩ thi đua cơ sở', 'Lê Minh Tuấn', 'Văn phòng', '', 'Biểu quyết ≥ 80% tổng số thành viên Hội đồng', null, null, 11, 1, 'Bỏ phiếu kín'],
  [
    4,
    'Chiến sĩ thi đua cơ sở',
    'Đỗ Hữu Cường',
    'Phòng Kế hoạch - Tài chính',
    '',
    'Biểu quyết ≥ 80% tổng số thành viên Hội đồng',
    null,
    null,
    8,
    1,
    'Bỏ phiếu kín',
  ],
  [5, 'Chiến sĩ thi đua cơ sở', 'Phạm Thu An', 'Phòng Quản lý xây dựng', '', 'Biểu quyết ≥ 80% tổng số thành viên Hội đồng', null, null, 10, 1, 'Bỏ phiếu kín'],
  [
    6,
    'Chiến sĩ thi đua cấp tỉnh',
    'Lê Minh Tuấn',
    'Văn phòng',
    '',
    'Biểu quyết ≥ 90% tổng số thành viên Hội đồng',
    null,
    null,
    10,
    1,
    'Bỏ phiếu kín; 1 phiếu bằng văn bản',
  ],
  [7, 'Chiến sĩ thi đua cơ sở', 'Nguyễn Thị Hồng Nhung', 'Văn phòng', '', 'Biểu quyết ≥ 80% tổng số thành viên Hội đồng', null, null, 10, 1, 'Bỏ phiếu kín'],
];

export function sampleSpec(): BookSpec {
  const vp = people(11, 10, true);
  // Two strong officers tied on everything the tie-break chain reads: the CSTĐCS place is the council's vote.
  const tie = { '1.1': [30, 30], '1.2': [20, 20], '1.3': 10, '2.1': 10, '2.2': 10, '3.1': 9, '3.2': 9, C1: null, T1: null } as PersonRow['scores'];
  vp.unshift(
    {
      name: 'Nguyễn Thị Hồng Nhung',
      dob: '12/03/1984',
      gender: 'Nữ',
      position: 'Chánh Văn phòng',
      rating: 'HTXSNV',
      initiatives: 1,
      scores: { ...tie },
      total: 'auto',
      requested: 'Chiến sĩ thi đua cơ sở',
      evidence: 'QĐ 45/QĐ-SXD',
    },
    {
      name: 'Trần Quốc Bảo',
      dob: '05/09/1982',
      gender: 'Nam',
      position: 'Phó Chánh Văn phòng',
      rating: 'HTXSNV',
      initiatives: 'Sáng kiến số hóa hồ sơ lưu trữ',
      scores: { ...tie },
      total: 'auto',
      requested: 'Chiến sĩ thi đua cơ sở',
      evidence: 'QĐ 46/QĐ-SXD',
    },
  );
  // Three years of CSTĐCS in a row: proposed for the provincial title (with history 2023, 2024).
  vp.push({
    name: 'Lê Minh Tuấn',
    dob: '20/11/1979',
    position: 'Chuyên viên chính',
    rating: 'HTXSNV',
    initiatives: 2,
    scores: { '1.1': [30, 30], '1.2': [20, 20], '1.3': 10, '2.1': 10, '2.2': 10, '3.1': 10, '3.2': 10, C1: 5, T1: null },
    total: 'auto',
    requested: 'Chiến sĩ thi đua cấp tỉnh',
    evidence: 'QĐ 12/QĐ-UBND',
  });

  const khtc = people(23, 8, false);
  khtc[0].scores['1.2'] = '17,5'; // a decimal comma typed as text
  khtc[1].total = 88; // a stated total that does not add up
  khtc[2].rating = 'Hoàn thành tốt nhiệm vụ'; // full words
  khtc[3].rating = 'Hoan thanh xuat sac nhiem vu'; // no diacritics
  khtc[4].rating = 'Tốt'; // not one of the four levels
  // Two officers equal on everything for Kế hoạch - Tài chính's CSTĐCS place, in a sheet with no Giới tính
  // column: the women-first step cannot separate them (said so) and no vote is recorded yet: pending.
  const full = { '1.1': 30, '1.2': 20, '1.3': 10, '2.1': 10, '2.2': 10, '3.1': 10, '3.2': 10, C1: null, T1: null } as PersonRow['scores'];
  khtc[5] = {
    name: 'Hoàng Văn Khánh',
    dob: '08/08/1987',
    position: 'Chuyên viên',
    rating: 'HTXSNV',
    initiatives: 1,
    scores: { ...full },
    total: 'auto',
    evidence: 'Báo cáo tổng kết năm',
  };
  khtc[6] = {
    name: 'Ngô Thị Phương Lan',
    dob: '19/04/1988',
    position: 'Chuyên viên',
    rating: 'HTXSNV',
    initiatives: 1,
    scores: { ...full },
    total: 'auto',
    evidence: 'Báo cáo tổng kết năm',
  };
  const qlxd = people(37, 9, false);
  qlxd[0].scores['1.1'] = 32; // above the item's maximum
  qlxd[1].discipline = 'Khiển trách';
  qlxd[2].requested = 'Chiến sĩ thi đua cơ sở';
  qlxd[2].initiatives = null; // requested CSTĐCS without an initiative: HTXSNV alone is enough under the 2022 Law ("hoặc")
  qlxd[2].rating = 'HTXSNV';
  // The same person also listed by Văn phòng (same name and date of birth).
  qlxd.push({ ...vp[3], position: 'Chuyên viên (biệt phái)' });

  const htkt = people(41, 7, false);
  htkt[1].scores['1.3'] = null; // a criterion left blank
  htkt[2].scores['2.1'] = 'đạt'; // a word where a number belongs
  htkt[3].evidence = ''; // evidence required for 1.1 but not given
  htkt[4].daysOff = 45; // 45 days off: not LĐTT
  htkt[5].requested = 'Chiến sĩ thi đua cơ sở'; // neither HTXSNV, nor an initiative, nor a research topic: refused, each alternative said
  htkt[5].rating = 'HTTNV';
  htkt[5].initiatives = null;
  htkt[6].monthsWorked = 7; // joined in June: under the 10 months LĐTT asks, though rated HTXSNV

  const tt = people(53, 6, true);
  // Two inspectors tied on everything for Thanh tra's one CSTĐCS place: the council's votes settle it.
  tt[1] = {
    name: 'Vũ Thị Thanh Hà',
    dob: '14/02/1986',
    position: 'Thanh tra viên chính',
    rating: 'HTXSNV',
    initiatives: 1,
    scores: { ...tie },
    total: 'auto',
    requested: 'Chiến sĩ thi đua cơ sở',
    evidence: 'QĐ 51/QĐ-SXD',
  };
  tt[2] = {
    name: 'Đinh Công Minh',
    dob: '30/06/1983',
    position: 'Thanh tra viên',
    rating: 'HTXSNV',
    initiatives: 'Quy trình thanh tra trên phần mềm',
    scores: { ...tie },
    total: 'auto',
    requested: 'Chiến sĩ thi đua cơ sở',
    evidence: 'QĐ 52/QĐ-SXD',
  };
  tt[0].scores['1.1'] = [28, 15]; // the council cut a lot: gap above the threshold
  tt[0].scores['1.2'] = [19, 10];

  const rosters: RosterSpec[] = [
    {
      sheet: 'VP',
      titleLines: ['SỞ XÂY DỰNG TỈNH …', 'VĂN PHÒNG SỞ', 'BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2025'],
      appraisal: true,
      // Văn phòng writes Giới tính: the women-first step separates its CSTĐCS tie (Decree 152/2025 Art. 4(6)).
      columns: ['stt', 'dob', 'gender', 'position', 'rating', 'initiatives', 'discipline', 'total', 'requested', 'evidence'],
      criteria: CODES,
      rows: vp.map((p) => ({ ...p, gender: p.gender ?? (/ Thị /.test(p.name) ? 'Nữ' : 'Nam') })),
      totalRow: true,
      signature: true,
    },
    {
      sheet: 'KHTC',
      titleLines: ['SO XAY DUNG', 'PHONG KE HOACH - TAI CHINH', 'BANG TU CHAM DIEM NAM 2025'],
      headerStyle: 'noDiacritics',
      criteria: CODES,
      rows: khtc,
      numberingRow: true,
      signature: true,
    },
    {
      sheet: 'P.QLXD',
      titleLines: ['SỞ XÂY DỰNG TỈNH …', 'PHÒNG QUẢN LÝ XÂY DỰNG', 'BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2025'],
      headerStyle: 'text',
      nfdHeaders: true,
      columns: ['stt', 'dob', 'position', 'rating', 'initiatives', 'discipline', 'total', 'requested', 'evidence'],
      criteria: CODES,
      rows: qlxd,
      totalRow: true,
      signature: true,
    },
    {
      sheet: 'HTKT',
      titleLines: ['SỞ XÂY DỰNG TỈNH …', 'BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2025'],
      headerStyle: 'tc',
      columns: ['stt', 'dob', 'position', 'unit', 'rating', 'initiatives', 'daysOff', 'monthsWorked', 'total', 'requested', 'evidence'],
      criteria: CODES,
      rows: [
        { section: 'I. Lãnh đạo phòng' },
        ...htkt.slice(0, 2).map((p) => ({ ...p, unit: 'Phòng Hạ tầng kỹ thuật' })),
        { spacer: true },
        { section: 'II. Chuyên viên' },
        ...htkt.slice(2).map((p) => ({ ...p, unit: 'Phòng Hạ tầng kỹ thuật' })),
      ],
      signature: true,
    },
    {
      sheet: 'Thanh tra',
      titleLines: ['SỞ XÂY DỰNG TỈNH …', 'THANH TRA SỞ', 'BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2025'],
      appraisal: true,
      criteria: CODES,
      rows: tt,
      totalRow: true,
      signature: true,
    },
    {
      sheet: 'Tập thể',
      titleLines: ['SỞ XÂY DỰNG TỈNH …', 'BẢNG CHẤM ĐIỂM THI ĐUA CÁC TẬP THỂ NĂM 2025'],
      nameHeader: 'Tên tập thể',
      // The collective's own rating: Tập thể lao động xuất sắc asks for HTXSNV as a collective (Art. 27).
      columns: ['stt', 'rating', 'total'],
      criteria: CODES,
      rows: [
        {
          name: 'Văn phòng',
          rating: 'HTXSNV',
          scores: { '1.1': 29, '1.2': 19, '1.3': 9, '2.1': 10, '2.2': 9, '3.1': 9, '3.2': 10, C1: null, T1: null },
          total: 'auto',
        },
        {
          name: 'Phòng Kế hoạch - Tài chính',
          rating: 'HTTNV',
          scores: { '1.1': 27, '1.2': 18, '1.3': 9, '2.1': 9, '2.2': 9, '3.1': 9, '3.2': 9, C1: null, T1: 2 },
          total: 'auto',
        },
        {
          name: 'Phòng Quản lý xây dựng',
          rating: 'HTXSNV',
          scores: { '1.1': 28, '1.2': 19, '1.3': 9, '2.1': 9, '2.2': 9, '3.1': 10, '3.2': 9, C1: null, T1: null },
          total: 'auto',
        },
        {
          name: 'Phòng Hạ tầng kỹ thuật',
          rating: 'HTTNV',
          scores: { '1.1': 28, '1.2': 18, '1.3': 8, '2.1': 9, '2.2': 9, '3.1': 9, '3.2': 9, C1: null, T1: null },
          total: 'auto',
        },
        {
          name: 'Thanh tra Sở',
          rating: 'HTXSNV',
          scores: { '1.1': 29, '1.2': 18, '1.3': 9, '2.1': 10, '2.2': 9, '3.1': 9, '3.2': 9, C1: 5, T1: null },
          total: 'auto',
        },
      ],
      signature: true,
    },
  ];
  return {
    campaign: [
      ['Tên phong trào', 'Phong trào thi đua thực hiện nhiệm vụ chính trị năm 2025'],
      ['Năm', 2025],
      ['Đơn vị tổ chức', 'Sở Xây dựng tỉnh …'],
      ['Đối tượng', 'Cá nhân'],
      ['Điểm thưởng tối đa', 5],
      ['Ngưỡng chênh lệch', 10],
      ['Thứ tự khi bằng điểm', 'Nhóm I; Điểm trừ; Tên'],
      ['Làm tròn chỉ tiêu', 'Xuống'],
      // The law in force on the decision date; the Sở keeps the old LĐTT exclusions as its own regulation.
      ['Ngày quyết định', '26/12/2025'],
      ['Loại trừ nghỉ từ 40 ngày', 'Có'],
      ['Loại trừ công tác dưới 10 tháng', 'Có'],
    ],
    criteria: SAMPLE_CRITERIA,
    // The Sở's own regulation keeps a CSTĐCS quota (20% of each unit's LĐTT) and a score floor: its choice, said in the basis.
    titles: DEFAULT_TITLES.map((t) =>
      t.name === 'Chiến sĩ thi đua cơ sở'
        ? {
            ...t,
            minScore: 85,
            percent: 20,
            base: 'Lao động tiên tiến',
            scope: 'Đơn vị' as const,
            basis: `${t.basis} Tỷ lệ 20% số LĐTT mỗi đơn vị, điểm tối thiểu 85: quy chế thi đua của Sở [R].`,
          }
        : { ...t, scope: t.scope || ('' as const) },
    ),
    units: [
      { code: 'VP', name: 'Văn phòng', block: 'Khối tham mưu', headcount: 13, deadline: '15/12/2025', received: '12/12/2025' },
      { code: 'KHTC', name: 'Phòng Kế hoạch - Tài chính', block: 'Khối tham mưu', headcount: 8, deadline: '15/12/2025', received: '15/12/2025' },
      { code: 'QLXD', name: 'Phòng Quản lý xây dựng', block: 'Khối chuyên môn', headcount: 10, deadline: '15/12/2025', received: '19/12/2025' }, // 4 days late
      { code: 'HTKT', name: 'Phòng Hạ tầng kỹ thuật', block: 'Khối chuyên môn', headcount: 7, deadline: '15/12/2025', received: '15/12/2025' },
      { code: 'TTr', name: 'Thanh tra Sở', block: 'Khối chuyên môn', headcount: 6, deadline: '15/12/2025', received: '14/12/2025' },
      { code: 'TTKĐ', name: 'Trung tâm Kiểm định chất lượng xây dựng', block: 'Khối sự nghiệp', headcount: 15, deadline: '15/12/2025' },
    ],
    history: [
      { name: 'Lê Minh Tuấn', dob: '20/11/1979', unit: 'Văn phòng', year: 2023, title: 'Chiến sĩ thi đua cơ sở', decision: '88/QĐ-SXD' },
      { name: 'Lê Minh Tuấn', dob: '20/11/1979', unit: 'Văn phòng', year: 2024, title: 'Chiến sĩ thi đua cơ sở', decision: '102/QĐ-SXD' },
      // A rating kept in the history: with HTXSNV this year it meets the individual Bằng khen, which
      // he does not get, as the provincial title above is his form for this achievement.
      { name: 'Lê Minh Tuấn', dob: '20/11/1979', unit: 'Văn phòng', year: 2024, title: 'HTXSNV', decision: 'Xếp loại 2024' },
      { name: 'Lê Minh Tuấn', dob: '02/01/1990', unit: 'Thanh tra Sở', year: 2024, title: 'Chiến sĩ thi đua cơ sở', decision: '102/QĐ-SXD' },
      {
        name: 'Nguyễn Thị Hồng Nhung',
        dob: '12/03/1984',
        unit: 'Văn phòng',
        year: 2024,
        title: 'Bằng khen chuyên đề phòng chống thiên tai',
        decision: '55/QĐ-UBND',
      },
      // A collective's rating last year: with HTXSNV this year, the Law's second way to the collective Bằng khen.
      { name: 'Phòng Quản lý xây dựng', dob: '', unit: 'Phòng Quản lý xây dựng', year: 2024, title: 'Hoàn thành xuất sắc nhiệm vụ', decision: 'Xếp loại 2024' },
    ],
    rosters,
    extraSheets: [
      { name: 'Ghi chú', rows: [['Ghi chú của Văn phòng'], ['Hạn nộp bảng chấm điểm: 15/12/2025'], ['Trung tâm Kiểm định chưa gửi.']] },
      { name: 'Biểu quyết', rows: SAMPLE_VOTES },
    ],
  };
}
