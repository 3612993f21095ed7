import fc from 'fast-check';
import { wrappedLines } from '../../../src/sheet/looks';

/** The word-by-word wrap as first written, with split(' '): the scan must count the same lines. */
function reference(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(' ')) {
    const w = word.length;
    if (used === 0) used = w;
    else if (used + 1 + w <= width) used += 1 + w;
    else {
      lines++;
      used = w;
    }
    while (used > width) {
      lines++;
      used -= width;
    }
  }
  return lines;
}

test('wrapped lines: the scan without split counts as the split did (spaces doubled, leading, trailing, long words)', () => {
  const text = fc
    .array(fc.oneof(fc.constant(' '), fc.constant('  '), fc.string({ minLength: 0, maxLength: 30 })), { maxLength: 40 })
    .map((parts) => parts.join(''));
  fc.assert(
    fc.property(text, fc.double({ min: 3, max: 120, noNaN: true }), (t, w) => wrappedLines(t, w) === reference(t, w)),
    { numRuns: 3000 },
  );
  expect(wrappedLines('Nguyễn Văn An', 40)).toBe(1);
  expect(wrappedLines('đạt phương án: xếp loại HTXSNV (xếp loại HTXSNV)', 20)).toBe(3);
});
