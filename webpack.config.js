// Builds the task pane (taskpane.html), the manifest's function file (commands.html), the help
// page and, with `--env harness`, the test harness with the in-memory Excel.
//
//   npm run build:web                      production build in dist-web/
//   OFFICE_JS=local npm run build:web      serves Office.js from the bundle (intranets without internet)
//   ADDIN_BASE_URL=https://host/path/ ...  writes dist-web/manifest.xml pointing there
//   npm run dev-server                     HTTPS on https://localhost:3000
const path = require('path');
const fs = require('fs');
const os = require('os');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEV_URL = 'https://localhost:3000/';

/** office-addin-dev-certs puts a trusted localhost certificate here; otherwise webpack makes a self-signed one. */
function httpsOptions() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const cert = path.join(dir, 'localhost.crt');
  const key = path.join(dir, 'localhost.key');
  const ca = path.join(dir, 'ca.crt');
  if (fs.existsSync(cert) && fs.existsSync(key)) return { type: 'https', options: { cert, key, ca: fs.existsSync(ca) ? ca : undefined } };
  console.warn(
    'No certificate from office-addin-dev-certs: using a self-signed one. Run `npx office-addin-dev-certs install` (Windows, Mac) to trust localhost.',
  );
  return 'https';
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const localOfficeJs = process.env.OFFICE_JS === 'local';
  const officeJs = localOfficeJs ? 'office-js/office.js' : CDN;
  const baseUrl = process.env.ADDIN_BASE_URL || DEV_URL;
  const harness = Boolean(env.harness);
  const page = (name, chunks, extra = {}) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template: `src/taskpane/html/${name}.html`, chunks, officeJs, minify: production, ...extra });
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    target: ['web', 'es2020'], // no IE11: Office 2019+ uses Edge WebView2 or Safari
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/taskpane/commands.ts',
      ...(harness ? { harness: './src/taskpane/harness.tsx' } : {}),
    },
    output: {
      path: path.resolve(__dirname, 'dist-web'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
    },
    module: {
      rules: [{ test: /\.tsx?$/, loader: 'ts-loader', exclude: /node_modules/, options: { configFile: 'tsconfig.web.json', transpileOnly: true } }],
    },
    performance: { hints: false },
    plugins: [
      page('taskpane', ['taskpane']),
      page('commands', ['commands']),
      ...(harness ? [page('harness', ['harness'])] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'samples/so-xay-dung-2025.xlsx', to: 'samples/' },
          { from: 'src/taskpane/html/help.html', to: 'help.html' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => content.toString().split(DEV_URL).join(baseUrl) },
          ...(localOfficeJs ? [{ from: 'node_modules/@microsoft/office-js/dist', to: 'office-js' }] : []),
        ],
      }),
    ],
    devServer: {
      port: 3000,
      server: env.WEBPACK_SERVE ? httpsOptions() : 'https',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
    },
  };
};
