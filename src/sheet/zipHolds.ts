/**
 * What a zip that holds no workbook is (a Word or PowerPoint file, an OpenDocument text or
 * presentation, an .xlsx missing its workbook part, another archive), and the sentence that says
 * so, naming the file. Here, below both the package (which finds it) and the core's wording of
 * unreadable files (which words it for the pane and the CLI), so that both say the same.
 */
export interface ZipHoldsText {
  kind: 'docx' | 'pptx' | 'odText' | 'odPresentation' | 'xlsxDamaged' | 'archive';
  /** How many files the archive holds, and the first few names. */
  count: number;
  names: string[];
}

const HOLDS: Record<ZipHoldsText['kind'] | 'empty', { vi: string; en: string }> = {
  docx: {
    vi: '{file} là tệp Word (.docx), không phải sổ tính Excel. Chọn đúng tệp .xlsx; nếu bảng chấm nằm trong tệp Word, chép bảng sang Excel rồi lưu dạng .xlsx.',
    en: '{file} is a Word document (.docx), not an Excel workbook. Choose the .xlsx file; if the score table is in the Word file, copy it into Excel and save as .xlsx.',
  },
  pptx: {
    vi: '{file} là tệp PowerPoint (.pptx), không phải sổ tính Excel. Chọn đúng tệp .xlsx.',
    en: '{file} is a PowerPoint file (.pptx), not an Excel workbook. Choose the .xlsx file.',
  },
  odText: {
    vi: '{file} là văn bản OpenDocument (.odt), không phải bảng tính. Chọn đúng tệp .xlsx; nếu bảng nằm trong văn bản, chép sang Excel rồi lưu dạng .xlsx.',
    en: '{file} is an OpenDocument text (.odt), not a spreadsheet. Choose the .xlsx file; if the table is in the text, copy it into Excel and save as .xlsx.',
  },
  odPresentation: {
    vi: '{file} là bản trình chiếu OpenDocument (.odp), không phải bảng tính. Chọn đúng tệp .xlsx.',
    en: '{file} is an OpenDocument presentation (.odp), not a spreadsheet. Choose the .xlsx file.',
  },
  xlsxDamaged: {
    vi: '{file} có dạng gói .xlsx nhưng thiếu phần sổ tính (xl/workbook.xml): tệp bị hỏng hoặc do chương trình khác tạo sai. Mở trong Excel để sửa rồi lưu lại, hoặc lấy lại bản gốc.',
    en: '{file} looks like an .xlsx package but its workbook part (xl/workbook.xml) is missing: the file is damaged or was written wrongly by another program. Open it in Excel to repair it and save, or get the original again.',
  },
  archive: {
    vi: '{file} là một tệp nén (zip) chứa {count} tệp ({names}), không phải sổ tính Excel. Giải nén rồi chọn tệp .xlsx bên trong, nếu có.',
    en: '{file} is a zip archive of {count} file(s) ({names}), not an Excel workbook. Unzip it and choose the .xlsx inside, if there is one.',
  },
  empty: {
    vi: '{file} là một tệp nén (zip) rỗng, không chứa tệp nào. Chọn đúng tệp .xlsx.',
    en: '{file} is an empty zip archive holding no file. Choose the .xlsx file.',
  },
};

/** The sentence for a zip without a workbook; `file` is the quoted name, or "Tệp" / "The file". */
export function zipHoldsSentence(h: ZipHoldsText, file: string, lang: 'vi' | 'en'): string {
  const names = h.names.map((n) => `"${n}"`).join(', ') + (h.count > h.names.length ? ', …' : '');
  const key = h.kind === 'archive' && h.count === 0 ? 'empty' : h.kind;
  const text = HOLDS[key] ?? HOLDS.archive;
  return (lang === 'en' ? text.en : text.vi).replace('{file}', file).replace('{count}', String(h.count)).replace('{names}', names);
}
