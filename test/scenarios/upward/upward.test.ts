import { bookBytes } from '../../../scripts/lib/bookFactory';
import { sampleSpec } from '../../../scripts/lib/sampleSpec';
import { runEngine } from '../../../src/core/engine/run';
import { a1, cellText } from '../../../src/sheet/grid';
import { DATA_COLUMNS, FORMAT, UPWARD_SHEETS } from '../../../src/core/upward/format';
import { checkCode, contentHash } from '../../../src/core/upward/hash';
import { readUpwardFile } from '../../../src/core/upward/read';
import { rollup } from '../../../src/core/upward/rollup';
import { assembleWorkbook, consolidate, sealMeta } from '../../../src/core/upward/consolidate';
import { buildDataSheet } from '../../../src/core/upward/sheets';
import { sealRow } from '../../../src/core/upward/rows';
import { readGrids, writeNewWorkbook } from '../../../src/host/file/fileHost';
import { agencySpec, copy, sheet, upwardFile } from './support';

const col = (id: string) => DATA_COLUMNS.findIndex((c) => c.id === id);
const CODE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

describe('consolidate: the sample agency book → its upward workbook, reopened from the file', () => {
  let file: Awaited<ReturnType<typeof upwardFile>>;
  beforeAll(async () => {
    file = await upwardFile(sampleSpec(), 'so-xay-dung.gui-cap-tren.xlsx');
  });

  test('a new workbook: cover first, proposal list, Tổng hợp, findings, data, statistics, export, codes; no unit sheet', () => {
    const names = file.grids.sheets.map((s) => s.name);
    expect(names).toEqual([
      UPWARD_SHEETS.cover,
      UPWARD_SHEETS.proposals,
      UPWARD_SHEETS.summary,
      UPWARD_SHEETS.findings,
      UPWARD_SHEETS.data,
      UPWARD_SHEETS.stats,
      UPWARD_SHEETS.export,
      UPWARD_SHEETS.codes,
      UPWARD_SHEETS.meta,
    ]);
    for (const unitSheet of ['VP', 'KHTC', 'Phong trào', 'Tiêu chí', 'Lịch sử khen thưởng']) expect(names).not.toContain(unitSheet);
  });

  test("the data sheet: documented columns, one row per proposal for an upper-level form, the agency's own titles as prerequisites", () => {
    const data = sheet(file.grids, UPWARD_SHEETS.data);
    expect(data.rows[0]).toEqual(DATA_COLUMNS.map((c) => c.vi));
    const rows = data.rows.slice(1);
    // The engine proposes 7 upper-level forms and 42 the agency decides itself (LĐTT, CSTĐCS, TTLĐTT).
    expect(rows).toHaveLength(7);
    const forms = rows.map((r) => r[col('form')]);
    expect(new Set(forms)).toEqual(
      new Set(['Tập thể lao động xuất sắc', 'Cờ thi đua cấp tỉnh', 'Bằng khen của Chủ tịch UBND tỉnh', 'Chiến sĩ thi đua cấp tỉnh']),
    );
    expect(forms).not.toContain('Lao động tiên tiến');
    const tuan = rows.find((r) => r[col('name')] === 'Lê Minh Tuấn')!;
    expect(tuan[col('dob')]).toBe('20/11/1979');
    // The council's vote from the agency's Biểu quyết, over all members first.
    expect(String(tuan[col('vote')])).toMatch(/^10\/11 thành viên đồng ý \(90,9%\)/);
    expect(tuan[col('format')]).toBe(FORMAT);
    expect(tuan[col('agency')]).toBe('Sở Xây dựng tỉnh …');
    expect(tuan[col('decidedBy')]).toBe('Chủ tịch UBND tỉnh');
    expect(tuan[col('objectClass')]).toBe('Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu');
    expect(tuan[col('awardKind')]).toBe('Thường xuyên (công trạng)');
    expect(tuan[col('total')]).toBe(105);
    expect(tuan[col('rankAll')]).toBe(1);
    expect(tuan[col('rating')]).toBe('HTXSNV');
    expect(tuan[col('initiatives')]).toBe(2);
    expect(String(tuan[col('prerequisites')])).toContain('2025: Chiến sĩ thi đua cơ sở (cơ quan xét cùng đợt)');
    expect(String(tuan[col('prerequisites')])).toContain('2024: Chiến sĩ thi đua cơ sở (102/QĐ-SXD)');
    expect(String(tuan[col('prerequisites')])).toContain('2023: Chiến sĩ thi đua cơ sở (88/QĐ-SXD)');
    expect([tuan[col('sourceFile')], tuan[col('sourceSheet')]]).toEqual(['so-xay-dung.xlsx', 'VP']);
    // The source cell holds the person's name in the agency's book.
    const vp = sheet(file.book, 'VP');
    const at = String(tuan[col('sourceCell')]);
    const r = Number(/\d+/.exec(at)![0]) - 1;
    const c = at.charCodeAt(0) - 65;
    expect(vp.rows[r][c]).toBe('Lê Minh Tuấn');
    expect(String(tuan[col('rowHash')])).toMatch(/^[0-9a-f]{64}$/);
  });

  test('the check code is on the cover and in the proposal list footer, and matches the data', () => {
    const r = readUpwardFile(file.grids, 'so-xay-dung.gui-cap-tren.xlsx', 'vi');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.meta.checkCode).toMatch(CODE);
    expect(r.recomputedCode).toBe(r.meta.checkCode);
    const cover = sheet(file.grids, UPWARD_SHEETS.cover)
      .rows.flat()
      .map((v) => cellText(v));
    expect(cover).toContain(r.meta.checkCode);
    const list = sheet(file.grids, UPWARD_SHEETS.proposals)
      .rows.flat()
      .map((v) => cellText(v));
    expect(list.some((t) => t.includes(`Mã kiểm tra dữ liệu: ${r.meta.checkCode}`))).toBe(true);
  });

  test('the proposal list: the administrative layout, one tờ trình per award kind, the deciding level marked', () => {
    const rows = sheet(file.grids, UPWARD_SHEETS.proposals).rows;
    expect(rows[0][3]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(rows[1][3]).toBe('Độc lập - Tự do - Hạnh phúc');
    const texts = rows.map((r) => cellText(r[0] ?? null));
    expect(texts).toContain('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
    expect(texts).toContain('Loại khen thưởng: Thường xuyên (công trạng)');
    expect(texts.some((t) => t.startsWith('2. Cờ thi đua cấp tỉnh (2) – thẩm quyền: Chủ tịch UBND tỉnh'))).toBe(true);
    const head = rows.findIndex((r) => r[0] === 'STT');
    expect(rows[head]).toEqual(['STT', 'Họ và tên (tên tập thể)', 'Chức vụ, đơn vị', 'Hình thức đề nghị', 'Tóm tắt thành tích', 'Ghi chú']);
    expect(rows.some((r) => r[1] === 'Lê Minh Tuấn' && r[2] === 'Chuyên viên chính, Văn phòng' && r[3] === 'Chiến sĩ thi đua cấp tỉnh')).toBe(true);
    expect(texts).toContain('NGƯỜI LẬP BIỂU');
    // The cover's table of forms says who decides each, with its basis.
    const cover = sheet(file.grids, UPWARD_SHEETS.cover).rows;
    const cst = cover.find((r) => r[0] === 'Chiến sĩ thi đua cấp tỉnh')!;
    expect(cst.slice(1, 4)).toEqual(['Cá nhân', 1, 'Chủ tịch UBND tỉnh']);
    expect(String(cst[4])).toContain('Luật TĐKT 2022, Điều 80');
    // Beside them, the titles the agency decided itself: not sent, the bases of the proposals.
    const own = cover.find((r) => r[0] === 'Lao động tiên tiến')!;
    const r = runEngine(file.book);
    const ltt = r.candidates.filter((c) => (r.decisions.get(c.id) ?? []).some((d) => d.title === 'Lao động tiên tiến' && d.status === 'proposed')).length;
    expect(ltt).toBeGreaterThan(30);
    expect(own.slice(1, 4)).toEqual(['Cá nhân', String(ltt), 'Thủ trưởng cơ quan']);
    expect(String(own[4])).toContain('Thủ trưởng cơ quan, đơn vị quyết định');
  });

  test('statistics and the provincial export', () => {
    const stats = sheet(file.grids, UPWARD_SHEETS.stats).rows;
    const total = stats.find((r) => r[1] === 'Tổng cộng')!;
    expect(total[total.length - 1]).toBe(7);
    const exp = sheet(file.grids, UPWARD_SHEETS.export).rows;
    expect(exp[0].slice(0, 9)).toEqual([
      'STT',
      'Tên gọi (Ông/Bà/Chức danh)',
      'Tên tập thể/cá nhân/hộ gia đình',
      'Chức vụ',
      'Đơn vị công tác',
      'Phân loại khen thưởng',
      'Danh hiệu thi đua/Hình thức khen thưởng',
      'Phân loại đối tượng',
      'Lĩnh vực hoạt động',
    ]);
    // Collectives first by default: a setting of Bảng mã.
    expect(exp[1][2]).toBe('Văn phòng');
    expect(exp[exp.length - 1][2]).toBe('Lê Minh Tuấn');
  });

  test('one data cell changed in the file: roll-up refuses it, naming the row and the cell, with the recomputed code', () => {
    const g = copy(file.grids);
    const data = sheet(g, UPWARD_SHEETS.data);
    const r = data.rows.findIndex((x) => x[col('name')] === 'Lê Minh Tuấn');
    data.rows[r][col('total')] = 110;
    const res = readUpwardFile(g, 'sua.xlsx', 'vi');
    expect(res.ok).toBe(false);
    const row = res.findings.find((f) => f.code === 'UPWARD_ROW_CHANGED')!;
    expect(row.sheet).toBe(UPWARD_SHEETS.data);
    expect(row.cell).toBe(a1(r, col('total')));
    expect(row.message).toContain(`Dòng ${r + 1} ("Lê Minh Tuấn")`);
    expect(row.message).toContain(`${a1(r, col('total'))} (Tổng điểm)`);
    const hash = res.findings.find((f) => f.code === 'UPWARD_HASH_MISMATCH')!;
    expect(res.recomputedCode).toMatch(CODE);
    expect(res.recomputedCode).not.toBe(res.meta!.checkCode);
    expect(hash.message).toContain(res.recomputedCode!);
  });

  test('one proposal-list cell changed: refused, naming the cell and the proposal it shows', () => {
    const g = copy(file.grids);
    const list = sheet(g, UPWARD_SHEETS.proposals);
    const r = list.rows.findIndex((x) => x[1] === 'Lê Minh Tuấn');
    list.rows[r][3] = 'Chiến sĩ thi đua toàn quốc';
    const res = readUpwardFile(g, 'sua.xlsx', 'vi');
    expect(res.ok).toBe(false);
    const f = res.findings.find((x) => x.code === 'UPWARD_PRINTED_CHANGED')!;
    expect([f.sheet, f.cell]).toEqual([UPWARD_SHEETS.proposals, a1(r, 3)]);
    expect(f.message).toContain('Lê Minh Tuấn');
    expect(f.message).toContain('Chiến sĩ thi đua toàn quốc');
    // The data is intact: the recomputed code is the one on the signed paper.
    expect(res.recomputedCode).toBe(res.meta!.checkCode);
  });

  test('a row deleted from the data sheet is caught', () => {
    const g = copy(file.grids);
    sheet(g, UPWARD_SHEETS.data).rows.splice(3, 1);
    const res = readUpwardFile(g, 'xoa.xlsx', 'vi');
    expect(res.ok).toBe(false);
    expect(res.findings.map((f) => f.code)).toContain('UPWARD_ROWS_COUNT');
  });

  test('format versions: a newer major is refused, a newer minor is read (extra columns ignored), never misread', () => {
    const newer = copy(file.grids);
    const meta = sheet(newer, UPWARD_SHEETS.meta);
    meta.rows.find((r) => r[0] === 'format')![1] = 'thidua-cap-tren/2.0';
    const a = readUpwardFile(newer, 'moi.xlsx', 'vi');
    expect(a.ok).toBe(false);
    expect(a.findings[0].code).toBe('UPWARD_FORMAT_NEWER');
    expect(a.findings[0].message).toContain('moi.xlsx');

    // A 1.1 file made by a later version: one more column at the end, its hash over its own format.
    const minor = copy(file.grids);
    const m = sheet(minor, UPWARD_SHEETS.meta);
    const get = (k: string) => m.rows.find((r) => r[0] === k)!;
    get('format')[1] = 'thidua-cap-tren/1.1';
    const data = sheet(minor, UPWARD_SHEETS.data);
    data.rows[0].push('Cột mới');
    const res0 = readUpwardFile(minor, 'x', 'vi');
    // Hashes are over the known columns: recompute the file's code as the newer version would.
    expect(res0.ok).toBe(false);
    const hashes = data.rows.slice(1).map((r) => String(r[col('rowHash')]));
    const h = contentHash(
      { format: 'thidua-cap-tren/1.1', agency: String(get('agency')[1]), campaign: String(get('campaign')[1]), year: Number(get('year')[1]), level: 0 },
      hashes,
    );
    get('contentHash')[1] = h;
    get('checkCode')[1] = checkCode(h);
    // Its printed sheets carry its own code and hash.
    const oldHash = String(sheet(file.grids, UPWARD_SHEETS.meta).rows.find((x) => x[0] === 'contentHash')![1]);
    for (const s of minor.sheets)
      for (const r of s.rows) for (let i = 0; i < r.length; i++) if (typeof r[i] === 'string') r[i] = (r[i] as string).replace(oldHash, h);
    for (const s of minor.sheets)
      for (const r of s.rows)
        for (let i = 0; i < r.length; i++)
          if (typeof r[i] === 'string')
            r[i] = (r[i] as string).split(String(sheet(file.grids, UPWARD_SHEETS.meta).rows.find((x) => x[0] === 'checkCode')![1])).join(checkCode(h));
    for (const s of minor.sheets)
      for (const r of s.rows)
        for (let i = 0; i < r.length; i++) if (typeof r[i] === 'string') r[i] = (r[i] as string).replace('thidua-cap-tren/1.0', 'thidua-cap-tren/1.1');
    for (const r of data.rows.slice(1)) r[col('format')] = 'thidua-cap-tren/1.0';
    const res = readUpwardFile(minor, 'moi-nho.xlsx', 'vi');
    const errors = res.findings.filter((f) => f.severity === 'error');
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(res.ok).toBe(true);
    expect(res.findings.map((f) => f.code)).toContain('UPWARD_FORMAT_MINOR');
  });

  test('files that are not upward workbooks get a message naming the file', async () => {
    const agency = readUpwardFile(file.book, 'so-cua-co-quan.xlsx', 'vi');
    expect(agency.ok).toBe(false);
    expect(agency.findings[0].code).toBe('UPWARD_AGENCY_BOOK');
    expect(agency.findings[0].message).toContain('so-cua-co-quan.xlsx');
    const other = readUpwardFile({ sheets: [{ name: 'Sheet1', rows: [['a', 1]] }] }, 'bat-ky.xlsx', 'vi');
    expect(other.findings[0].code).toBe('UPWARD_NOT_UPWARD');
    expect(other.findings[0].message).toContain('bat-ky.xlsx');
  });
});

describe('formula injection: text that looks like a formula stays text', () => {
  test('"=…", "+…", "-…", "@…" written to the data sheet read back as the same text, never as formulas', async () => {
    const evil = ['=HYPERLINK("http://x.example","bấm")', '+1+1', '-2+3', '@SUM(A1:A2)', '=1+1'];
    const base = Object.fromEntries(DATA_COLUMNS.map((c) => [c.id, ''])) as never;
    const rows = evil.map((name) => sealRow({ ...(base as object), format: FORMAT, name, position: name, kind: 'Cá nhân', total: 1 } as never));
    const bytes = await writeNewWorkbook([buildDataSheet(rows, 'vi')]);
    const g = await readGrids(bytes, 'x.xlsx');
    const s = g.sheets[0];
    expect(s.rows.slice(1).map((r) => r[col('name')])).toEqual(evil);
    expect(s.rows.slice(1).map((r) => r[col('position')])).toEqual(evil);
    expect((s.special ?? []).filter((x) => x.kind === 'formulaNoValue')).toEqual([]);
  });
});

describe('roll-up: three agencies, two propose the same person; then a roll-up of the roll-up', () => {
  let a: Awaited<ReturnType<typeof upwardFile>>;
  let b: Awaited<ReturnType<typeof upwardFile>>;
  let c: Awaited<ReturnType<typeof upwardFile>>;
  beforeAll(async () => {
    a = await upwardFile(agencySpec('Sở Xây dựng'), 'so-xay-dung.xlsx');
    b = await upwardFile(agencySpec('Sở Giao thông vận tải'), 'so-gtvt.xlsx');
    // The third agency's Lê Minh Tuấn is born on another day: a namesake, kept apart.
    c = await upwardFile(agencySpec('Sở Tài chính', { dobOfTuan: '05/05/1985' }), 'so-tai-chinh.xlsx');
  });

  test('the person both agencies propose is found, anchored to each side; the namesake is not', () => {
    const res = rollup(
      [
        { file: 'so-xay-dung.xlsx', grids: a.grids },
        { file: 'so-gtvt.xlsx', grids: b.grids },
        { file: 'so-tai-chinh.xlsx', grids: c.grids },
      ],
      { lang: 'vi', now: '2025-12-20T00:00:00.000Z', version: '0.2.0' },
    );
    expect(res.files.map((f) => f.ok)).toEqual([true, true, true]);
    const dups = res.findings.filter((f) => f.code === 'UPWARD_DUPLICATE_PERSON');
    expect(dups.map((d) => d.file).sort()).toEqual(['so-gtvt.xlsx', 'so-xay-dung.xlsx']);
    for (const d of dups) {
      expect(d.candidate).toBe('Lê Minh Tuấn');
      expect(d.sheet).toBe(UPWARD_SHEETS.data);
      expect(d.message).toContain('cùng họ tên và ngày sinh 20/11/1979');
      expect(d.message).toMatch(
        /so-xay-dung\.xlsx!Dữ liệu đề nghị!E\d+.*so-gtvt\.xlsx!Dữ liệu đề nghị!E\d+|so-gtvt\.xlsx!Dữ liệu đề nghị!E\d+.*so-xay-dung\.xlsx!Dữ liệu đề nghị!E\d+/,
      );
    }
    expect(res.findings.filter((f) => f.file === 'so-tai-chinh.xlsx' && f.code === 'UPWARD_DUPLICATE_PERSON')).toEqual([]);
    // Collectives of the same name in different agencies are different collectives.
    expect(res.findings.filter((f) => f.code === 'UPWARD_DUPLICATE_PERSON' && f.candidate === 'Văn phòng')).toEqual([]);
    // Every proposal goes on, the two flagged for review; the reply to each agency says so.
    expect(res.rows).toHaveLength(21);
    const tuanA = res.verdicts
      .get('so-xay-dung.xlsx')!
      .find((_, i) => a.grids.sheets.find((s) => s.name === UPWARD_SHEETS.data)!.rows[i + 1][col('name')] === 'Lê Minh Tuấn')!;
    expect(tuanA.status).toBe('review');
    expect(tuanA.reasons[0]).toContain('Sở Giao thông vận tải');
    const reply = res.replies[0].models[0].rows;
    expect(reply.some((r) => r[1] === 'Lê Minh Tuấn' && r[4] === 'Tiếp nhận, cần xem xét')).toBe(true);
  });

  test('a refused file never stops the others', () => {
    const bad = copy(a.grids);
    sheet(bad, UPWARD_SHEETS.data).rows[2][col('name')] = 'Người khác';
    const res = rollup(
      [
        { file: 'sua.xlsx', grids: bad },
        { file: 'khong-doc-duoc.xlsx', grids: null },
        { file: 'so-gtvt.xlsx', grids: b.grids },
      ],
      { lang: 'vi', now: '2025-12-20T00:00:00.000Z', version: '0.2.0' },
    );
    expect(res.files.map((f) => f.ok)).toEqual([false, false, true]);
    expect(res.rows).toHaveLength(7);
    expect(res.files[1].findings[0].message).toContain('khong-doc-duoc.xlsx');
    const reply = res.replies[0].models[0].rows.map((r) => cellText(r[0] ?? null));
    expect(reply).toContain('Hồ sơ không được tiếp nhận vì:');
  });

  test('a roll-up of the roll-up: same format, verified, provenance chain kept', async () => {
    const first = rollup(
      [
        { file: 'so-xay-dung.xlsx', grids: a.grids },
        { file: 'so-gtvt.xlsx', grids: b.grids },
      ],
      { lang: 'vi', now: '2025-12-20T00:00:00.000Z', version: '0.2.0', agency: 'UBND tỉnh A' },
    );
    const bytes = await writeNewWorkbook(first.models);
    const province = await readGrids(bytes, 'tinh-a.xlsx');
    const again = rollup(
      [
        { file: 'tinh-a.xlsx', grids: province },
        { file: 'so-tai-chinh.xlsx', grids: c.grids },
      ],
      { lang: 'vi', now: '2025-12-25T00:00:00.000Z', version: '0.2.0', agency: 'Bộ Nội vụ' },
    );
    expect(again.files.map((f) => [f.ok, f.recomputedCode === f.storedCode])).toEqual([
      [true, true],
      [true, true],
    ]);
    expect(again.meta.level).toBe(2);
    expect(again.rows).toHaveLength(21);
    const tuan = again.rows.find((r) => r.name === 'Lê Minh Tuấn' && r.agency === 'Sở Giao thông vận tải')!;
    expect(String(tuan.chain)).toMatch(/^tinh-a\.xlsx!Dữ liệu đề nghị!E\d+ ← so-gtvt\.xlsx!Dữ liệu đề nghị!E\d+ ← so-gtvt\.xlsx!VP!B\d+$/);
    // The status it was given by the province travels on, and the row still has its agency.
    expect(String(tuan.status)).toContain('Xem xét');
    const out = await readGrids(await writeNewWorkbook(again.models), 'bo.xlsx');
    expect(readUpwardFile(out, 'bo.xlsx', 'vi').ok).toBe(true);
  });

  test("the upper level's rules: forms, prerequisites, quotas, lateness, unknown agencies", async () => {
    const rulesBook = await readGrids(
      await bookBytes({
        ...sampleSpec(),
        campaign: [
          ['Tên phong trào', 'Phong trào thi đua thực hiện nhiệm vụ chính trị năm 2025'],
          ['Năm', 2025],
          ['Đơn vị tổ chức', 'UBND tỉnh A'],
        ],
        titles: [
          {
            name: 'Chiến sĩ thi đua cấp tỉnh',
            subject: 'Cá nhân',
            conditions: 'không kỷ luật; xếp loại HTTNV trở lên; 3 năm liên tục Chiến sĩ thi đua cơ sở',
            basis: 'Luật TĐKT 2022, Điều 22',
          },
          { name: 'Tập thể lao động xuất sắc', subject: 'Tập thể', basis: 'Điều 27' },
          { name: 'Cờ thi đua cấp tỉnh', subject: 'Tập thể', maxCount: 2, scope: 'Toàn bộ', basis: 'Điều 26' },
        ],
        units: [
          { code: 'SXD', name: 'Sở Xây dựng', block: 'Khối kinh tế', headcount: 60, deadline: '15/12/2025', received: '12/12/2025' },
          { code: 'GTVT', name: 'Sở Giao thông vận tải', block: 'Khối kinh tế', headcount: 80, deadline: '15/12/2025', received: '18/12/2025' },
        ],
        history: [],
        rosters: [],
      }),
      'quy-dinh-tinh.xlsx',
    );
    const res = rollup(
      [
        { file: 'so-xay-dung.xlsx', grids: a.grids },
        { file: 'so-gtvt.xlsx', grids: b.grids },
        { file: 'so-tai-chinh.xlsx', grids: c.grids },
      ],
      { lang: 'vi', now: '2025-12-20T00:00:00.000Z', version: '0.2.0', rulesBook: { file: 'quy-dinh-tinh.xlsx', grids: rulesBook } },
    );
    const codes = (code: string) => res.findings.filter((f) => f.code === code);
    // Bằng khen is not in the province's list: returned, with the reason (the sample proposes one,
    // Phòng Quản lý xây dựng, under the Law's alternatives: one per file).
    expect(codes('UPWARD_FORM_UNKNOWN').map((f) => f.file)).toEqual(['so-xay-dung.xlsx', 'so-gtvt.xlsx', 'so-tai-chinh.xlsx']);
    // 3 consecutive years: the history has 2023 and 2024, the agency's own 2025, so 2022 is missing.
    const cond = codes('UPWARD_CONDITION_FAILED');
    expect(cond).toHaveLength(3);
    expect(cond[0].message).toContain('lịch sử thiếu năm 2022');
    // Six flags proposed across the province for two places.
    const quota = codes('UPWARD_OVER_QUOTA');
    expect(quota).toHaveLength(1);
    expect(quota[0].message).toContain('6 đề nghị cho 2 suất');
    const late = codes('UPWARD_LATE');
    expect(late.map((f) => f.message)).toEqual(['Cơ quan "Sở Giao thông vận tải" gửi hồ sơ ngày 18/12/2025, sau hạn 15/12/2025 (3 ngày).']);
    expect(late[0].file).toBe('quy-dinh-tinh.xlsx');
    expect(codes('UPWARD_AGENCY_UNKNOWN').map((f) => f.file)).toEqual(['so-tai-chinh.xlsx']);
    // The vote the provincial CSTĐ needs (≥ 90% of all members, NĐ 91/2017) comes from the agency's
    // Biểu quyết (10 of 11 members for Lê Minh Tuấn): recorded, above the threshold, nothing said.
    expect(codes('UPWARD_VOTE_MISSING')).toEqual([]);
    expect(codes('UPWARD_VOTE_LOW')).toEqual([]);
    const reply = res.replies[0].models[0].rows;
    const bk = reply.find((r) => r[3] === 'Bằng khen của Chủ tịch UBND tỉnh')!;
    expect(bk[4]).toBe('Trả lại');
    expect(String(bk[5])).toContain('không thuộc danh mục của cấp trên');
    // Returned proposals are not carried upward.
    expect(res.rows.some((r) => r.form === 'Bằng khen của Chủ tịch UBND tỉnh')).toBe(false);
    // 7 proposals per file; the returned forms and the failed prerequisites stay behind.
    expect(res.rows).toHaveLength(21 - codes('UPWARD_FORM_UNKNOWN').length - cond.length);
  });
});

describe('the campaign must match', () => {
  test('a file of another year is refused, the others are rolled up', async () => {
    const spec2024 = agencySpec('Sở Y tế');
    spec2024.campaign = spec2024.campaign.map(([k, v]) => (k === 'Năm' ? [k, 2024] : k === 'Tên phong trào' ? [k, 'Phong trào thi đua năm 2024'] : [k, v]));
    const [x, y, z] = await Promise.all([upwardFile(agencySpec('Sở A'), 'a.xlsx'), upwardFile(agencySpec('Sở B'), 'b.xlsx'), upwardFile(spec2024, 'c.xlsx')]);
    const res = rollup(
      [
        { file: 'a.xlsx', grids: x.grids },
        { file: 'b.xlsx', grids: y.grids },
        { file: 'c.xlsx', grids: z.grids },
      ],
      { lang: 'vi', now: '2025-12-20T00:00:00.000Z', version: '0.2.0' },
    );
    expect(res.files.map((f) => f.ok)).toEqual([true, true, false]);
    expect(res.files[2].findings.map((f) => f.code)).toContain('UPWARD_CAMPAIGN_MISMATCH');
  });
});

describe('consolidate on the book itself', () => {
  test('an agency with nothing for the upper level still gets a valid, empty upward workbook', async () => {
    const spec = sampleSpec();
    spec.titles = spec.titles.filter((t) => /tiên tiến|cơ sở/.test(t.name));
    const book = await readGrids(await bookBytes(spec), 'x.xlsx');
    const up = consolidate(runEngine(book), { sourceFile: 'x.xlsx', now: '2025-12-10T00:00:00.000Z', version: '0.2.0' });
    expect(up.rows).toHaveLength(0);
    const g = await readGrids(await writeNewWorkbook(up.models), 'x.gui.xlsx');
    expect(readUpwardFile(g, 'x.gui.xlsx', 'vi').ok).toBe(true);
  });
});

describe('who is the same person', () => {
  const base = Object.fromEntries(DATA_COLUMNS.map((c) => [c.id, c.numeric ? null : ''])) as never;
  /** An agency's upward file as grids, straight from its models (no xlsx in between). */
  function file(agency: string, people: { name: string; dob?: string; id?: string; form?: string; awardKind?: string }[]) {
    const rows = people.map((p) =>
      sealRow({
        ...(base as object),
        format: FORMAT,
        agency,
        unit: 'Văn phòng',
        kind: 'Cá nhân',
        name: p.name,
        dob: p.dob ?? '',
        personId: p.id ?? '',
        form: p.form ?? 'Chiến sĩ thi đua cấp tỉnh',
        awardKind: p.awardKind ?? 'Thường xuyên (công trạng)',
        total: 90,
      } as never),
    );
    const meta = sealMeta(
      { agency, campaign: 'Thi đua 2025', year: 2025, madeAt: '2025-12-10T00:00:00.000Z', version: 't', source: 'x', level: 0, lang: 'vi' },
      rows,
    );
    const blank = buildDataSheet([], 'vi');
    const models = assembleWorkbook(meta, rows, { summary: { ...blank, name: 'Tổng hợp' }, findings: { ...blank, name: 'Kiểm tra' } });
    return { sheets: models.map((m) => ({ name: m.name, rows: m.rows.map((r) => r.map((v) => (v === '' || v === undefined ? null : v))) })) };
  }
  const run = (...files: ReturnType<typeof file>[]) =>
    rollup(
      files.map((g, i) => ({ file: `f${i + 1}.xlsx`, grids: g })),
      { lang: 'vi', now: 'x', version: 't' },
    ).findings;

  test('a citizen ID decides: same name and date of birth with two IDs are two people; the same ID is one', () => {
    const f = run(
      file('Sở A', [{ name: 'Nguyễn Văn An', dob: '01/01/1980', id: '001080000001' }]),
      file('Sở B', [{ name: 'Nguyễn Văn An', dob: '01/01/1980', id: '001080000002' }]),
    );
    expect(f.filter((x) => x.code === 'UPWARD_DUPLICATE_PERSON')).toEqual([]);
    const g = run(
      file('Sở A', [{ name: 'Nguyễn Văn An', dob: '01/01/1980', id: '001080000001' }]),
      file('Sở B', [{ name: 'Nguyen Van An', dob: '01/01/1980', id: '001080000001' }]),
    );
    expect(g.filter((x) => x.code === 'UPWARD_DUPLICATE_PERSON').map((x) => x.message)[0]).toContain('cùng mã định danh 001080000001');
  });

  test('without a date of birth a shared name is a warning to check, not a duplicate', () => {
    const f = run(file('Sở A', [{ name: 'Trần Thị Bình' }]), file('Sở B', [{ name: 'Trần Thị Bình', dob: '02/02/1982' }]));
    expect(f.filter((x) => x.code === 'UPWARD_DUPLICATE_PERSON')).toEqual([]);
    expect(f.filter((x) => x.code === 'UPWARD_NAMESAKE')).toHaveLength(1);
  });

  test('one person, one agency, two commendations: one achievement for two forms, on both rows', () => {
    const f = run(
      file('Sở A', [
        { name: 'Lê Văn C', dob: '03/03/1983', form: 'Chiến sĩ thi đua cấp tỉnh' },
        { name: 'Lê Văn C', dob: '03/03/1983', form: 'Bằng khen của Chủ tịch UBND tỉnh (cá nhân)' },
      ]),
    );
    const two = f.filter((x) => x.code === 'UPWARD_TWO_FORMS');
    expect(two.map((x) => x.cell)).toEqual(['M2', 'M3']);
  });

  test('two award kinds: one proposal list (tờ trình) each, both verified', () => {
    const g = file('Sở A', [
      { name: 'Lê Văn D', dob: '04/04/1984' },
      { name: 'Phạm Thị E', dob: '05/05/1985', form: 'Bằng khen của Chủ tịch UBND tỉnh (cá nhân)', awardKind: 'Chuyên đề' },
    ]);
    expect(g.sheets.map((x) => x.name).slice(1, 3)).toEqual([UPWARD_SHEETS.proposals, 'DS Chuyên đề']);
    expect(sheet(g as never, 'DS Chuyên đề').rows.some((r) => r[1] === 'Phạm Thị E')).toBe(true);
    expect(sheet(g as never, UPWARD_SHEETS.proposals).rows.some((r) => r[1] === 'Phạm Thị E')).toBe(false);
    expect(readUpwardFile(g, 'a.xlsx', 'vi').ok).toBe(true);
    const bad = copy(g as never);
    const list = sheet(bad, 'DS Chuyên đề');
    list.rows[list.rows.findIndex((r) => r[1] === 'Phạm Thị E')][1] = 'Phạm Thị F';
    const res = readUpwardFile(bad, 'a.xlsx', 'vi');
    expect(res.findings.find((f) => f.code === 'UPWARD_PRINTED_CHANGED')?.sheet).toBe('DS Chuyên đề');
  });
});
