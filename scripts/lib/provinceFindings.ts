/**
 * The province book (60 units, 9,000 people) as units really send it: about 13,000 findings
 * (scores above the maximum, criteria left blank, titles asked for that the campaign has not), one person sent by two units, and the HTXSNV
 * share over 20% the agency has to review. Used by the pane's state tests, its benchmark and its
 * browser test.
 */
import { BookSpec, PersonRow, rng } from './bookFactory';
import { bookSpecFor } from './provinceSpec';

export function provinceWithFindings(): BookSpec {
  const spec = bookSpecFor('province');
  const rand = rng(14);
  for (const [u, roster] of spec.rosters.entries()) {
    // Đơn vị số 27 is sent as it is: its two people tied at the CSTĐCS boundary stay tied.
    if (u === 26) continue;
    for (const row of roster.rows) {
      if (!('scores' in row)) continue;
      const codes = Object.keys(row.scores).filter((c) => c !== 'C1' && c !== 'T1');
      // Two people in five score one item above its maximum (5), which also makes their stated
      // total wrong; two in three leave one item blank; a few ask for a title the campaign has not.
      if (rand() < 0.4) row.scores[codes[Math.floor(rand() * codes.length)]] = 7;
      if (rand() < 0.65) row.scores[codes[Math.floor(rand() * codes.length)]] = null;
      if (rand() < 0.05) row.requested = 'Lao động xuất sắc';
    }
  }
  // A score written as a word.
  const worded = spec.rosters[2].rows[5] as PersonRow;
  worded.scores['1.2'] = 'năm';
  // The same person on two units' sheets (same name and date of birth).
  const first = spec.rosters[0].rows[3] as PersonRow;
  spec.rosters[41].rows.push({ ...first, scores: { ...first.scores } });
  return spec;
}
