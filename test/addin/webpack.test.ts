/**
 * The build's switches, read from webpack.config.js without building: Office.js from the CDN by
 * default or from the bundled @microsoft/office-js copy, the manifest's address for deployment,
 * no IE11 target, and the harness only on request.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS */
import path from 'path';

type Plugin = { userOptions?: { filename?: string; officeJs?: string }; patterns?: { from: string; to: string; transform?: (b: Buffer) => string }[] };
type Config = { target: string[]; entry: Record<string, string>; plugins: Plugin[]; resolve: { alias: Record<string, string> } };

function config(env: Record<string, unknown> = {}, vars: Record<string, string> = {}): Config {
  const saved = { ...process.env };
  Object.assign(process.env, vars);
  try {
    const make = require(path.join(__dirname, '..', '..', 'webpack.config.js')) as (e: object, a: object) => Config;
    return make(env, { mode: 'production' });
  } finally {
    process.env = saved;
  }
}

const pages = (c: Config) => c.plugins.filter((p) => p.userOptions?.filename).map((p) => [p.userOptions!.filename, p.userOptions!.officeJs]);
const copies = (c: Config) => c.plugins.flatMap((p) => p.patterns ?? []);

describe('webpack.config.js', () => {
  it('loads Office.js from Microsoft’s CDN by default and has no harness', () => {
    const c = config();
    expect(pages(c)).toEqual([
      ['taskpane.html', 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js'],
      ['commands.html', 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js'],
    ]);
    expect(Object.keys(c.entry)).toEqual(['taskpane', 'commands']);
    expect(c.target).toEqual(['web', 'es2020']);
    expect(copies(c).some((p) => p.from.includes('@microsoft/office-js'))).toBe(false);
  });

  it('serves the bundled Office.js with OFFICE_JS=local', () => {
    const c = config({}, { OFFICE_JS: 'local' });
    expect(pages(c).every(([, src]) => src === 'office-js/office.js')).toBe(true);
    expect(copies(c).find((p) => p.to === 'office-js')?.from).toBe('node_modules/@microsoft/office-js/dist');
  });

  it('points the deployed manifest at ADDIN_BASE_URL', () => {
    const c = config({}, { ADDIN_BASE_URL: 'https://intranet.example.vn/thidua/' });
    const manifest = copies(c).find((p) => p.to === 'manifest.xml')!;
    const out = manifest.transform!(Buffer.from('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html" />'));
    expect(out).toBe('<SourceLocation DefaultValue="https://intranet.example.vn/thidua/taskpane.html" />');
  });

  it('builds the harness only with --env harness', () => {
    expect(Object.keys(config({ harness: true }).entry)).toContain('harness');
  });
});
