import { copyFileSync } from 'node:fs';
import fc from 'fast-check';
import { bookBytes } from '../../../scripts/lib/bookFactory';
import { sampleSpec } from '../../../scripts/lib/sampleSpec';
import { readGrids, writeNewWorkbook } from '../../../src/host/file/fileHost';
import { RollupResult, rollup } from '../../../src/core/upward/rollup';
import { agencySpec, upwardFile } from '../upward/support';
import { cli } from '../../support/cli';
import { folder, sha256 } from './support';

/** Roll-up: a dossier is its check code and agency; counted once; statuses kept level after level. */
const NOW = '2025-12-20T00:00:00.000Z';
let A: Awaited<ReturnType<typeof upwardFile>>;
let B: Awaited<ReturnType<typeof upwardFile>>;
let rules: Awaited<ReturnType<typeof readGrids>>;

beforeAll(async () => {
  A = await upwardFile(agencySpec('Sở Xây dựng'), 'so-xay-dung.xlsx');
  B = await upwardFile(agencySpec('Sở Giao thông vận tải'), 'so-gtvt.xlsx');
  // The province's rules: GTVT sent late, so each of its proposals is to review at the province.
  rules = await readGrids(
    await bookBytes({
      ...sampleSpec(),
      campaign: [
        ['Tên phong trào', 'Phong trào thi đua thực hiện nhiệm vụ chính trị năm 2025'],
        ['Năm', 2025],
        ['Đơn vị tổ chức', 'UBND tỉnh A'],
      ],
      units: [
        { code: 'SXD', name: 'Sở Xây dựng', block: 'Khối kinh tế', headcount: 60, deadline: '15/12/2025', received: '12/12/2025' },
        { code: 'GTVT', name: 'Sở Giao thông vận tải', block: 'Khối kinh tế', headcount: 80, deadline: '15/12/2025', received: '18/12/2025' },
      ],
      titles: sampleSpec().titles.map((t) => ({ ...t, maxCount: null, percent: null })),
      history: [],
      rosters: [],
    }),
    'quy-dinh.xlsx',
  );
});

const statuses = (r: RollupResult) => r.rows.map((x) => `${x.agency}|${x.name}|${x.form}|${String(x.status).split(':')[0]}`).sort();
const codes = (r: RollupResult) => r.findings.map((f) => f.code).sort();

describe('the same dossier twice', () => {
  test('rollup(D, D) = rollup(D) plus one duplicate finding', () => {
    const one = rollup(
      [
        { file: 'so-xay-dung.xlsx', grids: A.grids },
        { file: 'so-gtvt.xlsx', grids: B.grids },
      ],
      { lang: 'vi', now: NOW, version: 't' },
    );
    const twice = rollup(
      [
        { file: 'so-xay-dung.xlsx', grids: A.grids },
        { file: 'so-gtvt.xlsx', grids: B.grids },
        { file: 'so-xay-dung.xlsx', grids: A.grids },
      ],
      { lang: 'vi', now: NOW, version: 't' },
    );
    expect(twice.rows).toEqual(one.rows);
    expect(codes(twice)).toEqual([...codes(one), 'UPWARD_SAME_DOSSIER'].sort());
    expect(twice.files.map((f) => [f.ok, f.rows, f.accepted + f.review + f.returned])).toEqual([
      [true, one.files[0].rows, one.files[0].rows],
      [true, one.files[1].rows, one.files[1].rows],
      [false, one.files[0].rows, 0],
    ]);
  });

  test('property: any order of A and B with any of them received again = the roll-up of each once, plus one finding per copy', () => {
    const both = [
      { file: 'so-xay-dung.xlsx', grids: A.grids },
      { file: 'so-gtvt.xlsx', grids: B.grids },
    ];
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 3 }), fc.array(fc.nat(), { maxLength: 3 }), (swap, copies, at) => {
        const once = swap ? [both[1], both[0]] : both;
        const list = [...once];
        copies.forEach((k, i) => list.splice(Math.min(list.length, 1 + ((at[i] ?? 0) % list.length)), 0, { ...both[k], file: `ban-sao-${i}.xlsx` }));
        const one = rollup(once, { lang: 'vi', now: NOW, version: 't' });
        const many = rollup(list, { lang: 'vi', now: NOW, version: 't' });
        const same = (r: (typeof one.rows)[number]) => ({
          ...r,
          chain: '',
          sourceFile: '',
          rowHash: '',
          cellDigest: '',
          status: String(r.status).replace(/[^ (]+\.xlsx!/g, 'F!'),
        }); // the copy kept names another file
        expect(many.rows.map(same)).toEqual(one.rows.map(same));
        expect(codes(many)).toEqual([...codes(one), ...copies.map(() => 'UPWARD_SAME_DOSSIER')].sort());
        for (const f of many.files) if (f.ok) expect(f.accepted + f.review + f.returned).toBe(f.rows);
      }),
      { numRuns: 25, seed: 23 },
    );
  });

  test('on the command line: counted once, its counts add up, each cross-file warning printed once', async () => {
    const f = folder('rollup-twice');
    const a = f.write('so-xay-dung.xlsx', A.bytes);
    const b = f.write('so-gtvt.xlsx', B.bytes);
    copyFileSync(a, f.path('so-xay-dung (1).xlsx'));
    const before = [sha256(a), sha256(b)];
    const res = await cli(['rollup', a, b, f.path('so-xay-dung (1).xlsx'), '-o', f.path('tong-hop.xlsx')]);
    expect(res.code).toBe(1);
    const line = (file: string) => res.stdout.split('\n').find((l) => l.includes(`✓ ${file}`))!;
    for (const file of ['so-xay-dung.xlsx', 'so-gtvt.xlsx']) {
      const m = /(\d+) đề nghị: (\d+) đồng ý, (\d+) xem xét, (\d+) trả lại/.exec(line(file))!;
      expect(Number(m[2]) + Number(m[3]) + Number(m[4])).toBe(Number(m[1]));
    }
    expect(res.stdout).toContain(
      '✗ so-xay-dung (1).xlsx: từ chối. Tệp "so-xay-dung (1).xlsx" là cùng hồ sơ với tệp "so-xay-dung.xlsx" (Sở Xây dựng, mã kiểm tra',
    );
    const dupLines = res.stdout.split('\n').filter((l) => l.includes('được đề nghị ở hai nơi'));
    expect(dupLines).toHaveLength(new Set(dupLines).size);
    expect(dupLines).toHaveLength(2); // Lê Minh Tuấn, once on each agency's side
    expect(res.stdout).toContain('Kết quả: 14 đề nghị trong hồ sơ tổng hợp');
    expect([sha256(a), sha256(b)]).toEqual(before);
    expect(f.files()).toEqual([
      'so-gtvt.xlsx',
      'so-xay-dung (1).xlsx',
      'so-xay-dung.xlsx',
      'tong-hop.tra-loi-01-so-xay-dung.xlsx',
      'tong-hop.tra-loi-02-so-giao-thong-van-tai.xlsx',
      'tong-hop.tra-loi-03-so-xay-dung.xlsx',
      'tong-hop.xlsx',
    ]);
  });
});

describe('two dossiers from one agency', () => {
  test('the newer is rolled up, the older set aside with both dates said', async () => {
    const older = await upwardFile(agencySpec('Sở Xây dựng'), 'sxd-cu.xlsx', '2025-12-01T08:00:00.000Z');
    const spec = agencySpec('Sở Xây dựng');
    spec.titles = spec.titles.filter((t) => !/Bằng khen/.test(t.name));
    const newer = await upwardFile(spec, 'sxd-moi.xlsx', '2025-12-09T08:00:00.000Z');
    const r = rollup(
      [
        { file: 'sxd-moi.xlsx', grids: newer.grids },
        { file: 'sxd-cu.xlsx', grids: older.grids },
      ],
      { lang: 'vi', now: NOW, version: 't' },
    );
    expect(r.files.map((f) => [f.file, f.ok])).toEqual([
      ['sxd-moi.xlsx', true],
      ['sxd-cu.xlsx', false],
    ]);
    const f = r.findings.find((x) => x.code === 'UPWARD_AGENCY_TWICE')!;
    expect(f.message).toBe(
      'Sở Xây dựng gửi hai hồ sơ khác nhau: tệp "sxd-cu.xlsx" (lập 01/12/2025 08:00) cũ hơn tệp "sxd-moi.xlsx" (lập 09/12/2025 08:00); tổng hợp theo tệp mới hơn "sxd-moi.xlsx", không tính tệp "sxd-cu.xlsx".',
    );
    expect(r.rows.every((x) => x.sourceFile === 'sxd-moi.xlsx')).toBe(true);
  });
});

describe('a roll-up rolled up again', () => {
  test('rollup(rollup(A, B)) keeps every status and every finding about a proposal of rollup(A, B)', async () => {
    const first = rollup(
      [
        { file: 'so-xay-dung.xlsx', grids: A.grids },
        { file: 'so-gtvt.xlsx', grids: B.grids },
      ],
      { lang: 'vi', now: NOW, version: 't', agency: 'UBND tỉnh A', rulesBook: { file: 'quy-dinh.xlsx', grids: rules } },
    );
    const reviews = first.rows.filter((x) => String(x.status).startsWith('Xem xét'));
    expect(reviews.length).toBeGreaterThan(2); // late GTVT and the person both propose
    const province = await readGrids(await writeNewWorkbook(first.models), 'tinh-a.xlsx');
    const again = rollup([{ file: 'tinh-a.xlsx', grids: province }], { lang: 'vi', now: NOW, version: 't', agency: 'Bộ' });
    expect(statuses(again)).toEqual(statuses(first));
    for (const row of reviews) {
      const up = again.rows.find((x) => x.agency === row.agency && x.name === row.name && x.form === row.form)!;
      for (const reason of String(row.status)
        .replace(/^Xem xét: /, '')
        .split('; '))
        expect(String(up.status)).toContain(reason);
    }
    // Every proposal a finding was about at the province is the subject of one at the next level.
    const about = (r: RollupResult) => new Set(r.findings.filter((f) => f.candidate).map((f) => `${f.unit}|${f.candidate}`));
    for (const k of about(first)) expect(about(again)).toContain(k);
  });
});
