import { ZipWriter } from '../../../src/xlsx/zip';
import { nodeCodec } from '../../../src/host/file/nodeCodec';
import { cli } from '../../support/cli';
import { folder, sha256 } from './support';

/** A zip without a workbook is said for what it is, never "maybe a Word or PowerPoint file". */
const zipOf = (entries: Record<string, string>) => {
  const w = new ZipWriter(nodeCodec);
  for (const [k, v] of Object.entries(entries)) w.add(k, v);
  return w.finish();
};
const RELS = (target: string) =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;

describe('thidua validate on a zip that is not a workbook', () => {
  const cases: [string, Record<string, string>, string][] = [
    [
      'bang-cham.xlsx',
      { '_rels/.rels': RELS('word/document.xml'), 'word/document.xml': '<w:document xmlns:w="x"/>' },
      'là tệp Word (.docx), không phải sổ tính Excel.',
    ],
    ['trinh-chieu.xlsx', { '_rels/.rels': RELS('ppt/presentation.xml'), 'ppt/presentation.xml': '<p:presentation xmlns:p="x"/>' }, 'là tệp PowerPoint (.pptx)'],
    [
      'hong.xlsx',
      { '[Content_Types].xml': '<Types/>', '_rels/.rels': RELS('xl/workbook.xml'), 'xl/styles.xml': '<styleSheet/>' },
      'có dạng gói .xlsx nhưng thiếu phần sổ tính (xl/workbook.xml): tệp bị hỏng',
    ],
    [
      'ho-so.xlsx',
      { 'to-trinh.pdf': '%PDF', 'danh-sach.csv': 'a,b', 'anh.jpg': 'x', 'ghi-chu.txt': 'y' },
      'là một tệp nén (zip) chứa 4 tệp ("to-trinh.pdf", "danh-sach.csv", "anh.jpg", …), không phải sổ tính Excel.',
    ],
  ];
  test.each(cases)('%s is said for what it is, exit 2, the file unchanged', async (name, entries, said) => {
    const f = folder(`not-workbook-${name}`);
    const p = f.write(name, zipOf(entries));
    const before = sha256(p);
    const res = await cli(['validate', p]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(`"${p}" ${said}`);
    expect(res.stderr).not.toMatch(/có thể là tệp Word, PowerPoint/);
    expect(sha256(p)).toBe(before);
    expect(f.files()).toEqual([name]);
  });
});
