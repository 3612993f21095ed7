/**
 * manifest.xml against the Office add-in XSD schemas (offline copy in test/fixtures/office-schemas, with its source in its README),
 * with libxml2's xmllint compiled to WebAssembly, so the check needs no internet and no apt.
 */
import fs from 'fs';
import path from 'path';
import { validateXML } from 'xmllint-wasm';

const ROOT = path.join(__dirname, '..', '..');
const SCHEMAS = path.join(ROOT, 'test', 'fixtures', 'office-schemas');
const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

async function validate(xml: string) {
  const files = fs.readdirSync(SCHEMAS).filter((f) => f.endsWith('.xsd'));
  const main = 'OfficeAppManifestV1_1.xsd';
  return validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [{ fileName: main, contents: fs.readFileSync(path.join(SCHEMAS, main), 'utf8') }],
    preload: files.filter((f) => f !== main).map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(SCHEMAS, f), 'utf8') })),
  });
}

describe('manifest.xml', () => {
  it('is valid against the Office add-in manifest schemas', async () => {
    const r = await validate(manifest);
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  }, 30000);

  it('the check is real: a manifest with a wrong permission is rejected', async () => {
    const r = await validate(manifest.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>FullControl</Permissions>'));
    expect(r.valid).toBe(false);
    expect(r.errors.map((e) => e.message).join('\n')).toMatch(/Permissions/);
  }, 30000);

  it('asks only for what the add-in needs', () => {
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifest).not.toMatch(/<AppDomains?>/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.7" \/>/);
    expect(manifest).toMatch(/<Host Name="Workbook" \/>/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
  });

  it('is Vietnamese by default with an English override for every visible string', () => {
    expect(manifest).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
    expect(manifest).toMatch(/<DisplayName DefaultValue="Thi đua – Khen thưởng">\s*<Override Locale="en-US"/);
    expect(manifest).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="en-US"/);
    const strings = [...manifest.matchAll(/<bt:String id="([^"]+)" DefaultValue="[^"]+">\s*<bt:Override Locale="en-US" Value="[^"]+" \/>/g)].map((m) => m[1]);
    const all = [...manifest.matchAll(/<bt:String id="([^"]+)"/g)].map((m) => m[1]);
    expect(strings.sort()).toEqual(all.sort());
  });

  it('every resource id it uses is defined, and every icon exists in assets/', () => {
    const defined = new Set([...manifest.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    const used = [...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    for (const id of used) expect(defined).toContain(id);
    const icons = [...manifest.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+\.png)/g)].map((m) => m[1]);
    expect(icons.length).toBeGreaterThan(3);
    for (const icon of icons) {
      const bytes = fs.readFileSync(path.join(ROOT, icon));
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      const size = Number(/icon-(\d+)\.png/.exec(icon)![1]);
      expect(bytes.readUInt32BE(16)).toBe(size); // IHDR width
    }
  });
});

describe('one version everywhere', () => {
  it('package.json, manifest.xml and the version written to Nhật ký agree', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { VERSION } = require('../../src/core/version') as { VERSION: string };
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(pkg.version).toBe(VERSION);
    expect(manifest).toContain(`<Version>${VERSION}.0</Version>`);
  });
});
