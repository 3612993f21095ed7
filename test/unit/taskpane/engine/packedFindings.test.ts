/**
 * The findings as they cross from the engine's worker, packed (a string table and ten integers per
 * finding): the page gets back exactly the findings the engine made, in the same order, for random
 * findings and for the province book's 13,000 through the worker as the page drives it.
 */
import fc from 'fast-check';
import { buildBook } from '../../../../scripts/lib/bookFactory';
import { provinceWithFindings } from '../../../../scripts/lib/provinceFindings';
import { workbookToGrids } from '../../../support/exceljsGrids';
import { Finding } from '../../../../src/core/model';
import { packFindings, unpackFindings } from '../../../../src/taskpane/worker/packedFindings';
import { EngineRequest, EngineSession, WorkerMessage, WorkerReply, answer } from '../../../../src/taskpane/worker/runner';
import { EngineWorker, WorkerLike } from '../../../../src/taskpane/worker/engineWorker';
import { RunSummary } from '../../../../src/core/output/summary';

/** Texts that repeat, as a run's do, and ones that do not. */
const text = fc.oneof(
  fc.constantFrom('', 'DV001', 'Đơn vị số 1', 'Nhập điểm tự chấm cho tiêu chí 2.5.', 'Nguyễn Văn An'),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const cellIndex = fc.oneof(fc.constant(null), fc.nat(1_048_575), fc.constant(0x7fffffff));
const other = fc.record({ sheet: text, cell: text, row: fc.nat(2000), col: fc.nat(200) }).map((o) => ({ ...o }));
const finding: fc.Arbitrary<Finding> = fc
  .record(
    {
      severity: fc.constantFrom('error' as const, 'warning' as const),
      code: fc.constantFrom('SCORE_MISSING', 'SCORE_ABOVE_MAX', 'QUOTA_TIE', 'DUPLICATE_PERSON'),
      sheet: text,
      cell: text,
      row: cellIndex,
      col: cellIndex,
      unit: text,
      candidate: text,
      message: text,
      fix: text,
      params: fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(text, fc.integer(), fc.record({ area: text, key: text }, { noNullPrototype: true })), {
        noNullPrototype: true,
      }),
      other,
    },
    { requiredKeys: ['severity', 'code', 'sheet', 'cell', 'row', 'col', 'unit', 'candidate', 'params', 'message', 'fix'] },
  )
  // Shapes the engine does not make are still carried as they are: a row that is not a cell
  // index, `other` present but undefined.
  .chain((f) => fc.constantFrom<Finding>({ ...f }, { ...f, row: -1 }, { ...f, col: 2.5 }, { ...f, other: undefined }));

/** What a postMessage does to the packed findings. */
const crossed = (f: Finding[]) => unpackFindings(structuredClone(packFindings(f)));

it('random findings come back the same, in the same order', () => {
  fc.assert(
    fc.property(fc.array(finding, { maxLength: 60 }), (f) => {
      expect(crossed(f)).toStrictEqual(f);
    }),
    { numRuns: 400 },
  );
  expect(crossed([])).toEqual([]);
});

it('each distinct string crosses once', () => {
  const f: Finding = {
    severity: 'error',
    code: 'SCORE_MISSING',
    sheet: 'DV001',
    cell: 'Q6',
    row: 5,
    col: 16,
    unit: 'Đơn vị số 1',
    candidate: 'An',
    params: { item: '1.1' },
    message: 'Chưa chấm.',
    fix: 'Nhập điểm.',
  };
  const p = packFindings([f, { ...f, cell: 'Q7', row: 6 }, { ...f, candidate: 'Bình' }]);
  expect([...p.strings].sort()).toEqual(
    ['An', 'Bình', 'Chưa chấm.', 'DV001', 'Nhập điểm.', 'Q6', 'Q7', 'SCORE_MISSING', 'error', 'Đơn vị số 1', '{"item":"1.1"}'].sort(),
  );
  expect(p.whole).toEqual([]);
});

/** The worker as the page drives it, answering through `answer` with each message structured-cloned, as postMessage does. */
class ClonedWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  readonly session = new EngineSession();
  readonly replies: WorkerReply[] = [];
  postMessage(m: WorkerMessage): void {
    const inWorker = structuredClone(m);
    setTimeout(() => {
      const post = (data: WorkerReply) => {
        this.replies.push(data);
        this.onmessage?.({ data: structuredClone(data) } as MessageEvent<WorkerReply>);
      };
      post(answer(this.session, inWorker, post));
    }, 0);
  }
  terminate(): void {}
}

describe('the province book through the worker', () => {
  let req: EngineRequest;
  let engine: RunSummary;
  beforeAll(() => {
    req = {
      grids: workbookToGrids(buildBook(provinceWithFindings()), 'province.xlsx'),
      action: 'rank',
      lang: 'vi',
      now: '2026-12-01T08:00:00.000Z',
      version: 'test',
    };
    engine = new EngineSession().run({ ...req, summaryOnly: true }).summary;
  }, 120000);

  it("the page's findings are the engine's, the summary otherwise as it was", async () => {
    expect(engine.findings.length).toBeGreaterThan(12000);
    const w = new ClonedWorker();
    const page = await new EngineWorker(() => w).run({ ...req, summaryOnly: true });
    expect(page.summary.findings).toStrictEqual(engine.findings);
    expect(page.summary).toStrictEqual(engine);
    // Only the one duplicate person (it points at the other row) is carried whole.
    const reply = w.replies[0] as Extract<WorkerReply, { kind: 'run' }>;
    expect(reply.response.summary!.findings.whole.map(([, f]) => f.code)).toEqual(['DUPLICATE_PERSON']);
  }, 60000);

  it('a full run sends its summary once, ahead of the sheets, and the answer carries that same summary', async () => {
    const w = new ClonedWorker();
    let ahead: RunSummary | null = null;
    const page = await new EngineWorker(() => w).run(req, undefined, (s) => void (ahead = s));
    expect(ahead).not.toBeNull();
    expect(page.summary).toBe(ahead);
    expect(page.summary.findings).toStrictEqual(engine.findings);
    expect(page.sheets.length).toBeGreaterThan(0);
    expect(w.replies.map((r) => ('summary' in r ? 'summary' : 'ok' in r && r.ok ? r.kind : 'error'))).toEqual(['summary', 'run']);
    expect((w.replies[1] as Extract<WorkerReply, { kind: 'run' }>).response.summary).toBeNull();
  }, 120000);
});
