/**
 * Every file of the third-party corpus (test/fixtures/real-sheets, README + expected.json; a copy of the team's shared corpus), read
 * the way a user's file is read (readGrids), against what a person reads off the page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readGrids } from '../../../src/host/file/fileHost';
import { runEngine, EngineResult } from '../../../src/core/engine/run';

const DIR = join(__dirname, '..', '..', 'fixtures', 'real-sheets');
const expected: Record<string, Record<string, unknown>> = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8'));

async function open(file: string): Promise<EngineResult> {
  return runEngine(await readGrids(readFileSync(join(DIR, file)), file));
}

describe('the real-world corpus', () => {
  test('every file of the corpus has an expectation, and every one is tested below', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.xlsx'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  test.each(['r01-de-nghi-khen-thuong-tonghop.xlsx', 'r02-de-nghi-khen-thuong-canhan.xlsx', 'r03-de-nghi-khen-thuong-tapthe.xlsx'])(
    '%s: a proposal list without scores is told why it is not a score sheet',
    async (file) => {
      const r = await open(file);
      expect(r.sheets).toHaveLength(expected[file].scoreSheets as number);
      expect(r.candidates).toHaveLength(0);
      // On the sheet itself: it has a name column and no criteria, and what its header holds.
      const onSheet = r.findings.filter((f) => f.sheet === 'DANHSACH');
      expect(onSheet.map((f) => f.code)).toEqual(expect.arrayContaining(['SHEET_NO_CRITERIA', 'SHEET_HEADER_SEEN']));
      const seen = onSheet.find((f) => f.code === 'SHEET_HEADER_SEEN')!;
      expect(seen.cell).toBe('A3');
      expect(seen.message).toMatch(/cột tên/);
      // The unit whose sheet this is did send it.
      expect(r.findings.map((f) => f.code)).not.toContain('UNIT_NO_SHEET');
      // Nothing recognised in the book: an error, so the command line exits 1.
      expect(r.findings.find((f) => f.code === 'BOOK_NOTHING_RECOGNISED')?.severity).toBe('error');
    },
  );

  test('r01: the mixed name column "Tên tập thể/cá nhân/hộ gia đình" is understood', async () => {
    const r = await open('r01-de-nghi-khen-thuong-tonghop.xlsx');
    expect(r.findings.find((f) => f.code === 'SHEET_HEADER_SEEN')!.message).toMatch(/C3 "Tên tập thể\/cá nhân\/hộ gia đình": cột tên/);
  });

  test('r03: "Tên đơn vị / tập thể" is a name column', async () => {
    const r = await open('r03-de-nghi-khen-thuong-tapthe.xlsx');
    expect(r.findings.find((f) => f.code === 'SHEET_HEADER_SEEN')!.message).toMatch(/B3 "Tên đơn vị \/ tập thể": cột tên/);
  });

  test('r04: an import template of VLOOKUP formulas and lookup lists gives no candidate and no crash, and every sheet is accounted for', async () => {
    const r = await open('r04-mau-nhap-tdkt-vlookup.xlsx');
    expect(r.sheets).toHaveLength(0);
    expect(r.candidates).toHaveLength(0);
    const told = new Set(r.findings.map((f) => f.sheet));
    for (const s of r.skipped) expect(told.has(s.sheet)).toBe(true);
  });

  test.each(['r06-pcvt-lanhdao-vp-blank.xlsx', 'r06b-pcvt-lanhdao-vp-tester-filled.xlsx', 'r06c-pcvt-lanhdao-vp-tester-filled-contract-headers.xlsx'])(
    '%s: the leader-scoring form, criteria down the rows, items numbered anew in group B',
    async (file) => {
      const r = await open(file);
      const exp = expected[file] as {
        candidates: { sheet: string; name: string; total: number; selfTotal?: number; groups?: Record<string, number>; bonus?: number }[];
      };
      expect(r.sheets.map((s) => s.layout)).toEqual(['criteriaRows']);
      expect(r.candidates).toHaveLength(1);
      const c = r.candidates[0];
      const e = exp.candidates[0];
      const s = r.scores.at(c);
      expect([c.sheet, c.name, s.total]).toEqual([e.sheet, e.name, e.total]);
      // The title says "CHẤM ĐIỂM LÃNH ĐẠO": the form scores the unit's head, a person.
      expect(c.kind).toBe('individual');
      // Group B's "1" … "25" are B1 … B25, all read; none is taken for group A's 1 … 5.
      for (let i = 1; i <= 25; i++) expect(c.scores.get(`B${i}`)).toBeDefined();
      expect(c.scores.get('B1')!.row).toBe(46);
      expect(r.findings.map((f) => f.code)).not.toContain('SHEET_CRITERION_COLUMN_MISSING');
      if (e.selfTotal !== undefined) {
        expect(s.selfTotal).toBe(e.selfTotal);
        expect(s.contribution.get('A')).toBe(e.groups!.A);
        expect(s.contribution.get('B')).toBe(e.groups!.B);
        expect(s.bonus).toBe(e.bonus);
        // The stated totals on "TỔNG CỘNG (A+B+C)" agree; a gap of 4,5 is under the threshold 10.
        expect(r.findings.map((f) => f.code)).not.toContain('TOTAL_MISMATCH');
        expect(r.findings.map((f) => f.code)).not.toContain('SCORE_GAP');
      } else {
        // Blank: every item is missing a score, said on its row.
        const missing = r.findings.filter((f) => f.code === 'SCORE_MISSING');
        expect(missing.length).toBe(r.criteria!.leaves.filter((l) => l.kind === 'scored').length);
      }
    },
  );

  test.each(['r07-hcm-bangbieu4-quan-huyen-blank.xlsx', 'r07b-hcm-bangbieu4-tester-filled.xlsx', 'r07c-hcm-bangbieu4-tester-adapted-headers.xlsx'])(
    '%s: 24 districts in 4 clusters, the title-block field not taken for the header',
    async (file) => {
      const r = await open(file);
      expect(r.sheets).toHaveLength(expected[file].scoreSheets as number);
      expect(r.candidates).toHaveLength(expected[file].candidates as number);
      expect(r.sheets[0].headerRow).toBe(4);
      // Cluster rows ("I. Cụm Thi đua 1") and notes are not candidates.
      expect(r.candidates.some((c) => /Cụm|Ghi chú|Căn cứ/.test(c.name))).toBe(false);
      expect(new Set(r.candidates.map((c) => c.block))).toEqual(new Set(['Cụm Thi đua 1', 'Cụm Thi đua 2', 'Cụm Thi đua 3', 'Cụm Thi đua 4']));
      expect(r.findings.map((f) => f.code)).not.toContain('UNIT_NO_SHEET');
    },
  );

  test.each(['r07b-hcm-bangbieu4-tester-filled.xlsx', 'r07c-hcm-bangbieu4-tester-adapted-headers.xlsx'])(
    '%s: scores and ranks per cluster as on the page',
    async (file) => {
      const r = await open(file);
      const some = expected['r07c-hcm-bangbieu4-tester-adapted-headers.xlsx'].some as { name: string; row: number; total: number; rankInBlock?: number }[];
      for (const e of some) {
        const c = r.candidates.find((x) => x.name === e.name)!;
        expect([c.row + 1, r.scores.at(c).total]).toEqual([e.row, e.total]);
        if (e.rankInBlock !== undefined) expect(r.ranking.positions.at(c).block.rank).toBe(e.rankInBlock);
      }
      const q5 = r.findings.find((f) => f.code === 'SCORE_ABOVE_MAX')!;
      expect(q5.cell).toBe('C9');
    },
  );

  test('d01: collectives named "Công an…", "Công ty…" are candidates, not total rows', async () => {
    const file = 'd01-diag-ten-tap-the-cong.xlsx';
    const r = await open(file);
    const exp = expected[file].candidates as { name: string; row: number; total: number }[];
    expect(r.candidates).toHaveLength(exp.length);
    for (const e of exp) {
      const c = r.candidates.find((x) => x.name === e.name)!;
      expect([c.row + 1, r.scores.at(c).total]).toEqual([e.row, e.total]);
    }
    expect(r.ranking.positions.at(r.candidates.find((c) => c.name === 'Công ty Điện lực Quảng Bình')!).all.rank).toBe(1);
    expect(r.findings.map((f) => f.code)).not.toContain('TOTAL_MISMATCH');
  });
});
