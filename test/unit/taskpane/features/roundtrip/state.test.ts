import { initialRoundTrip, markableAll, reduceRoundTrip, whyOff } from '../../../../../src/taskpane/features/roundtrip/state';
import { changeKind, summarizeChanges } from '../../../../../src/taskpane/features/roundtrip/changes';
import { roundTripStrings } from '../../../../../src/taskpane/features/roundtrip/strings';
import type { ChangeReport } from '../../../../../src/core/roundtrip/changes';

const cell = (person: string, item: string, before: string, after: string) => ({ person, item, sub: 'self' as const, before, after, cell: '' });

describe('round trip state', () => {
  test('a resubmission sums up by kind and by person, most changed first', () => {
    const r: ChangeReport = {
      added: [{ name: 'Lê C', dob: null }],
      removed: [],
      cells: [
        cell('Trần B', '1.1', '26,5', ''),
        cell('Trần B', '1.2', '10', ''),
        cell('Nguyễn A', '1.1', '', '5'),
        cell('Nguyễn A', '1.2', '4', '4,5'),
        cell('Trần B', '1.3', '3', '2'),
      ],
    };
    const s = summarizeChanges(r);
    expect(s).toEqual({
      added: 1,
      removed: 0,
      emptied: 2,
      filled: 1,
      changed: 2,
      people: [
        { person: 'Trần B', cells: 3 },
        { person: 'Nguyễn A', cells: 2 },
      ],
    });
    expect(changeKind(r.cells[0]!)).toBe('emptied');
    const vi = roundTripStrings('vi');
    expect(vi.emptied(s.emptied)).toBe('2 ô điểm bỏ trống trong tệp mới');
    expect(vi.changeSummary(s.added, s.removed, s.changed, s.filled)).toBe('1 người mới, 2 ô điểm đổi giá trị, 1 ô điểm mới điền');
    expect(roundTripStrings('en').emptied(1)).toBe('1 cell left empty in the new file');
  });

  test('the buttons say why they are off: no book before busy', () => {
    expect(whyOff(initialRoundTrip, false, false)).toBe('noBook');
    expect(whyOff(initialRoundTrip, false, true)).toBe('noBook');
    expect(whyOff(initialRoundTrip, true, true)).toBe('busy');
    const running = reduceRoundTrip(initialRoundTrip, { type: 'started' });
    expect(whyOff(running, true, false)).toBe('busy');
    expect(whyOff(reduceRoundTrip(running, { type: 'finished' }), true, false)).toBeNull();
  });

  test('showing a result moves focus; notes stay unless a new step clears them', () => {
    const note = { intent: 'success' as const, say: () => 'ok' };
    let s = reduceRoundTrip(initialRoundTrip, { type: 'noted', notes: [note] });
    s = reduceRoundTrip(s, { type: 'shown', view: { kind: 'marks', targets: [] } });
    expect(s.focus).toBe(1);
    expect(s.notes).toEqual([note]);
    expect(reduceRoundTrip(s, { type: 'started', keepNotes: true }).notes).toEqual([note]);
    expect(reduceRoundTrip(s, { type: 'started' }).notes).toEqual([]);
    const file = { fileName: 'x.xlsx', bytes: new Uint8Array(1) };
    s = reduceRoundTrip(s, { type: 'errorFile', sheet: 'A', file });
    expect(reduceRoundTrip(s, { type: 'shown', view: { kind: 'marks', targets: [] } }).errorFiles).toEqual({ A: file });
    expect(reduceRoundTrip(s, { type: 'closed' })).toMatchObject({ view: { kind: 'none' }, errorFiles: {} });
  });

  test('marks: "all units" takes the sheets with marks and none written; counts say errors and warnings apart', () => {
    const targets = [
      { sheet: 'A', marks: 3, errors: 0, marked: 0 },
      { sheet: 'B', marks: 4, errors: 1, marked: 0 },
      { sheet: 'C', marks: 2, errors: 2, marked: 2 },
      { sheet: 'D', marks: 0, errors: 0, marked: 1 },
    ];
    expect(markableAll(targets)).toEqual(['A', 'B']);
    expect(roundTripStrings('vi').errorsOn(0, 3)).toBe('3 ô chỉ có cảnh báo');
    expect(roundTripStrings('vi').errorsOn(1, 3)).toBe('1 ô có lỗi, 3 ô chỉ có cảnh báo');
    expect(roundTripStrings('en').errorsOn(1, 1)).toBe('1 cell with errors, 1 cell with warnings only');
    expect(roundTripStrings('en').doImport(1)).toBe('Import 1 sheet');
    expect(roundTripStrings('en').doImport(2)).toBe('Import 2 sheets');
  });
});
