import { writeFileSync, mkdirSync } from 'node:fs';
import { bookBytes } from './lib/bookFactory';
import { sampleSpec } from './lib/sampleSpec';

/** Writes samples/so-xay-dung-2025.xlsx, the bundled sample workbook (deterministic). */
(async () => {
  mkdirSync('samples', { recursive: true });
  writeFileSync('samples/so-xay-dung-2025.xlsx', await bookBytes(sampleSpec()));
  console.log('samples/so-xay-dung-2025.xlsx');
})();
