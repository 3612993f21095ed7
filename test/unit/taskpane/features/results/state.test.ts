import { Group, nobodyOf, rejectedVotes, titleTotals } from '../../../../../src/taskpane/features/results/state';
import { resultsStrings } from '../../../../../src/taskpane/features/results/strings';
import type { RunSummary } from '../../../../../src/core/output/summary';
import type { Finding } from '../../../../../src/core/model';

const group = (index: number, eligible: number, nobody?: Group['nobody']): Group => ({
  index,
  title: 'Chiến sĩ thi đua cơ sở',
  scope: `Đơn vị ${index}`,
  limit: 17,
  basis: '',
  eligible,
  proposed: [],
  tied: [],
  cut: [],
  ...(nobody ? { nobody } : {}),
});

describe('results state', () => {
  test('a title with nobody eligible says the condition failed most often across its scopes', () => {
    const groups = [
      group(0, 0, { condition: 'Sáng kiến', failed: 10, checked: 12 }),
      group(1, 0, { condition: 'Xếp loại', failed: 4, checked: 5 }),
      group(2, 0, { condition: 'Sáng kiến', failed: 2, checked: 3 }),
    ];
    const [total] = titleTotals(groups);
    expect(total!.eligible).toBe(0);
    expect(total!.nobody).toEqual({ condition: 'Sáng kiến', failed: 12, checked: 20 });
    expect(nobodyOf([group(0, 0)])).toBeUndefined();
    expect(titleTotals([group(0, 3), group(1, 0, { condition: 'Sáng kiến', failed: 1, checked: 1 })])[0]!.nobody).toBeUndefined();
    expect(resultsStrings('vi').nobody('Sáng kiến', 12, 20)).toBe('Không ai đủ điều kiện; điều kiện nhiều người không đạt nhất: Sáng kiến (12/20 người)');
    expect(resultsStrings('en').councilGroup('X', 'Y', 1, 2)).toBe('X · Y: 2 tied for the 1 remaining place');
  });

  test('the vote rows the engine rejected, not the votes still missing', () => {
    const f = (code: string, row: number | null): Finding => ({
      severity: 'error',
      code,
      params: {},
      sheet: 'Biểu quyết',
      cell: row === null ? '' : `B${row + 1}`,
      row,
      col: row === null ? null : 1,
      unit: '',
      candidate: '',
      message: code,
      fix: '',
    });
    const s = {
      findings: [
        f('VOTE_BAD_NUMBER', 4),
        f('VOTE_MISSING', 2),
        f('SCORE_ABOVE_MAX', 3),
        f('VOTE_CANDIDATE_UNKNOWN', 6),
        f('VOTE_TIE_STANDS', 7),
        f('VOTE_DUPLICATE', null),
      ],
    } as unknown as RunSummary;
    expect(rejectedVotes(s).map((x) => x.code)).toEqual(['VOTE_BAD_NUMBER', 'VOTE_CANDIDATE_UNKNOWN']);
  });
});
