import { DEFAULT_TITLES, defaultTitlesOn } from '../../../../src/core/template/defaults';
import { defaultVoteRule } from '../../../../src/core/law/votes';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CellValue } from '../../../../src/sheet/grid';
import { COUNCIL_VOTES, QUORUM_DEFAULT } from '../../../../src/core/law/votes';
import { LAW_OPTIONS } from '../../../../src/core/law/options';
import { AUTHORITIES } from '../../../../src/core/law/authority';
import { CHANNELS } from '../../../../src/core/law/channels';
import { POSTING_DAYS } from '../../../../src/core/law/posting';
import { ROSTER_HEAD, checkOf, decision, person, rankOnFile, roster, sheet, templateSheets } from '../../../support/book';

/**
 * The default rules of the template as the Law writes them (domain.md §4), each title through its
 * alternatives, on a real .xlsx written from the template and read back.
 */
const VP = roster('VP', [
  person(1, 'An', '01/01/1980', 'HTXSNV', 0), // CSTĐCS by HTXSNV alone
  person(2, 'Bình', '02/02/1981', 'HTTNV', 1), // CSTĐCS by an initiative
  person(3, 'Cúc', '03/03/1982', 'HTTNV', 0), // neither
  person(4, 'Dũng', '04/04/1983', 'HTXSNV', 1, { discipline: 'Khiển trách' }), // not LĐTT
  person(5, 'Em', '05/05/1984', 'HTXSNV', 2), // Bằng khen: 2 years HTXSNV and 2 initiatives
  person(6, 'Phúc', '06/06/1985', 'HTXSNV', 0), // Bằng khen: 2 CSTĐCS in a row
  person(7, 'Giang', '07/07/1986', 'HTXSNV', 2), // no history: no Bằng khen
  person(8, 'Hà', '08/08/1987', 'HTNV', 0),
  person(9, 'Ích', '09/09/1988', 'HTTNV', 0, { daysOff: 45 }), // LĐTT: the 40-day exclusion is off since 2024
  person(10, 'Khoa', '10/10/1989', 'HTTNV', 0),
]);
// 6 of 10 LĐTT: 60%, enough under the old "> 50%", not under the Law's "≥ 70%".
const KHTC = roster('KHTC', [
  person(1, 'Lan', '01/01/1990', 'HTXSNV', 1), // third CSTĐCS in a row: CSTĐ cấp tỉnh
  person(2, 'Minh', '02/02/1990', 'HTTNV', 0),
  person(3, 'Nga', '03/03/1990', 'HTTNV', 0),
  person(4, 'Oanh', '04/04/1990', 'HTTNV', 0),
  person(5, 'Phương', '05/05/1990', 'HTTNV', 0),
  person(6, 'Quang', '06/06/1990', 'HTTNV', 0),
  person(7, 'Sơn', '07/07/1990', 'HTNV', 0),
  person(8, 'Tâm', '08/08/1990', 'HTNV', 0),
  person(9, 'Uyên', '09/09/1990', 'HTNV', 0),
  person(10, 'Vinh', '10/10/1990', 'HTNV', 0),
]);
const COLLECTIVES = sheet('Tập thể', [
  ['BẢNG CHẤM ĐIỂM CÁC TẬP THỂ NĂM 2025'],
  [],
  ['STT', 'Tên tập thể', 'Xếp loại', '1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '4.1', '4.2'],
  [1, 'Văn phòng', 'HTXSNV', 30, 20, 10, 10, 10, 10, 5, 5],
  [2, 'Phòng Kế hoạch - Tài chính', 'HTXSNV', 30, 18, 10, 10, 10, 10, 5, 5],
]);
const HISTORY: [string, string, string, number, string][] = [
  ['Em', '05/05/1984', 'Văn phòng', 2024, 'HTXSNV'],
  ['Phúc', '06/06/1985', 'Văn phòng', 2024, 'Chiến sĩ thi đua cơ sở'],
  ['Lan', '01/01/1990', 'Phòng Kế hoạch - Tài chính', 2024, 'Chiến sĩ thi đua cơ sở'],
  ['Lan', '01/01/1990', 'Phòng Kế hoạch - Tài chính', 2023, 'Chiến sĩ thi đua cơ sở'],
  ['Phòng Kế hoạch - Tài chính', '', 'Phòng Kế hoạch - Tài chính', 2024, 'Hoàn thành xuất sắc nhiệm vụ'],
];

async function book() {
  // The defaults as written: no CSTĐCS cap since 2024, so each of the Law's alternatives shows on its own person.
  const models = templateSheets(() => undefined);
  const history = models.find((m) => m.name === 'Lịch sử khen thưởng')!;
  for (const h of HISTORY) history.rows.push([...h]);
  return rankOnFile([...models, VP, KHTC, COLLECTIVES]);
}

let job: Awaited<ReturnType<typeof book>>;
beforeAll(async () => {
  job = await book();
});

describe('Chiến sĩ thi đua cơ sở: LĐTT and (HTXSNV or an initiative or a research topic), Art. 23', () => {
  test('HTXSNV alone is enough; the explanation names the alternative met', () => {
    const d = decision(job, 'An', 'Chiến sĩ thi đua cơ sở');
    expect(d.status).toBe('proposed');
    expect(checkOf(d, /hoặc/).detail).toBe('đạt phương án: xếp loại HTXSNV (xếp loại HTXSNV)');
  });
  test('an initiative alone is enough', () => {
    const d = decision(job, 'Bình', 'Chiến sĩ thi đua cơ sở');
    expect(d.status).toBe('proposed');
    expect(checkOf(d, /hoặc/).detail).toBe('đạt phương án: sáng kiến ≥ 1 (1 sáng kiến)');
  });
  test('neither: refused, each alternative said', () => {
    const d = decision(job, 'Cúc', 'Chiến sĩ thi đua cơ sở');
    expect(d.status).toBe('notEligible');
    expect(checkOf(d, /hoặc/)).toMatchObject({
      ok: false,
      detail:
        'không đạt phương án nào: xếp loại HTXSNV (xếp loại HTTNV); sáng kiến ≥ 1 (0 sáng kiến); đề tài ≥ 1 (không ghi đề tài (bảng chấm điểm không có cột Đề tài))',
    });
  });
  test('not LĐTT: refused on that, whatever the alternatives', () => {
    const d = decision(job, 'Dũng', 'Chiến sĩ thi đua cơ sở');
    expect(d.status).toBe('notEligible');
    expect(d.checks.filter((c) => !c.ok).map((c) => c.label)).toEqual(['đạt Lao động tiên tiến']);
  });
  test('proposals wait for the council (≥ 80% of all members, Decree 98/2023 Art. 30(7)) and say so', () => {
    const d = decision(job, 'An', 'Chiến sĩ thi đua cơ sở');
    expect(d.vote).toMatchObject({ pending: true, rule: { op: '>=', percent: 80, base: 'members' } });
    expect(job.result.findings.find((f) => f.code === 'VOTE_MISSING' && /Chiến sĩ thi đua cơ sở/.test(f.message))!.message).toMatch(/An, Bình/);
  });
});

describe('Chiến sĩ thi đua cấp tỉnh: 3 CSTĐCS in a row, Art. 22', () => {
  test('this year and the two before it', () => {
    expect(decision(job, 'Lan', 'Chiến sĩ thi đua cấp tỉnh').status).toBe('proposed');
    const phuc = decision(job, 'Phúc', 'Chiến sĩ thi đua cấp tỉnh');
    expect(checkOf(phuc, /2 năm liên tục/).detail).toBe('lịch sử thiếu năm 2023');
  });
  test('the vote it needs is ≥ 90% of all members (Decree 98/2023 Art. 30(7), kept [R])', () => {
    expect(decision(job, 'Lan', 'Chiến sĩ thi đua cấp tỉnh').vote?.rule).toMatchObject({ op: '>=', percent: 90, base: 'members', source: 'sheet' });
  });
});

describe('Bằng khen của Chủ tịch UBND tỉnh (cá nhân): 2 CSTĐCS in a row, or 2 years HTXSNV with 2 initiatives, Art. 74(1)(d)', () => {
  const BK = 'Bằng khen của Chủ tịch UBND tỉnh (cá nhân)';
  test('two CSTĐCS in a row', () => {
    const d = decision(job, 'Phúc', BK);
    expect(d.status).toBe('proposed');
    expect(checkOf(d, /hoặc/).detail).toMatch(/^đạt phương án: đạt Chiến sĩ thi đua cơ sở và 1 năm liên tục Chiến sĩ thi đua cơ sở \(đạt cả: /);
  });
  test('two years HTXSNV (last year from the history) with two initiatives', () => {
    const d = decision(job, 'Em', BK);
    expect(d.status).toBe('proposed');
    expect(checkOf(d, /hoặc/).detail).toMatch(
      /^đạt phương án: xếp loại HTXSNV và 1 năm liên tục Hoàn thành xuất sắc nhiệm vụ và \(sáng kiến ≥ 2 hoặc đề tài ≥ 2\)/,
    );
  });
  test('without last year: neither alternative, each said', () => {
    const d = decision(job, 'Giang', BK);
    expect(d.status).toBe('notEligible');
    expect(checkOf(d, /hoặc/).detail).toMatch(/^không đạt phương án nào: .*lịch sử thiếu năm 2024.*lịch sử thiếu năm 2024/);
  });
  test('one achievement, one form: the provincial CSTĐ holder is not also given it', () => {
    expect(checkOf(decision(job, 'Lan', BK), /không đạt Chiến sĩ thi đua cấp tỉnh/).ok).toBe(false);
  });
});

describe('collectives', () => {
  test('Tập thể lao động tiên tiến: at least 70% of members LĐTT (Art. 28), not the old "> 50%"', () => {
    const vp = decision(job, 'Văn phòng', 'Tập thể lao động tiên tiến');
    expect(vp.status).toBe('proposed');
    expect(checkOf(vp, /tỷ lệ thành viên Lao động tiên tiến/).detail).toBe('8/10 thành viên Lao động tiên tiến (80%, cần ≥ 70%)');
    const khtc = decision(job, 'Phòng Kế hoạch - Tài chính', 'Tập thể lao động tiên tiến');
    expect(khtc.status).toBe('notEligible');
    expect(checkOf(khtc, /tỷ lệ thành viên Lao động tiên tiến/).detail).toBe('6/10 thành viên Lao động tiên tiến (60%, cần ≥ 70%)');
  });
  test('Tập thể lao động xuất sắc (Art. 27): HTXSNV as a collective, all members HTNV or better, 70% LĐTT, a CSTĐCS member', () => {
    const vp = decision(job, 'Văn phòng', 'Tập thể lao động xuất sắc');
    expect(vp.status).toBe('proposed');
    expect(vp.checks.map((c) => c.label)).toEqual([
      'Xếp loại HTXSNV trở lên',
      'tỷ lệ thành viên xếp loại HTNV trở lên ≥ 100%',
      'tỷ lệ thành viên Lao động tiên tiến ≥ 70%',
      'có thành viên Chiến sĩ thi đua cơ sở',
      'không có thành viên kỷ luật từ cảnh cáo',
    ]);
    expect(decision(job, 'Phòng Kế hoạch - Tài chính', 'Tập thể lao động xuất sắc').status).toBe('notEligible');
  });
  test('Bằng khen (tập thể), Art. 74(3)(d): 2 years HTXSNV as a collective, or TTLĐXS; not with the flag', () => {
    const khtc = decision(job, 'Phòng Kế hoạch - Tài chính', 'Bằng khen của Chủ tịch UBND tỉnh');
    expect(khtc.status).toBe('proposed');
    expect(checkOf(khtc, /hoặc/).detail).toMatch(
      /^đạt phương án: xếp loại HTXSNV và 1 năm liên tục Hoàn thành xuất sắc nhiệm vụ \(đạt cả: .*lịch sử có Hoàn thành xuất sắc nhiệm vụ năm 2024\)\)$/,
    );
    const vp = decision(job, 'Văn phòng', 'Bằng khen của Chủ tịch UBND tỉnh');
    expect(decision(job, 'Văn phòng', 'Cờ thi đua cấp tỉnh').status).toBe('proposed');
    expect(vp.status).toBe('notEligible');
    expect(vp.checks.filter((c) => !c.ok).map((c) => c.label)).toEqual(['không đạt Cờ thi đua cấp tỉnh']);
  });
});

describe('every default states its basis and certainty, as the rules document says (docs/rules-in-force.md)', () => {
  const doc = readFileSync(join(__dirname, '..', '..', '..', '..', 'docs', 'rules-in-force.md'), 'utf8');
  /** The document's table rows whose first cell starts the name (or the name starts the cell). */
  const rowsFor = (name: string) =>
    doc
      .split('\n')
      .filter((l) => l.startsWith('| '))
      .filter((l) => {
        const first = l.slice(2, l.indexOf(' |', 2));
        return first.length > 0 && (name.startsWith(first) || first.startsWith(name));
      })
      .join('\n');
  const CITATION =
    /Luật TĐKT 06\/2022\/QH15(?:, Điều \d+(?: khoản \d+(?: điểm [a-zđ])?)?)?|NĐ \d+\/\d{4}\/NĐ-CP(?:, Điều \d+(?: khoản \d+)?)?|TT \d+\/\d{4}\/TT-[A-Z]+/g;
  const TAG = /\[(C|C-old|R|U)\]/g;
  /** Every text and article the basis cites, and every tag it gives, are in the document's rows for it. */
  const agrees = (name: string, basis: string, tag?: string) => {
    const rows = rowsFor(name);
    expect(rows).not.toBe('');
    const cited = basis.match(CITATION) ?? [];
    expect(cited.length).toBeGreaterThan(0);
    for (const c of cited) expect({ name, cited: c, found: rows.includes(c) }).toEqual({ name, cited: c, found: true });
    const tags = [...(basis.match(TAG) ?? []), ...(tag ? [`[${tag}]`] : [])];
    expect(tags.length).toBeGreaterThan(0);
    for (const t of tags) expect({ name, tag: t, found: rows.includes(t) }).toEqual({ name, tag: t, found: true });
  };
  test.each(['2024-06-30', '2025-07-01', '2026-12-31'])('the titles in force on %s', (date) => {
    for (const t of defaultTitlesOn(date)) agrees(t.name, t.basis);
  });
  test.each(DEFAULT_TITLES.map((t) => [t.name, t]))('%s names its article', (_, t) => {
    const art: Record<string, RegExp> = {
      'Chiến sĩ thi đua cơ sở': /Điều 23/,
      'Chiến sĩ thi đua cấp tỉnh': /Điều 22/,
      'Bằng khen của Chủ tịch UBND tỉnh (cá nhân)': /Điều 74 khoản 1 điểm d/,
      'Tập thể lao động tiên tiến': /Điều 28/,
      'Tập thể lao động xuất sắc': /Điều 27/,
      'Cờ thi đua cấp tỉnh': /Điều 26/,
      'Bằng khen của Chủ tịch UBND tỉnh': /Điều 74 khoản 3 điểm d/,
    };
    if (art[t.name]) expect(t.basis).toMatch(art[t.name]);
  });
  test("the law's data: votes, options, authorities, channels, posting days", () => {
    for (const v of COUNCIL_VOTES) agrees(v.title, v.basis, v.tag);
    for (const o of LAW_OPTIONS) for (const d of o.defaults) if (d.basis.match(CITATION)) agrees(o.label, d.basis, d.tag);
    for (const a of AUTHORITIES) agrees(a.form, a.basis, a.tag);
    for (const c of CHANNELS) agrees(c.vi, c.basis, c.tag);
    for (const p of POSTING_DAYS) agrees(p.level === 'state' ? 'Công khai, hình thức cấp Nhà nước' : 'Công khai danh sách đề nghị', p.basis, p.tag);
    expect(doc).toContain(`mặc định ${QUORUM_DEFAULT.text} tổng số thành viên [${QUORUM_DEFAULT.tag}]`);
  });
  test('the thresholds agree with the document', () => {
    expect(rowsFor('Tập thể lao động tiên tiến')).toMatch(/≥ 70% thành viên LĐTT/);
    expect(DEFAULT_TITLES.find((t) => t.name === 'Tập thể lao động tiên tiến')!.conditions).toMatch(/≥ 70%/);
    // No CSTĐCS cap by default; the old 15% is an option with its [C-old] basis.
    expect(rowsFor('Chiến sĩ thi đua cơ sở')).toMatch(/\*\*không giới hạn tỷ lệ\*\*/);
    expect(DEFAULT_TITLES.find((t) => t.name === 'Chiến sĩ thi đua cơ sở')).toMatchObject({
      percent: null,
      base: '',
      voteMin: '≥ 80',
      voteBase: 'Tổng số thành viên',
    });
    expect(rowsFor('Giới hạn CSTĐCS 15% số LĐTT')).toMatch(/\| Không \|.*\[C-old\]/);
    expect(rowsFor('Chiến sĩ thi đua cấp tỉnh')).toMatch(/≥ 90% \| tổng số thành viên/);
    expect(defaultVoteRule('Chiến sĩ thi đua cấp tỉnh')).toMatchObject({ op: '>=', percent: 90, base: 'members' });
    expect(defaultVoteRule('Chiến sĩ thi đua cấp tỉnh')!.basis).toMatch(/NĐ 98\/2023\/NĐ-CP, Điều 30 khoản 7.*\[R\]$/);
    expect(defaultVoteRule('Chiến sĩ thi đua cấp tỉnh', '2025-03-01')!.basis).toMatch(/\[C\]$/);
    expect(defaultVoteRule('Lao động tiên tiến')).toBeNull();
  });
});

describe('a research topic (Đề tài column) is the third alternative of CSTĐCS, read from the score sheet', () => {
  // The roster's columns with a `Đề tài` column after `Sáng kiến`.
  const head = [...ROSTER_HEAD.slice(0, 5), 'Đề tài', ...ROSTER_HEAD.slice(5)];
  const row = (i: number, name: string, rating: string, initiatives: number, topics: CellValue) => {
    const p = person(i, name, `0${i}/01/1985`, rating, initiatives);
    return [...p.slice(0, 5), topics, ...p.slice(5)];
  };
  let withTopics: Awaited<ReturnType<typeof rankOnFile>>;
  beforeAll(async () => {
    const models = templateSheets(() => undefined);
    const vp = sheet('VP', [
      ['BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2025 – VP'],
      [],
      head,
      row(1, 'Xuân', 'HTTNV', 0, 1),
      row(2, 'Yến', 'HTTNV', 0, null),
      row(3, 'Vũ', 'HTTNV', 0, 1.5),
      row(4, 'Thảo', 'HTTNV', 0, 'Đề tài cấp cơ sở: quản lý chất lượng công trình (nghiệm thu 2025)'),
    ]);
    withTopics = await rankOnFile([...models, vp]);
  });
  test('HTTNV, no initiative, one accepted topic: proposed, and the explanation names the topic', () => {
    const d = decision(withTopics, 'Xuân', 'Chiến sĩ thi đua cơ sở');
    expect(d.status).toBe('proposed');
    expect(checkOf(d, /hoặc/).detail).toBe('đạt phương án: đề tài ≥ 1 (1 đề tài)');
  });
  test('the column there but blank: no topic, refused, each alternative said', () => {
    const d = decision(withTopics, 'Yến', 'Chiến sĩ thi đua cơ sở');
    expect(d.status).toBe('notEligible');
    expect(checkOf(d, /hoặc/).detail).toMatch(/đề tài ≥ 1 \(0 đề tài\)/);
  });
  test('a topic described in words counts as one', () => {
    expect(decision(withTopics, 'Thảo', 'Chiến sĩ thi đua cơ sở').status).toBe('proposed');
  });
  test('a number that is no count (1.5) is a finding on its cell, and counts none', () => {
    expect(decision(withTopics, 'Vũ', 'Chiến sĩ thi đua cơ sở').status).toBe('notEligible');
    const f = withTopics.result.findings.find((x) => x.code === 'NUMBER_INVALID' && x.candidate === 'Vũ');
    expect(f?.message).toMatch(/Đề tài/);
    expect(f?.cell).toBe('F6');
  });
});
