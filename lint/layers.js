/**
 * The house's layers, one table, read by the lint rule below (a back-arrow fails `npm run lint`,
 * hence `npm test`) and by test/unit/architecture.test.ts (no import circles in src).
 *
 * Each entry is a folder of src and the floor it stands on: a module may import only from its own
 * floor or the ones below. The ground floors know nothing of the product's workflow; the hosts and
 * the faces (pane, CLI) stand on top. Inside one floor, folders may use each other as long as no
 * circle forms (the architecture test checks circles file by file).
 */
const LAYERS = [
  // The spreadsheet model (grids read, sheet models written, their looks) shared by the core and the package.
  ['sheet', 0],
  // The package (xlsx): reads and writes files of sheets; knows nothing of emulation work.
  ['xlsx', 1],
  // The domain core, floor by floor.
  ['core/model', 1],
  ['core/version', 1],
  ['core/text', 2],
  ['core/i18n', 2],
  ['core/findings', 3],
  ['core/rules', 3],
  // The law's data (texts, periods, votes, authorities, channels) with their bases.
  ['core/law', 3],
  ['core/config', 4],
  ['core/ownership', 5],
  ['core/sheets', 5],
  ['core/engine', 6],
  ['core/output', 7],
  ['core/template', 7],
  ['core/closing', 8],
  ['core/app', 9],
  ['core/roundtrip', 10],
  ['core/upward', 10],
  // The hosts adapt the core and the package to a place: a file, Office.js, the in-memory Excel.
  ['host', 11],
  // The faces.
  ['taskpane', 12],
  ['cli', 12],
];

/** Folders on one floor that must still never import each other. */
const APART = [
  ['xlsx', 'core'],
  ['taskpane', 'cli'],
];

const path = require('path');

/** The layer of a file under src (its longest listed folder), or null outside src. */
function layerOf(file, srcRoot) {
  const rel = path.relative(srcRoot, file).split(path.sep).join('/');
  if (rel.startsWith('..')) return null;
  let best = null;
  for (const [folder, floor] of LAYERS) {
    if ((rel === folder + '.ts' || rel.startsWith(folder + '/')) && (!best || folder.length > best.folder.length)) best = { folder, floor };
  }
  return best;
}

function apart(a, b) {
  return APART.some(([x, y]) => (a.startsWith(x) && b.startsWith(y)) || (a.startsWith(y) && b.startsWith(x)));
}

/** Why an import from `from` to `to` is a back-arrow, or null when it is allowed. */
function backArrow(from, to, srcRoot) {
  const a = layerOf(from, srcRoot);
  const b = layerOf(to, srcRoot);
  if (!a || !b || a.folder === b.folder) return null;
  if (b.floor > a.floor)
    return `src/${a.folder} (floor ${a.floor}) may not import src/${b.folder} (floor ${b.floor}): imports run one way, down the floors in lint/layers.js`;
  if (apart(a.folder, b.folder)) return `src/${a.folder} and src/${b.folder} stay apart (lint/layers.js)`;
  return null;
}

const rule = {
  meta: { type: 'problem', docs: { description: 'imports run one way, down the floors of lint/layers.js' }, schema: [] },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const srcRoot = path.join(context.cwd ?? process.cwd(), 'src');
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const why = backArrow(file, path.resolve(path.dirname(file), spec), srcRoot);
      if (why) context.report({ node, message: why });
    };
    return {
      ImportDeclaration: (n) => check(n.source, n.source.value),
      ExportNamedDeclaration: (n) => n.source && check(n.source, n.source.value),
      ExportAllDeclaration: (n) => check(n.source, n.source.value),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n.source, n.source.value),
    };
  },
};

module.exports = { LAYERS, APART, layerOf, backArrow, plugin: { rules: { layers: rule } } };
