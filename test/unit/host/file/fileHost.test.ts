import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { bookBytes } from '../../../../scripts/lib/bookFactory';
import { sampleSpec } from '../../../../scripts/lib/sampleSpec';
import { loadWorkbook, workbookToGrids } from '../../../../src/host/file/readWorkbook';
import { runOnFile, writeResult, writeTemplate } from '../../../../src/host/file/fileHost';
import { runEngine } from '../../../../src/core/engine/run';
import { ZipArchive } from '../../../../src/xlsx/zip';
import { nodeCodec } from '../../../../src/host/file/nodeCodec';
import { cli } from '../../../support/cli';

const OUT = join(__dirname, '..', '..', '..', 'out');
mkdirSync(OUT, { recursive: true });

let samplePath = '';
beforeAll(async () => {
  samplePath = join(OUT, 'sample.xlsx');
  writeFileSync(samplePath, await bookBytes(sampleSpec()));
});

describe('the bundled sample, through real .xlsx files', () => {
  test('the committed sample workbook is the one the sample spec describes', async () => {
    const committed = workbookToGrids(await loadWorkbook(readFileSync(join(__dirname, '..', '..', '..', '..', 'samples', 'so-xay-dung-2025.xlsx'))));
    const fresh = workbookToGrids(await loadWorkbook(readFileSync(samplePath)));
    expect(runEngine(committed).fingerprint).toBe(runEngine(fresh).fingerprint);
  });

  test('rank --json: the contract shape, exit 1 because the sample has data errors', async () => {
    const out = join(OUT, 'sample.ket-qua.xlsx');
    const r = await cli(['rank', samplePath, '-o', out, '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.candidates.length).toBe(49);
    for (const c of j.candidates) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['name', 'unit', 'sheet', 'row', 'total', 'rank', 'titles']));
      expect(typeof c.total).toBe('number');
      expect(Number.isInteger(c.row) && c.row > 0).toBe(true);
    }
    for (const f of j.findings) {
      expect(['error', 'warning']).toContain(f.severity);
      expect(f.cell === '' || /^[A-Z]+\d+$/.test(f.cell)).toBe(true);
    }
    const tuan = j.candidates.find((c: { name: string }) => c.name === 'Lê Minh Tuấn');
    expect(tuan).toMatchObject({
      unit: 'Văn phòng',
      sheet: 'VP',
      rank: 1,
      titles: ['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở', 'Chiến sĩ thi đua cấp tỉnh'],
    });
    const codes = new Set(j.findings.map((f: { code: string }) => f.code));
    for (const code of [
      'SCORE_ABOVE_MAX',
      'SCORE_TEXT_NUMBER',
      'SCORE_NOT_NUMBER',
      'SCORE_MISSING',
      'TOTAL_MISMATCH',
      'RATING_INVALID',
      'TITLE_REQUEST_NOT_ELIGIBLE',
      'DUPLICATE_PERSON',
      'UNIT_NO_SHEET',
      'SCORE_GAP',
      'EVIDENCE_MISSING',
      'QUOTA_TIE',
    ])
      expect(codes).toContain(code);
    expect(j.skippedSheets).toEqual([{ sheet: 'Ghi chú', reason: 'noHeader' }]);
    // The tie at the CSTĐCS boundary of Văn phòng: decided by the women-first step (Decree 152/2025 Art. 4(6)).
    const nhung = j.candidates.find((x: { name: string }) => x.name === 'Nguyễn Thị Hồng Nhung');
    const bao = j.candidates.find((x: { name: string }) => x.name === 'Trần Quốc Bảo');
    expect(nhung.titles).toContain('Chiến sĩ thi đua cơ sở');
    expect(nhung.explanation).toMatch(/ưu tiên nữ khi bằng thành tích \(NĐ 152\/2025\/NĐ-CP, Điều 4 khoản 6\): cá nhân nữ: trong chỉ tiêu/);
    expect([bao.titles, bao.tiedAtQuota]).toEqual([expect.not.arrayContaining(['Chiến sĩ thi đua cơ sở']), []]);
    // The tie of Kế hoạch - Tài chính, no Giới tính written: both flagged, neither proposed (no vote recorded yet).
    for (const n of ['Hoàng Văn Khánh', 'Ngô Thị Phương Lan']) {
      const c = j.candidates.find((x: { name: string }) => x.name === n);
      expect(c.tiedAtQuota).toEqual(['Chiến sĩ thi đua cơ sở']);
      expect(c.titles).not.toContain('Chiến sĩ thi đua cơ sở');
    }
    // The tie of Thanh tra Sở, settled by the council's votes in "Biểu quyết" (10 to 9 of 11, one written ballot each).
    const ha = j.candidates.find((x: { name: string }) => x.name === 'Vũ Thị Thanh Hà');
    const minh = j.candidates.find((x: { name: string }) => x.name === 'Đinh Công Minh');
    expect(ha.titles).toContain('Chiến sĩ thi đua cơ sở');
    expect(ha.explanation).toMatch(
      /Hội đồng biểu quyết: 10\/11 thành viên Hội đồng đồng ý \(90,9%\), trong đó 1 phiếu bằng văn bản của thành viên vắng mặt, nhiều phiếu hơn: trong chỉ tiêu/,
    );
    expect(minh.titles).not.toContain('Chiến sĩ thi đua cơ sở');
    expect(minh.explanation).toMatch(
      /9\/11 thành viên Hội đồng đồng ý \(81,8%\), trong đó 1 phiếu bằng văn bản của thành viên vắng mặt, ít phiếu hơn: ngoài chỉ tiêu/,
    );
    // 8 of 11 is below the 80% of all members CSTĐCS needs: not proposed, said so.
    const cuong = j.candidates.find((x: { name: string }) => x.name === 'Đỗ Hữu Cường');
    expect(cuong.titles).not.toContain('Chiến sĩ thi đua cơ sở');
    expect(cuong.explanation).toMatch(/✗ Biểu quyết ≥ 80% tổng số thành viên Hội đồng: 8\/11 thành viên Hội đồng đồng ý \(72,7%\)/);
  });

  test('the copy holds the generated sheets; the input file is byte-for-byte unchanged and user sheets keep their values', async () => {
    const before = readFileSync(samplePath);
    const out = join(OUT, 'sample.copy.xlsx');
    const r = await cli(['rank', samplePath, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Đã ghi kết quả vào/);
    expect(readFileSync(samplePath).equals(before)).toBe(true);
    const inGrids = workbookToGrids(await loadWorkbook(before));
    const wb = await loadWorkbook(readFileSync(out));
    const outGrids = workbookToGrids(wb);
    for (const s of inGrids.sheets) expect(outGrids.sheets.find((x) => x.name === s.name)?.rows).toEqual(s.rows);
    const names = outGrids.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Kiểm tra', 'Xếp hạng', 'Tổng hợp', 'Đề nghị khen thưởng', 'Biên bản', 'Nhật ký', '_ThiDua']));
    expect(outGrids.sheets.find((x) => x.name === '_ThiDua')!.visibility).toBe('veryHidden');
    // Links inside the workbook are Excel's own form: a location, no relationship part each.
    const findingsPart = wb.sheets.find((x) => x.name === 'Kiểm tra')!.part!;
    expect(wb.zip.text(findingsPart)).toMatch(/<hyperlink ref="D5" location="'[^"]+'!/);
    expect(wb.zip.has(findingsPart.replace('worksheets/', 'worksheets/_rels/') + '.rels')).toBe(false);
    const proposal = outGrids.sheets.find((s) => s.name === 'Đề nghị khen thưởng')!;
    const flat = proposal.rows.flat().map(String);
    expect(flat).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(flat.some((t) => /^I\. TẬP THỂ$/.test(t))).toBe(true);
    expect(flat.some((t) => /^II\. CÁ NHÂN$/.test(t))).toBe(true);
    // ExcelJS, as an independent reader, sees the page setup.
    const exceljs = new ExcelJS.Workbook();
    await exceljs.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(exceljs.getWorksheet('Đề nghị khen thưởng')!.pageSetup.paperSize).toBe(9);
    expect(exceljs.getWorksheet('_ThiDua')!.state).toBe('veryHidden');
  });

  test("running again on the result replaces only the add-in's sheets and keeps the log", async () => {
    const first = join(OUT, 'rerun-1.xlsx');
    const second = join(OUT, 'rerun-2.xlsx');
    await cli(['rank', samplePath, '-o', first]);
    // A user adds a sheet named like a generated one: it must survive.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first);
    wb.addWorksheet('Tổng hợp (ghi chú)').addRow(['của tôi']);
    await wb.xlsx.writeFile(first);
    await cli(['rank', first, '-o', second]);
    const grids = workbookToGrids(await loadWorkbook(readFileSync(second)));
    const names = grids.sheets.map((s) => s.name);
    expect(names.filter((n) => n === 'Xếp hạng')).toHaveLength(1);
    expect(names).toContain('Tổng hợp (ghi chú)');
    const log = grids.sheets.find((s) => s.name === 'Nhật ký')!;
    expect(log.rows.filter((r) => /^[0-9a-f]{64}$/.test(String(r[3] ?? '')))).toHaveLength(2);
  });

  test('a user sheet that already has a generated name is never overwritten', async () => {
    const spec = sampleSpec();
    spec.extraSheets = [{ name: 'Xếp hạng', rows: [['Bảng xếp hạng tự làm của tôi']] }];
    const job = await runOnFile(await bookBytes(spec), { source: 'x.xlsx', action: 'rank', now: '2026-01-01T00:00:00Z' });
    expect(job.sheets.map((s) => s.name)).toContain('Xếp hạng (2)');
    expect(job.result.findings.find((f) => f.code === 'OUTPUT_NAME_TAKEN')).toBeDefined();
    const out = workbookToGrids(await loadWorkbook(await writeResult(job, '2026-01-01')));
    expect(out.sheets.find((s) => s.name === 'Xếp hạng')!.rows).toEqual([['Bảng xếp hạng tự làm của tôi']]);
  });

  test('validate --json reports what rank --json does, without the reasons per title', async () => {
    const v = await cli(['validate', samplePath, '--json']);
    const k = await cli(['rank', samplePath, '--json', '-o', join(OUT, 'sample.reasons.xlsx')]);
    const jv = JSON.parse(v.stdout);
    const jk = JSON.parse(k.stdout);
    expect(jv.candidates.some((c: object) => 'explanation' in c)).toBe(false);
    expect(jk.candidates.every((c: { explanation?: string }) => typeof c.explanation === 'string' && c.explanation.length > 0)).toBe(true);
    const withoutReasons = jk.candidates.map((c: Record<string, unknown>) => Object.fromEntries(Object.entries(c).filter(([k]) => k !== 'explanation')));
    expect(jv.candidates).toEqual(withoutReasons);
    expect(jv.findings.length).toBeGreaterThan(0);
    expect(jv.fingerprint).toBe(jk.fingerprint);
  });

  test('validate with no errors exits 0', async () => {
    const spec = sampleSpec();
    spec.rosters = [spec.rosters[0]];
    spec.units = [spec.units![0]];
    spec.rosters[0].rows = spec.rosters[0].rows.slice(2, 8);
    spec.extraSheets = spec.extraSheets!.filter((x) => x.name !== 'Biểu quyết'); // its votes name people left out
    const p = join(OUT, 'clean.xlsx');
    writeFileSync(p, await bookBytes(spec));
    const r = await cli(['validate', p, '--json']);
    const j = JSON.parse(r.stdout);
    expect(j.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('unusable input', () => {
  test('not an xlsx: exit 2 with a message', async () => {
    const p = join(OUT, 'not.xlsx');
    writeFileSync(p, 'hello');
    const r = await cli(['validate', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/không phải là sổ tính/);
  });
  test('a workbook without a campaign: exit 2, findings still reported', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['STT', 'Họ và tên']);
    const p = join(OUT, 'nocampaign.xlsx');
    await wb.xlsx.writeFile(p);
    const r = await cli(['rank', p, '-o', join(OUT, 'nocampaign.out.xlsx'), '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).findings[0]).toMatchObject({ severity: 'error', sheet: 'Phong trào' });
    expect(existsSync(join(OUT, 'nocampaign.out.xlsx'))).toBe(false);
  });
  test('the output folder is created when it does not exist yet', async () => {
    // A fixed name, removed first: no new folder left behind by every run.
    const fresh = join(OUT, 'new-folder');
    rmSync(fresh, { recursive: true, force: true });
    const out = join(fresh, 'deeper', 'ket-qua.xlsx');
    const r = await cli(['rank', samplePath, '-o', out]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(true);
  });
  test('the output may not be the input', async () => {
    const r = await cli(['rank', samplePath, '-o', samplePath]);
    expect(r.code).toBe(2);
  });
  test('usage errors exit 2', async () => {
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['rank'])).code).toBe(2);
    expect((await cli(['rank', 'x.xlsx', '--lang', 'fr'])).code).toBe(2);
  });
});

describe('the campaign template', () => {
  test('a new workbook with the default rules reads back with no error', async () => {
    const bytes = await writeTemplate(2026, 'Sở Xây dựng');
    const grids = workbookToGrids(await loadWorkbook(bytes));
    expect(grids.sheets.map((s) => s.name)).toEqual(['Phong trào', 'Tiêu chí', 'Danh hiệu', 'Đơn vị', 'Lịch sử khen thưởng']);
    const r = runEngine(grids);
    expect(r.usable).toBe(true);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.titles.every((t) => t.usable && t.legalBasis.length > 0)).toBe(true);
    expect(r.campaign!.tieBreak.map((k) => k.kind)).toEqual(['criterion', 'deductions', 'name']);
  });
});

describe('the installed command', () => {
  test('thidua rank runs as a process and prints JSON', () => {
    const p = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(__dirname, '..', '..', '..', '..', 'src', 'cli', 'main.ts'), 'rank', samplePath, '-o', join(OUT, 'spawn.xlsx'), '--json'],
      { encoding: 'utf8' },
    );
    expect(p.status).toBe(1);
    expect(JSON.parse(p.stdout).candidates.length).toBeGreaterThan(0);
  });
});

describe('thidua convert: legacy-font text to Unicode, in a copy', () => {
  test('TCVN3 and VNI sheets are converted cell by cell, Unicode and formulas are left alone, the input is unchanged', async () => {
    const wb = new ExcelJS.Workbook();
    const tcvn = wb.addWorksheet('P.KHTC');
    tcvn.addRow(['Phßng KÕ ho¹ch - Tµi chÝnh']);
    tcvn.addRow(['STT', 'Hä vµ tªn', 'XÕp lo¹i']);
    tcvn.addRow([1, 'NguyÔn V¨n An', 'Hoµn thµnh xuÊt s¾c nhiÖm vô']);
    tcvn.addRow([2, '§Æng ThÞ Thu §¹t', 'HTTNV']);
    tcvn.getCell('D3').value = { formula: 'B3', result: 'NguyÔn V¨n An' };
    tcvn.getCell('B4').font = { name: '.VnTime', bold: true };
    const vni = wb.addWorksheet('VP');
    vni.addRow(['STT', 'Hoï vaø teân']);
    vni.addRow([1, 'Ñaëng Thò Thu Ñaït']);
    const uni = wb.addWorksheet('Đã Unicode');
    uni.addRow(['Họ và tên', 'Nguyễn Văn Bình']);
    const input = join(OUT, 'legacy.xlsx');
    await wb.xlsx.writeFile(input);
    const before = readFileSync(input);
    const output = join(OUT, 'legacy.unicode.xlsx');

    const r = await cli(['convert', input, '-o', output]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Sheet "P.KHTC" (TCVN3): 6 ô đã chuyển sang Unicode.');
    expect(r.stdout).toContain('B3: NguyÔn V¨n An → Nguyễn Văn An');
    expect(r.stdout).toContain('Sheet "VP" (VNI): 2 ô');
    expect(r.stdout).not.toContain('Đã Unicode');
    expect(readFileSync(input).equals(before)).toBe(true);
    // Only the two converted sheets' parts are rewritten, and the shared-string table's count of
    // the cells that refer to it (8 of them became inline strings); every other part is byte for byte.
    const zin = new ZipArchive(new Uint8Array(before), nodeCodec);
    const zout = new ZipArchive(new Uint8Array(readFileSync(output)), nodeCodec);
    const changed = [...zin.entries.values()].filter((e) => !Buffer.from(zin.raw(e)).equals(Buffer.from(zout.raw(zout.entry(e.name)!)))).map((e) => e.name);
    expect(changed.sort()).toEqual(['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']);
    const count = (z: ZipArchive) => Number(/<sst\b[^>]*\scount="(\d+)"/.exec(z.text('xl/sharedStrings.xml')!)![1]);
    expect(count(zin) - count(zout)).toBe(8);
    expect(zout.text('xl/sharedStrings.xml')!.replace(/\scount="\d+"/, '')).toBe(zin.text('xl/sharedStrings.xml')!.replace(/\scount="\d+"/, ''));
    expect([...zout.entries.keys()].sort()).toEqual([...zin.entries.keys()].sort());

    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(output);
    const k = copy.getWorksheet('P.KHTC')!;
    expect([k.getCell('A1').value, k.getCell('B2').value, k.getCell('C2').value, k.getCell('B3').value, k.getCell('C3').value, k.getCell('B4').value]).toEqual([
      'Phòng Kế hoạch - Tài chính',
      'Họ và tên',
      'Xếp loại',
      'Nguyễn Văn An',
      'Hoàn thành xuất sắc nhiệm vụ',
      'Đặng Thị Thu Đạt',
    ]);
    expect(k.getCell('B4').font?.bold).toBe(true); // the cell's format stays
    expect(k.getCell('D3').formula).toBe('B3'); // a formula is not replaced by its text
    expect(copy.getWorksheet('VP')!.getCell('B2').value).toBe('Đặng Thị Thu Đạt');
    expect(copy.getWorksheet('VP')!.getCell('B1').value).toBe('Họ và tên');
    expect(copy.getWorksheet('Đã Unicode')!.getCell('B1').value).toBe('Nguyễn Văn Bình');

    // The copy reads as Unicode; only the formula's stored result is still old text (Excel recomputes it from B3 on opening).
    const grids = workbookToGrids(await loadWorkbook(readFileSync(output)));
    const { legacyChanges } = await import('../../../../src/core/text/legacy');
    expect(grids.sheets.flatMap((g) => legacyChanges(g, 'TCVN3')).map((c) => `${c.sheet}!${c.row},${c.col}`)).toEqual(['P.KHTC!2,3']);
    expect(
      legacyChanges(
        grids.sheets.find((g) => g.name === 'VP')!,
        'VNI',
      ),
    ).toEqual([]);
  });

  test('only the chosen sheet with --sheet; nothing to convert writes nothing; usage errors exit 2', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').addRow(['NguyÔn V¨n An']);
    wb.addWorksheet('B').addRow(['TrÇn ThÞ B×nh']);
    const input = join(OUT, 'legacy2.xlsx');
    await wb.xlsx.writeFile(input);
    const output = join(OUT, 'legacy2.unicode.xlsx');
    const r = await cli(['convert', input, '-o', output, '--sheet', 'B', '--from', 'tcvn3']);
    expect(r.code).toBe(0);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(output);
    expect([copy.getWorksheet('A')!.getCell('A1').value, copy.getWorksheet('B')!.getCell('A1').value]).toEqual(['NguyÔn V¨n An', 'Trần Thị Bình']);

    const none = await cli(['convert', samplePath, '-o', join(OUT, 'none.xlsx')]);
    expect([none.code, none.stdout]).toEqual([0, 'Không có ô nào gõ bằng bảng mã cũ: không ghi bản sao.']);
    expect(existsSync(join(OUT, 'none.xlsx'))).toBe(false);
    expect((await cli(['convert', input])).code).toBe(2);
    expect((await cli(['convert', input, '-o', input])).code).toBe(2);
    expect((await cli(['convert', input, '-o', output, '--from', 'utf8'])).code).toBe(2);
  });
});
