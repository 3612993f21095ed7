import { whyNobody } from '../../../../src/core/output/whyNobody';
import type { EngineResult } from '../../../../src/core/engine/run';
import type { TitleDecision } from '../../../../src/core/model';

const check = (label: string, ok: boolean) => ({ label, ok, detail: '' });
const decision = (titleKey: string, checks: { label: string; ok: boolean; detail: string }[]): TitleDecision => ({
  title: titleKey,
  titleKey,
  status: checks.every((c) => c.ok) ? 'proposed' : 'notEligible',
  checks,
  quotaNote: '',
  cutBy: [],
});

/** The parts of a run whyNobody reads: the scope's candidates and each one's decisions. */
function run(decisions: TitleDecision[][]): EngineResult {
  const people = decisions.map((_, index) => ({ index }));
  return {
    ranking: { scopes: new Map([['all', { ordered: people }]]) },
    decisions: { at: (c: { index: number }) => decisions[c.index] },
  } as unknown as EngineResult;
}
const quota = (eligible: number) => ({ titleKey: 'cstdcs', scopeKey: 'all', eligible }) as EngineResult['quotas'][number];

describe('why nobody qualifies', () => {
  test('the condition failed most often, counted once per person, of those checked', () => {
    const r = run([
      [decision('cstdcs', [check('Sáng kiến', false), check('Xếp loại', false), check('Xếp loại', false)])],
      [decision('cstdcs', [check('Sáng kiến', false), check('Xếp loại', true)])],
      [decision('cstdcs', [check('Sáng kiến', false), check('Xếp loại', false)])],
      [decision('ldtt', [check('Xếp loại', false)])],
    ]);
    expect(whyNobody(r, quota(0))).toEqual({ condition: 'Sáng kiến', failed: 3, checked: 3 });
  });

  test('nothing to say when someone is eligible or nobody was checked', () => {
    expect(whyNobody(run([[decision('cstdcs', [check('Sáng kiến', false)])]]), quota(1))).toBeUndefined();
    expect(whyNobody(run([[decision('ldtt', [check('Sáng kiến', false)])]]), quota(0))).toBeUndefined();
  });
});
