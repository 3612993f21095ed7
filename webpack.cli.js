// The command line as one CommonJS file (dist/thidua.cjs), bundled from tsc's output in dist/:
// Node then reads, resolves and wraps one module instead of ~80 at every start (README, figures).
// Not minified: names and line structure stay readable, and minifying measured no faster.
const path = require('path');

module.exports = {
  mode: 'production',
  target: 'node20',
  entry: path.resolve(__dirname, 'dist/cli/bin.js'),
  output: { path: path.resolve(__dirname, 'dist'), filename: 'thidua.cjs', clean: false },
  optimization: { minimize: false, splitChunks: false },
  devtool: false,
  performance: { hints: false },
  stats: 'errors-warnings',
};
