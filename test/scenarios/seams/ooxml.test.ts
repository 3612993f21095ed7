import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzip } from '../roundtrip/support';
import { cli } from '../../support/cli';
import { folder, sha256 } from './support';

/** The copy's docProps/app.xml lists every sheet, the very hidden ones too, as Excel writes it. */
describe('docProps/app.xml of a written copy', () => {
  test('TitlesOfParts lists every sheet of workbook.xml, hidden and very hidden too, with the count to match', async () => {
    const f = folder('ooxml-app');
    const input = f.path('so.xlsx');
    copyFileSync(join(__dirname, '..', '..', '..', 'samples', 'so-xay-dung-2025.xlsx'), input);
    const before = sha256(input);
    const res = await cli(['rank', input, '-o', f.path('ket-qua.xlsx')]);
    expect(res.code).toBe(1);
    const parts = unzip(readFileSync(f.path('ket-qua.xlsx')));
    const decode = (s: string) =>
      s
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"');
    const sheets = [...parts.get('xl/workbook.xml')!.matchAll(/<sheet\b[^>]*?name="([^"]*)"[^>]*>/g)].map((m) => ({
      name: decode(m[1]),
      state: /state="(\w+)"/.exec(m[0])?.[1] ?? 'visible',
    }));
    expect(sheets.some((s) => s.state === 'veryHidden')).toBe(true);
    const app = parts.get('docProps/app.xml')!;
    const titles = [.../<TitlesOfParts>([\s\S]*?)<\/TitlesOfParts>/.exec(app)![1].matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => decode(m[1]));
    expect(titles.sort()).toEqual(sheets.map((s) => s.name).sort());
    expect(Number(/<vt:lpstr>Worksheets<\/vt:lpstr><\/vt:variant><vt:variant><vt:i4>(\d+)</.exec(app)![1])).toBe(sheets.length);
    expect(sha256(input)).toBe(before);
    expect(f.files()).toEqual(['ket-qua.xlsx', 'so.xlsx']);
  });
});
