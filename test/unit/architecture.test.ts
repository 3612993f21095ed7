/**
 * The house's shape, checked: imports run one way down the floors of lint/layers.js (the lint rule
 * fails on a back-arrow, shown here on a deliberate one), no import circle anywhere in src, every
 * source file on a listed floor, and no source file a reader cannot hold (~500 lines).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { importCircles, importGraph } from '../../scripts/lib/importGraph';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const layers = require('../../lint/layers') as {
  layerOf(file: string, src: string): { folder: string; floor: number } | null;
  backArrow(a: string, b: string, src: string): string | null;
};

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');
const graph = importGraph(SRC);

test('no import circle in src (type-only imports included)', () => {
  expect(importCircles(graph)).toEqual([]);
});

test('every source file stands on a floor of lint/layers.js', () => {
  const lost = [...graph.keys()].filter((f) => !layers.layerOf(join(SRC, f), SRC));
  expect(lost).toEqual([]);
});

test('no import in src runs back up a floor', () => {
  const back: string[] = [];
  for (const [f, deps] of graph)
    for (const d of deps) {
      const why = layers.backArrow(join(SRC, f), join(SRC, d), SRC);
      if (why) back.push(`${f} → ${d}: ${why}`);
    }
  expect(back).toEqual([]);
});

test('no source file over 500 lines', () => {
  const long = [...graph.keys()].map((f) => [f, readFileSync(join(SRC, f), 'utf8').split('\n').length] as const).filter(([, n]) => n > 500);
  expect(long).toEqual([]);
});

describe('the lint rule fails on a deliberate back-arrow', () => {
  // The real command on a file that is not there (its text on stdin), as `npm run lint` runs it.
  const lint = async (file: string, text: string): Promise<string[]> => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--stdin', '--stdin-filename', file, '--format', 'json'], {
      cwd: ROOT,
      input: text,
      encoding: 'utf8',
    });
    return (JSON.parse(r.stdout) as { messages: { ruleId: string; message: string }[] }[])[0].messages.map((m) => `${m.ruleId}: ${m.message}`);
  };

  test('the core importing a host, the package importing the core, the engine importing an output', async () => {
    expect(await lint('src/core/engine/x.ts', "import { readGrids } from '../../host/file/fileHost';\nexport const x = readGrids;\n")).toEqual([
      expect.stringMatching(/^house\/layers: src\/core\/engine \(floor 6\) may not import src\/host/),
    ]);
    expect(await lint('src/xlsx/x.ts', "import { FINDINGS } from '../core/i18n/findings';\nexport const x = FINDINGS;\n")).toEqual([
      expect.stringMatching(/^house\/layers: src\/xlsx .* may not import src\/core\/i18n/),
    ]);
    expect(await lint('src/core/engine/x.ts', "export { summary } from '../output/summary';\n")).toEqual([
      expect.stringMatching(/^house\/layers: src\/core\/engine .* src\/core\/output/),
    ]);
  }, 60000);

  test('a downward import is fine', async () => {
    expect(await lint('src/core/output/x.ts', "import { runEngine } from '../engine/run';\nexport const x = runEngine;\n")).toEqual([]);
  }, 60000);

  test('the core stays free of React and Office.js', async () => {
    expect(await lint('src/core/engine/x.ts', "import { useState } from 'react';\nexport const x = useState;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports/),
    ]);
  }, 60000);
});
