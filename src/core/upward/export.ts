import { SheetModel } from '../../sheet/sheetModel';
import { UPWARD_SHEETS } from './format';

/**
 * The provincial system's import file: just the import sheet, in its column order, codes mapped
 * through the workbook's `Bảng mã` (applied when the workbook was assembled).
 */
export function exportWorkbookModels(models: readonly SheetModel[]): SheetModel[] {
  const sheet = models.find((m) => m.name === UPWARD_SHEETS.export);
  return sheet ? [{ ...sheet, name: 'Danh sách' }] : [];
}
