import { CellValue } from '../../../src/sheet/grid';
import { SheetModel } from '../../../src/sheet/sheetModel';
import { explainDecision } from '../../../src/core/output/explain';
import { checkOf, decision, person, rankOnFile, roster, templateSheets } from '../../support/book';

/**
 * The council's votes as Decree 98/2023 Art. 30(7) asks, on a real book made from the template
 * (decision date 31/12/2025, assumed): secret ballot, ≥ 80% of ALL members for CSTĐCS, ≥ 90% for
 * CSTĐ cấp tỉnh, written ballots of absent members counted, and a meeting without quorum deciding nothing.
 */
const CSTD = 'Chiến sĩ thi đua cơ sở';
const TINH = 'Chiến sĩ thi đua cấp tỉnh';
const VP = roster('VP', [
  person(1, 'An', '01/01/1980', 'HTXSNV', 1),
  person(2, 'Bình', '02/02/1981', 'HTXSNV', 1),
  person(3, 'Cúc', '03/03/1982', 'HTXSNV', 1),
  person(4, 'Lan', '04/04/1983', 'HTXSNV', 1),
  person(5, 'Mai', '05/05/1984', 'HTXSNV', 1),
  person(6, 'Khoa', '06/06/1985', 'HTTNV', 0),
]);

function config(): SheetModel[] {
  const models = templateSheets();
  const history = models.find((m) => m.name === 'Lịch sử khen thưởng')!;
  for (const n of [
    ['Lan', '04/04/1983'],
    ['Mai', '05/05/1984'],
  ])
    for (const y of [2023, 2024]) history.rows.push([n[0], n[1], 'Văn phòng', y, CSTD]);
  return models;
}

type Votes = Record<string, { inFavour: CellValue; written?: CellValue; title?: string }>;

/** `Biểu quyết` as the first run wrote it, filled as the officer would. */
function fill(votes: SheetModel, meeting: { members: number; present: number }, by: Votes): SheetModel {
  const rows = votes.rows.map((r) => [...(r ?? [])]);
  for (const r of rows) {
    if (r[1] === 'Tổng số thành viên Hội đồng') r[2] = meeting.members;
    if (r[1] === 'Số thành viên có mặt') r[2] = meeting.present;
  }
  const h = rows.findIndex((r) => r[0] === 'STT');
  const col = rows[h].indexOf('Số phiếu đồng ý');
  const wcol = rows[h].indexOf('Phiếu bằng văn bản');
  expect(wcol).toBeGreaterThan(col);
  for (const r of rows.slice(h + 1)) {
    const v = by[`${r[2]}|${r[1]}`] ?? by[String(r[2])];
    if (v && (v.title === undefined || v.title === r[1])) {
      r[col] = v.inFavour;
      if (v.written !== undefined) r[wcol] = v.written;
    }
  }
  return { ...votes, rows };
}

let first: Awaited<ReturnType<typeof rankOnFile>>;
let votesModel: SheetModel;
beforeAll(async () => {
  first = await rankOnFile([...config(), VP]);
  votesModel = first.sheets.find((s) => s.id === 'votes')!;
});
const again = (by: Votes, meeting = { members: 11, present: 9 }) => rankOnFile([...config(), VP, fill(votesModel, meeting, by)]);
const lines = (job: Awaited<ReturnType<typeof rankOnFile>>) =>
  job.sheets.find((s) => s.id === 'minutes')!.rows.map((r) => (r ?? []).filter((v) => v !== null && v !== '').join(' | '));

describe('no votes yet', () => {
  test('every CSTĐCS proposal waits for the council, with the law’s threshold named', () => {
    const d = decision(first, 'An', CSTD);
    expect(d.status).toBe('proposed');
    expect(d.vote).toMatchObject({ pending: true, rule: { op: '>=', percent: 80, base: 'members', secret: true } });
    expect(explainDecision(d, 'vi')).toMatch(/\{chờ Hội đồng biểu quyết, cần ≥ 80% tổng số thành viên Hội đồng\}$/);
    expect(first.result.findings.find((f) => f.code === 'VOTE_MISSING' && /Chiến sĩ thi đua cơ sở/.test(f.message))!.message).toMatch(/An, Bình, Cúc/);
    // The votes sheet has the written-ballot column; the minutes name the secret ballot and the quorum.
    expect(votesModel.rows.find((r) => r?.[0] === 'STT')).toContain('Phiếu bằng văn bản');
    expect(lines(first)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Nội dung: .*Bỏ phiếu kín: Chiến sĩ thi đua cơ sở, Chiến sĩ thi đua cấp tỉnh, Cờ thi đua cấp tỉnh\./),
        'Túc số: 2/3 tổng số thành viên. Thành viên vắng mặt cho ý kiến bằng văn bản: …….',
      ]),
    );
  });
});

describe('the council votes (11 members, 9 present)', () => {
  let job: Awaited<ReturnType<typeof rankOnFile>>;
  beforeAll(async () => {
    job = await again({
      [`An|${CSTD}`]: { inFavour: 9 },
      [`Bình|${CSTD}`]: { inFavour: 8 },
      [`Cúc|${CSTD}`]: { inFavour: 9, written: 2 },
      [`Lan|${CSTD}`]: { inFavour: 11, written: 2 },
      [`Mai|${CSTD}`]: { inFavour: 11, written: 2 },
      [`Lan|${TINH}`]: { inFavour: 10, written: 2 },
      [`Mai|${TINH}`]: { inFavour: 9 },
    });
  });
  test('CSTĐCS: 9 of 11 members (81.8%) is ≥ 80% of all members: proposed', () => {
    const d = decision(job, 'An', CSTD);
    expect(d.status).toBe('proposed');
    expect(checkOf(d, /^Biểu quyết/)).toMatchObject({
      label: 'Biểu quyết ≥ 80% tổng số thành viên Hội đồng',
      ok: true,
      detail: '9/11 thành viên Hội đồng đồng ý (81,8%)',
    });
  });
  test('CSTĐCS: 8 of 11 (72.7%), a majority of those present, is below 80% of all members: not proposed, said so', () => {
    const d = decision(job, 'Bình', CSTD);
    expect(d.status).toBe('notEligible');
    expect(d.checks.filter((c) => !c.ok)).toEqual([
      expect.objectContaining({ label: 'Biểu quyết ≥ 80% tổng số thành viên Hội đồng', detail: '8/11 thành viên Hội đồng đồng ý (72,7%)' }),
    ]);
    expect(explainDecision(d, 'vi')).toMatch(/Biểu quyết ≥ 80% tổng số thành viên Hội đồng: 8\/11 thành viên Hội đồng đồng ý \(72,7%\)/);
    expect(lines(job)).toContain('5 | Bình | Văn phòng | 11 (9 + 0) | 8/11 (72,7%) | Không đạt tỷ lệ phiếu');
  });
  test('written ballots of the absent members count toward the share, and the explanation and minutes say so', () => {
    const d = decision(job, 'Cúc', CSTD);
    expect(d.status).toBe('proposed');
    expect(checkOf(d, /^Biểu quyết/).detail).toBe('9/11 thành viên Hội đồng đồng ý (81,8%), trong đó 2 phiếu bằng văn bản của thành viên vắng mặt');
    expect(lines(job)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\d \| Cúc \| Văn phòng \| 11 \(9 \+ 2\) \| 9\/11 \(81,8%\) \| Đề nghị$/),
        'Túc số: 2/3 tổng số thành viên: đủ. Thành viên vắng mặt cho ý kiến bằng văn bản: 2 phiếu.',
      ]),
    );
  });
  test('CSTĐ cấp tỉnh: ≥ 90% of all members; 10/11 passes, 9/11 does not', () => {
    expect(decision(job, 'Lan', TINH).status).toBe('proposed');
    const mai = decision(job, 'Mai', TINH);
    expect(mai.status).toBe('notEligible');
    expect(checkOf(mai, /^Biểu quyết/)).toMatchObject({
      label: 'Biểu quyết ≥ 90% tổng số thành viên Hội đồng',
      ok: false,
      detail: '9/11 thành viên Hội đồng đồng ý (81,8%)',
    });
  });
  test('more written ballots than absent members cannot be true: a finding on the cell, the row waits', async () => {
    const bad = await again({ [`An|${CSTD}`]: { inFavour: 9, written: 3 } });
    const f = bad.result.findings.find((x) => x.code === 'VOTE_BAD_COUNT')!;
    expect(f.message).toMatch(/3 phiếu bằng văn bản, nhiều hơn 2 thành viên vắng mặt/);
    expect(decision(bad, 'An', CSTD).vote?.pending).toBe(true);
  });
});

describe('a meeting without quorum decides nothing', () => {
  test('6 of 11 present, below 2/3: every vote pending, said once, and in the minutes', async () => {
    const job = await again({ [`An|${CSTD}`]: { inFavour: 6 }, [`Bình|${CSTD}`]: { inFavour: 2 } }, { members: 11, present: 6 });
    for (const n of ['An', 'Bình']) {
      const d = decision(job, n, CSTD);
      expect(d.status).toBe('proposed');
      expect(d.vote).toMatchObject({
        pending: true,
        noQuorum: true,
        text: 'cuộc họp chưa đủ túc số (6/11 thành viên có mặt, cần 2/3): Hội đồng chưa quyết định',
      });
    }
    const f = job.result.findings.filter((x) => x.code === 'VOTE_NO_QUORUM');
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe(
      'Cuộc họp Hội đồng có 6/11 thành viên, chưa đủ túc số 2/3 (Túc số do quy chế Hội đồng quy định (thường 2/3 tổng số thành viên; một quy định cấp tỉnh 2025 đặt 80% cho phiên xét khen thưởng) [R]): Hội đồng chưa quyết định được gì, mọi kết quả biểu quyết coi như chưa có.',
    );
    expect(lines(job)).toEqual(
      expect.arrayContaining([
        'Túc số: 2/3 tổng số thành viên: KHÔNG ĐỦ, Hội đồng chưa quyết định được. Thành viên vắng mặt cho ý kiến bằng văn bản: …….',
        expect.stringMatching(
          /\| An \| Văn phòng \| 11 \(6 \+ 0\) \|  ?\| Chưa đủ túc số: chưa quyết định$|\| An \| Văn phòng \| 11 \(6 \+ 0\) \| Chưa đủ túc số: chưa quyết định$/,
        ),
      ]),
    );
  });
});
