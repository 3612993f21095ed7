import ExcelJS from 'exceljs';
import { CellValue } from '../../src/sheet/grid';
import { SheetModel } from '../../src/sheet/sheetModel';
import { runOnFile, writeResult, readGrids, writeNewWorkbook } from '../../src/host/file/fileHost';
import { explainDecision } from '../../src/core/output/explain';
import { checkOf, decision, person, rankOnFile, roster, setTitleCell, templateSheets } from '../support/book';

/**
 * Votes as data: the tie at the CSTĐCS boundary of Văn phòng (Yến and Vy, tied on everything the
 * tie-break chain reads, for the last of 2 places), decided by the council in `Biểu quyết`.
 */
const CSTD = 'Chiến sĩ thi đua cơ sở';
const VP = roster('VP', [
  person(1, 'Xuân', '01/01/1980', 'HTXSNV', 1),
  person(2, 'Yến', '02/02/1981', 'HTXSNV', 1, { minus: 2 }),
  person(3, 'Vy', '03/03/1982', 'HTXSNV', 1, { minus: 2 }),
  ...['Anh', 'Bảo', 'Chi', 'Duy', 'Hải', 'Khải', 'Lộc'].map((n, i) => person(4 + i, n, `0${i + 1}/01/1990`, 'HTTNV', 0, { minus: 4 })),
]);

function config(): SheetModel[] {
  // 20% of 10 LĐTT: 2 places; the agency's own vote rule (a simple majority of those present),
  // below the law's 80% of all members (test/scenarios/law/votes.test.ts has the law's).
  return templateSheets((t) => {
    setTitleCell(t, CSTD, 'Tỷ lệ tối đa (%)', 20);
    setTitleCell(t, CSTD, 'Tính trên', 'Lao động tiên tiến');
    setTitleCell(t, CSTD, 'Phạm vi', 'Đơn vị');
    setTitleCell(t, CSTD, 'Tỷ lệ phiếu tối thiểu (%)', '> 50');
    setTitleCell(t, CSTD, 'Phiếu tính trên', 'Số có mặt');
  });
}

/** The `Biểu quyết` model the first run wrote, filled as the officer would: meeting numbers, then votes by name. */
function fill(votes: SheetModel, meeting: { members: number; present: number }, inFavour: Record<string, CellValue>): SheetModel {
  const rows = votes.rows.map((r) => [...(r ?? [])]);
  for (const r of rows) {
    if (r[1] === 'Tổng số thành viên Hội đồng') r[2] = meeting.members;
    if (r[1] === 'Số thành viên có mặt') r[2] = meeting.present;
    if (r[1] === 'Chủ trì') r[2] = 'Ông Trần Văn Chủ, Giám đốc Sở';
    if (r[1] === 'Thư ký') r[2] = 'Bà Lê Thị Ký';
  }
  const h = rows.findIndex((r) => r[0] === 'STT');
  const col = rows[h].indexOf('Số phiếu đồng ý');
  for (const r of rows.slice(h + 1)) if (typeof r[2] === 'string' && r[2] in inFavour) r[col] = inFavour[r[2]];
  return { ...votes, rows };
}

let first: Awaited<ReturnType<typeof rankOnFile>>;
let votesModel: SheetModel;
beforeAll(async () => {
  first = await rankOnFile([...config(), VP]);
  votesModel = first.sheets.find((s) => s.id === 'votes')!;
});

const again = (inFavour: Record<string, CellValue>, meeting = { members: 11, present: 9 }) =>
  rankOnFile([...config(), VP, fill(votesModel, meeting, inFavour)]);

describe('before the meeting', () => {
  test('the tie is pending, and the add-in writes a Biểu quyết sheet with the rows to vote on', () => {
    expect(decision(first, 'Xuân', CSTD).status).toBe('proposed');
    for (const n of ['Yến', 'Vy']) {
      const d = decision(first, n, CSTD);
      expect(d.status).toBe('tiedAtQuota');
      expect(d.quotaNote).toMatch(/2 người đồng hạng 2 tranh 1 suất còn lại: chờ Hội đồng bỏ phiếu; chưa có kết quả biểu quyết \(sheet "Biểu quyết"\)/);
    }
    expect(first.result.findings.filter((f) => f.code === 'QUOTA_TIE')).toHaveLength(2);
    expect(votesModel.name).toBe('Biểu quyết');
    const h = votesModel.rows.findIndex((r) => r?.[0] === 'STT');
    expect(h).toBeLessThan(15); // within the rows where the reader looks for the header
    const rows = votesModel.rows.slice(h + 1).map((r) => [r[1], r[2], r[3], r[4], r[5], r[8]]);
    expect(rows).toEqual([
      [CSTD, 'Vy', 'Văn phòng', 'VP!6', expect.stringMatching(/^Đồng hạng ở ranh giới chỉ tiêu/), null],
      [CSTD, 'Yến', 'Văn phòng', 'VP!5', expect.stringMatching(/^Đồng hạng/), null],
      [CSTD, 'Xuân', 'Văn phòng', 'VP!4', 'Biểu quyết > 50% số thành viên có mặt', null],
      // CSTĐ cấp tỉnh needs 3 CSTĐCS in a row: nobody here, no row.
    ]);
  });
  test('the minutes are ready to print with blanks for the meeting', () => {
    const m = first.sheets.find((s) => s.id === 'minutes')!;
    const text = m.rows.map((r) => (r ?? []).filter((v) => v !== null && v !== '').join(' | '));
    expect(text).toContain('SỞ XÂY DỰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG | Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('HỌP HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG');
    expect(text).toContain('Thời gian: ……………………');
    expect(text).toContain('1. Lao động tiên tiến: 10 cá nhân (danh sách kèm theo). Số thành viên đồng ý: ……/…… (……%).');
    expect(text).toContain('2. Chiến sĩ thi đua cơ sở (cần > 50% số thành viên có mặt)');
    expect(text).toContain('1 | Xuân | Văn phòng | Chờ biểu quyết');
    expect(text).toContain('2 | Vy | Văn phòng | Đồng hạng: chờ biểu quyết');
    expect(text).toContain('THƯ KÝ | CHỦ TRÌ');
    expect(m.page).toMatchObject({ orientation: 'portrait', font: 'Times New Roman' });
  });
});

describe('the council votes', () => {
  test('a tied pair at the quota boundary: more votes wins the place, said with the votes and the rule', async () => {
    const job = await again({ Xuân: 9, Yến: 7, Vy: 5 });
    const yen = decision(job, 'Yến', CSTD);
    expect(yen.status).toBe('proposed');
    expect(yen.quotaNote).toMatch(
      /2 người đồng hạng 2 tranh 1 suất còn lại; Hội đồng biểu quyết: 7\/9 thành viên có mặt đồng ý \(77,8%\), nhiều phiếu hơn: trong chỉ tiêu; bước ưu tiên nữ khi bằng thành tích \(NĐ 152\/2025\/NĐ-CP, Điều 4 khoản 6\) không tách được: không ghi Giới tính của Vy, Yến \(không suy đoán theo tên\)$/,
    );
    expect(checkOf(yen, /^Biểu quyết/)).toMatchObject({
      label: 'Biểu quyết > 50% số thành viên có mặt',
      ok: true,
      detail: '7/9 thành viên có mặt đồng ý (77,8%)',
    });
    const vy = decision(job, 'Vy', CSTD);
    expect(vy.status).toBe('cutByQuota');
    expect(vy.quotaNote).toMatch(
      /Hội đồng biểu quyết: 5\/9 thành viên có mặt đồng ý \(55,6%\), ít phiếu hơn: ngoài chỉ tiêu; các suất thuộc: Xuân, Yến; bước ưu tiên nữ khi bằng thành tích \(NĐ 152\/2025\/NĐ-CP, Điều 4 khoản 6\) không tách được: không ghi Giới tính của Vy, Yến \(không suy đoán theo tên\)$/,
    );
    expect(vy.cutBy).toHaveLength(2);
    expect(job.result.findings.map((f) => f.code)).not.toContain('QUOTA_TIE');
    // The existing sheet is the officer's: not written again.
    expect(job.sheets.map((s) => s.id)).not.toContain('votes');
    // The proposal list's note column, and the minutes.
    const proposal = job.sheets.find((s) => s.id === 'proposal')!;
    const yenRow = proposal.rows.find((r) => r?.[1] === 'Yến' && r?.[3] === CSTD)!;
    expect(yenRow[5]).toBe('Hội đồng: 7/9 có mặt đồng ý (77,8%)');
    const minutes = job.sheets.find((s) => s.id === 'minutes')!.rows.map((r) => (r ?? []).filter((v) => v !== null && v !== '').join(' | '));
    expect(minutes).toEqual(
      expect.arrayContaining([
        'Chủ trì: Ông Trần Văn Chủ, Giám đốc Sở',
        'Thành viên Hội đồng: 11 người; có mặt: 9 người; vắng mặt: ……………………',
        '2 | Yến | Văn phòng | 11 (9 + 0) | 7/9 (77,8%) | Đề nghị',
        '3 | Vy | Văn phòng | 11 (9 + 0) | 5/9 (55,6%) | Ít phiếu hơn, ngoài chỉ tiêu',
      ]),
    );
  });
  test('one of the pair below the majority drops out before the places are given: no tie left', async () => {
    const job = await again({ Xuân: 9, Yến: 7, Vy: 4 });
    const vy = decision(job, 'Vy', CSTD);
    expect(vy.status).toBe('notEligible');
    expect(checkOf(vy, /^Biểu quyết/)).toMatchObject({ ok: false, detail: '4/9 thành viên có mặt đồng ý (44,4%)' });
    expect(decision(job, 'Yến', CSTD).quotaNote).toMatch(/hạng 2 trong đơn vị Văn phòng, trong chỉ tiêu$/);
    const minutes = job.sheets.find((s) => s.id === 'minutes')!.rows.map((r) => (r ?? []).filter((v) => v !== null && v !== '').join(' | '));
    expect(minutes).toContain('3 | Vy | Văn phòng | 11 (9 + 0) | 4/9 (44,4%) | Không đạt tỷ lệ phiếu');
  });
  test('a proposal below its threshold is not proposed, with the reason; its place goes down the ranking', async () => {
    const job = await again({ Xuân: 4, Yến: 6, Vy: 7 });
    const x = decision(job, 'Xuân', CSTD);
    expect(x.status).toBe('notEligible');
    expect(x.checks.filter((c) => !c.ok)).toEqual([
      expect.objectContaining({ label: 'Biểu quyết > 50% số thành viên có mặt', detail: '4/9 thành viên có mặt đồng ý (44,4%)' }),
    ]);
    // Two places, two left at rank 2: no tie any more.
    expect(decision(job, 'Yến', CSTD).status).toBe('proposed');
    expect(decision(job, 'Vy', CSTD).status).toBe('proposed');
  });
  test('missing votes: still pending, said so', async () => {
    const job = await again({ Yến: 7 });
    const x = decision(job, 'Xuân', CSTD);
    expect(x.status).toBe('proposed');
    expect(x.vote?.pending).toBe(true);
    expect(explainDecision(x, 'vi')).toMatch(/^✓ Chiến sĩ thi đua cơ sở: đề xuất \(.*\) \[.*\] \{chờ Hội đồng biểu quyết, cần > 50% số thành viên có mặt\}$/);
    expect(explainDecision(x, 'en')).toMatch(/\{council vote pending, needs > 50% of members present\}$/);
    const f = job.result.findings.find((y) => y.code === 'VOTE_MISSING')!;
    expect(f.message).toBe('"Chiến sĩ thi đua cơ sở" cần Hội đồng biểu quyết; 1 đề nghị chưa có kết quả: Xuân. Vẫn chờ Hội đồng.');
    expect([f.sheet, f.severity]).toEqual(['Danh hiệu', 'warning']);
    // One of the tied pair has no vote yet: the tie stands, pending.
    for (const n of ['Yến', 'Vy']) expect(decision(job, n, CSTD).status).toBe('tiedAtQuota');
    expect(decision(job, 'Vy', CSTD).quotaNote).toMatch(/chờ Hội đồng bỏ phiếu; chưa có kết quả biểu quyết/);
    const proposal = job.sheets.find((s) => s.id === 'proposal')!;
    expect(proposal.rows.find((r) => r?.[1] === 'Xuân' && r?.[3] === CSTD)![5]).toBe('Chờ Hội đồng biểu quyết');
  });
  test('a tie in votes stays a tie, said so', async () => {
    const job = await again({ Xuân: 9, Yến: 6, Vy: 6 });
    for (const n of ['Yến', 'Vy']) {
      const d = decision(job, n, CSTD);
      expect(d.status).toBe('tiedAtQuota');
      expect(d.quotaNote).toMatch(
        /Hội đồng biểu quyết: 6\/9 thành viên có mặt đồng ý \(66,7%\), bằng phiếu: chờ Hội đồng quyết định; bước ưu tiên nữ khi bằng thành tích \(NĐ 152\/2025\/NĐ-CP, Điều 4 khoản 6\) không tách được: không ghi Giới tính của Vy, Yến \(không suy đoán theo tên\)$/,
      );
    }
    const f = job.result.findings.filter((y) => y.code === 'VOTE_TIE_STANDS');
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe(
      '2 ứng viên đồng hạng tranh 1 suất "Chiến sĩ thi đua cơ sở" còn lại cũng bằng phiếu (6/9 thành viên có mặt đồng ý (66,7%)): chưa đề xuất ai trong số họ, chờ Hội đồng quyết định. Gồm: Vy, Yến.',
    );
    const proposal = job.sheets.find((s) => s.id === 'proposal')!;
    expect(proposal.rows.find((r) => r?.[1] === 'Vy' && r?.[3] === CSTD)![5]).toBe('Bằng phiếu (6/9 thành viên có mặt đồng ý (66,7%)): Hội đồng quyết định');
    const minutes = job.sheets.find((s) => s.id === 'minutes')!.rows.map((r) => (r ?? []).filter((v) => v !== null && v !== '').join(' | '));
    expect(minutes.filter((l) => /Bằng phiếu: Hội đồng quyết định$/.test(l))).toHaveLength(2);
  });
  test('numbers that cannot be true, and names not found, are findings on their cells; those rows wait', async () => {
    const bad = fill(votesModel, { members: 11, present: 9 }, { Xuân: 10, Yến: 'bảy', Vy: 5 });
    bad.rows.push([4, CSTD, 'Zorro', 'Văn phòng', '', '', null, null, 3, ''], [5, 'Huân chương Lao động', 'Xuân', 'Văn phòng', '', '', null, null, 3, '']);
    const job = await rankOnFile([...config(), VP, bad]);
    const f = (code: string) => job.result.findings.filter((x) => x.code === code).map((x) => [x.sheet, x.cell, x.message]);
    const at = (col: string, name: string, title = CSTD) => `${col}${bad.rows.findIndex((r) => r?.[2] === name && r?.[1] === title) + 1}`;
    expect(f('VOTE_BAD_COUNT')).toEqual([
      [
        'Biểu quyết',
        at('I', 'Xuân'),
        'Số liệu biểu quyết của "Xuân" (Chiến sĩ thi đua cơ sở) không khớp: 10 phiếu đồng ý, nhiều hơn 9 người có mặt. Dòng này coi như chưa có phiếu.',
      ],
    ]);
    expect(f('VOTE_BAD_NUMBER')).toEqual([['Biểu quyết', at('I', 'Yến'), expect.stringContaining('"bảy"')]]);
    expect(f('VOTE_CANDIDATE_UNKNOWN')).toEqual([['Biểu quyết', at('C', 'Zorro'), expect.stringContaining('"Zorro" (Văn phòng)')]]);
    expect(f('VOTE_TITLE_UNKNOWN')).toEqual([['Biểu quyết', at('B', 'Xuân', 'Huân chương Lao động'), expect.stringContaining('"Huân chương Lao động"')]]);
    expect(decision(job, 'Xuân', CSTD).vote?.pending).toBe(true);
    expect(decision(job, 'Yến', CSTD).status).toBe('tiedAtQuota');
  });
});

describe('the votes sheet through the copy, as the officer works', () => {
  test('written once into the copy, filled by the officer, read on the next run and never overwritten', async () => {
    const input = await writeNewWorkbook([...config(), VP]);
    const job1 = await runOnFile(input, { source: 'a.xlsx', action: 'rank', now: '2026-01-05T08:00:00Z' });
    const copy1 = await writeResult(job1, '2026-01-05T08:00:00Z');
    // The officer fills the votes in Excel.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(copy1 as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Biểu quyết')!;
    ws.eachRow((row) => {
      const label = String(row.getCell(2).value ?? '');
      if (label === 'Tổng số thành viên Hội đồng') row.getCell(3).value = 11;
      if (label === 'Số thành viên có mặt') row.getCell(3).value = 9;
      const name = String(row.getCell(3).value ?? '');
      if (name === 'Yến') row.getCell(9).value = 8;
      if (name === 'Vy') row.getCell(9).value = 6;
      if (name === 'Xuân') row.getCell(9).value = 9;
    });
    const filled = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const job2 = await runOnFile(filled, { source: 'a.ket-qua.xlsx', action: 'rank', now: '2026-01-06T08:00:00Z' });
    expect(job2.sheets.map((s) => s.id)).not.toContain('votes');
    const yen = job2.result.candidates.find((c) => c.name === 'Yến')!;
    expect((job2.result.decisions.get(yen.id) ?? []).find((d) => d.title === CSTD)!.status).toBe('proposed');
    const copy2 = await readGrids(await writeResult(job2, '2026-01-06T08:00:00Z'));
    const votes = copy2.sheets.find((s) => s.name === 'Biểu quyết')!;
    expect(votes.rows.find((r) => r?.[2] === 'Yến')![8]).toBe(8);
    expect(copy2.sheets.filter((s) => s.name.startsWith('Biểu quyết'))).toHaveLength(1);
    const minutes = copy2.sheets.find((s) => s.name === 'Biên bản')!;
    expect(minutes.rows.flat()).toContain('8/9 (88,9%)');
  });
});

describe('quota values out of range are refused on their cell', () => {
  test.each([
    ['Tỷ lệ tối đa (%)', 1000, 'F', /"Tỷ lệ tối đa \(%\)" của danh hiệu "Chiến sĩ thi đua cơ sở" là 1000%: tỷ lệ phải từ 0 đến 100/],
    ['Tỷ lệ tối đa (%)', -5, 'F', /là -5%: tỷ lệ phải từ 0 đến 100/],
    ['Số lượng tối đa', 1.5, 'H', /"Số lượng tối đa" của danh hiệu "Chiến sĩ thi đua cơ sở" là 1.5: số suất phải là số nguyên không âm/],
    ['Số lượng tối đa', -1, 'H', /là -1: số suất/],
  ])('%s = %s', async (header, value, col, message) => {
    const job = await rankOnFile([...templateSheets((t) => setTitleCell(t, CSTD, header, value)), VP]);
    const f = job.result.findings.find((x) => x.code === 'TITLE_BAD_QUOTA')!;
    expect(f.sheet).toBe('Danh hiệu');
    expect(f.cell).toMatch(new RegExp(`^${col}\\d+$`));
    expect(f.message).toMatch(message);
    expect(f.message).toMatch(/không được đề xuất cho ai cho đến khi sửa/);
    // Not 12 of 11 people: nobody, until the cell is fixed.
    for (const n of ['Xuân', 'Yến', 'Vy']) expect(decision(job, n, CSTD).status).toBe('ruleUnusable');
  });
  test('a malformed condition is an error on its cell, saying where, and the title goes to nobody', async () => {
    const job = await rankOnFile([
      ...templateSheets((t) => setTitleCell(t, CSTD, 'Điều kiện', 'đạt Lao động tiên tiến và (xếp loại HTXSNV hoặc sáng kiến ≥ 1')),
      VP,
    ]);
    const f = job.result.findings.find((x) => x.code === 'TITLE_BAD_CONDITION')!;
    expect([f.sheet, f.cell.replace(/\d+/, ''), f.severity]).toEqual(['Danh hiệu', 'E', 'error']);
    expect(f.message).toBe(
      'Không hiểu điều kiện "đạt Lao động tiên tiến và (xếp loại HTXSNV hoặc sáng kiến ≥ 1" của danh hiệu "Chiến sĩ thi đua cơ sở": dấu "(" ở ký tự 27 không có dấu ")" đóng',
    );
    for (const n of ['Xuân', 'Yến', 'Vy']) expect(decision(job, n, CSTD).status).toBe('ruleUnusable');
  });
  test('a vote threshold that cannot be read is refused on its cell', async () => {
    const job = await rankOnFile([...templateSheets((t) => setTitleCell(t, CSTD, 'Tỷ lệ phiếu tối thiểu (%)', '150')), VP]);
    const f = job.result.findings.find((x) => x.code === 'TITLE_BAD_VOTE_RULE')!;
    expect([f.sheet, f.cell.replace(/\d+/, '')]).toEqual(['Danh hiệu', 'J']);
    expect(decision(job, 'Xuân', CSTD).status).toBe('ruleUnusable');
  });
});

describe("the tool's vote notes told from the officer's", () => {
  test('every sentence the tool writes there is its own; one the officer added to, or began alike, is kept', async () => {
    const { isGeneratedNote } = await import('../../src/core/output/sheets');
    const own = [
      'Chờ Hội đồng biểu quyết',
      'Chờ Hội đồng bỏ phiếu',
      'Council vote pending',
      'Council to vote',
      'Hội đồng: 7/9 có mặt đồng ý (77,8%)',
      'Hội đồng: 8/10 thành viên đồng ý (80%)',
      'Hội đồng: 5 phiếu đồng ý',
      'Council: 7/9 present in favour (77.8%)',
      'Council: 5 in favour',
      'Bằng phiếu (6/9 thành viên có mặt đồng ý (66,7%)): Hội đồng quyết định',
      'Equal votes (6/9 members present in favour (66.7%)): council to decide',
    ];
    for (const n of own) expect([n, isGeneratedNote(n)]).toEqual([n, true]);
    const officer = [
      'Hội đồng: 7/9 có mặt đồng ý (77,8%); đề nghị bổ sung minh chứng',
      'Hội đồng đã họp 20/11',
      'Chờ Hội đồng biểu quyết lại sau khi bổ sung hồ sơ',
      'Council: 5 in favour, see the minutes',
    ];
    for (const n of officer) expect([n, isGeneratedNote(n)]).toEqual([n, false]);
  });

  test("the notes this run writes are all recognised as the tool's", async () => {
    const { isGeneratedNote, PROPOSAL_NOTES_COL } = await import('../../src/core/output/sheets');
    for (const lang of ['vi', 'en'] as const) {
      const input = await writeNewWorkbook([...config(), VP]);
      const job = await runOnFile(input, { source: 'a.xlsx', action: 'rank', lang });
      const notes = job.sheets
        .find((s) => s.id === 'proposal')!
        .rows.filter((r) => typeof r?.[0] === 'number')
        .map((r) => String(r![PROPOSAL_NOTES_COL] ?? ''));
      expect(notes.some((n) => n !== '')).toBe(true);
      for (const n of notes.filter(Boolean)) expect([n, isGeneratedNote(n)]).toEqual([n, true]);
    }
  });
});
