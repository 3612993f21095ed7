import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CellValue } from '../../../src/sheet/grid';
import { consolidateChannels } from '../../../src/core/upward/consolidate';
import { readGrids, writeNewWorkbook } from '../../../src/host/file/fileHost';
import { rankOnFile, sheet, templateSheets } from '../../support/book';
import { cli } from '../../support/cli';

/**
 * Who decides chooses what goes upward (law/authority.ts), and a Sở Xây dựng has a second channel:
 * its ministry (Circular 15/2025/TT-BXD, Kỷ niệm chương). Each channel gets its own sealed dossier.
 */
const KNC = 'Kỷ niệm chương Vì sự nghiệp Xây dựng';
const HEAD = ['STT', 'Họ và tên', 'Ngày sinh', 'Xếp loại', 'Sáng kiến', '1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '4.1', '4.2', 'Minh chứng'];
const row = (i: number, name: string, minus: number): CellValue[] => [
  i,
  name,
  `0${i}/01/1970`,
  'HTXSNV',
  1,
  30,
  20 - minus,
  10,
  10,
  10,
  10,
  5,
  5,
  'Báo cáo năm',
];
const VP = sheet('VP', [['BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2025 – VP'], [], HEAD, row(1, 'An', 0), row(2, 'Bình', 1), row(3, 'Cúc', 2)]);

function book() {
  return templateSheets((t) => {
    t.rows.push([KNC, 'Cá nhân', null, 'HTXSNV', '', null, '', 1, 'Toàn bộ', '', '', 'TT 15/2025/TT-BXD']);
  });
}

test('the agency keeps its own titles; the province and the ministry each get a dossier of theirs', async () => {
  const models = book();
  const history = models.find((m) => m.name === 'Lịch sử khen thưởng')!;
  for (const y of [2023, 2024]) history.rows.push(['An', '01/01/1970', 'Văn phòng', y, 'Chiến sĩ thi đua cơ sở']);
  const job = await rankOnFile([...models, VP]);
  const out = consolidateChannels(job.result, { sourceFile: 'so.xlsx', now: '2026-01-05T08:00:00Z', version: 'test' });
  expect(out.map((x) => x.channel.id)).toEqual(['province', 'ministry']);
  const forms = (i: number) => out[i].workbook.rows.map((r) => `${r.name}: ${r.form} (${r.decidedBy})`);
  // LĐTT and CSTĐCS are the agency's (Giám đốc Sở): never upward; CSTĐ cấp tỉnh goes to the province.
  expect(forms(0)).toEqual(['An: Chiến sĩ thi đua cấp tỉnh (Chủ tịch UBND tỉnh)']);
  expect(forms(1)).toEqual([`An: ${KNC} (Bộ trưởng)`]);
  for (const x of out) expect(x.workbook.meta.checkCode).toMatch(/\S/);
  expect(out[1].workbook.meta.checkCode).not.toBe(out[0].workbook.meta.checkCode);
  expect(out[0].workbook.rows[0].prerequisites).toMatch(/2025: Chiến sĩ thi đua cơ sở \(cơ quan xét cùng đợt\)/);
});

test('thidua consolidate writes the ministry dossier beside the province one, and says so', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-channels-'));
  try {
    const input = join(dir, 'so.xlsx');
    writeFileSync(input, await writeNewWorkbook([...book(), VP]));
    const out = join(dir, 'gui-cap-tren.xlsx');
    const r = await cli(['consolidate', input, '-o', out]);
    expect(r.stdout).toMatch(/Hồ sơ gửi Bộ Xây dựng \(Vụ Thi đua – Khen thưởng\): .*gui-cap-tren\.bo\.xlsx \(1 đề nghị; mã kiểm tra \S+\)/);
    expect(existsSync(join(dir, 'gui-cap-tren.bo.xlsx'))).toBe(true);
    const grids = await readGrids(new Uint8Array(readFileSync(join(dir, 'gui-cap-tren.bo.xlsx'))), 'gui-cap-tren.bo.xlsx');
    expect(JSON.stringify(grids.sheets.map((s) => s.rows))).toContain(KNC);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
