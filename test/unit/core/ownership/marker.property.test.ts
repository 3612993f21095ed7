import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { bookBytes } from '../../../../scripts/lib/bookFactory';
import { sampleSpec } from '../../../../scripts/lib/sampleSpec';
import { CellValue } from '../../../../src/sheet/grid';
import { runJob } from '../../../../src/core/app';
import { MARKER_APP, MARKER_VERSION, planWrite } from '../../../../src/core/ownership/marker';
import { campaign, grid, roster, simpleCriteria } from '../../../support/grids';
import { LIBRARY_TEXT, cli, tempDir } from '../../../scenarios/safety/support';

const DIR = tempDir('prop');

/** Exit 2 with one of our sentences: no stack, no library text. */
async function refusedCleanly(bytes: Uint8Array, i: number): Promise<void> {
  const p = join(DIR, `f${i}.xlsx`);
  writeFileSync(p, bytes);
  for (const lang of ['vi', 'en']) {
    const r = await cli(['validate', p, '--lang', lang]);
    if (r.code === 2) {
      expect(r.stderr.length).toBeGreaterThan(20);
      expect(r.stderr).not.toMatch(LIBRARY_TEXT);
    } else expect([0, 1]).toContain(r.code); // a cut that still leaves a readable book
  }
}

describe('bad files never crash the command line', () => {
  test('random bytes, and random bytes behind a zip signature', async () => {
    let i = 0;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.boolean(), async (bytes, zip) => {
        const b = zip ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        await refusedCleanly(b, i++);
      }),
      { numRuns: 40 },
    );
  });

  test('a real workbook cut short, or with bytes flipped', async () => {
    const full = await bookBytes(sampleSpec());
    let i = 1000;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: full.length - 1 }), fc.option(fc.integer({ min: 0, max: full.length - 1 })), async (cut, flip) => {
        const b = full.slice(0, flip === null ? cut : full.length);
        if (flip !== null) b[flip] ^= 0xff;
        await refusedCleanly(b, i++);
      }),
      { numRuns: 25 },
    );
  });
});

describe('random grids never crash the job or the write plan', () => {
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -5, max: 99999 }),
    fc.double({ noNaN: false }),
    fc.string({ maxLength: 20 }),
    fc.constantFrom('Tổng hợp', '_ThiDua', MARKER_APP, '\u0001', 'Xếp hạng'),
    fc.boolean(),
  );
  const anyRows = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 });
  test('generated sheet names, fake markers and random values: findings, never an exception', () => {
    fc.assert(
      fc.property(anyRows, anyRows, fc.constantFrom('_ThiDua', 'Xếp hạng', 'Tổng hợp', 'Đơn vị', 'Lịch sử khen thưởng'), fc.boolean(), (a, b, name, signed) => {
        const fake = signed ? [[MARKER_APP, MARKER_VERSION, 'bad signature'], ...b] : b;
        const book = {
          sheets: [
            campaign(),
            simpleCriteria(),
            roster('A', [[1, 'An', 'HTTNV', 0, '', 40, 40, 0, 0]]),
            grid(name, a),
            { ...grid('_ThiDua', fake), visibility: 'veryHidden' as const },
          ],
        };
        const job = runJob(book, { action: 'rank', now: 'now', version: 't' });
        const plan = planWrite(book, job.sheets, { time: 'now', fingerprint: '' });
        // Never a user sheet removed: only sheets proved ours (none here: every marker is fake).
        expect(plan.remove).toEqual([]);
        for (const f of job.result.findings) expect(['error', 'warning']).toContain(f.severity);
        return true;
      }),
      { numRuns: 150 },
    );
  });
});
