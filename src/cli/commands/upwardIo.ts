import { Lang } from '../../core/model';
import { WorkbookGrids } from '../../sheet/grid';
import { readBookFile } from '../io';

/** A file's grids, or why not (our sentence: missing, not an xlsx…): the roll-up reads the others regardless. */
export async function gridsOf(file: string, source: string, L: Lang): Promise<{ grids: WorkbookGrids | null; error: string | null }> {
  const r = await readBookFile(file, L, source);
  return r.ok ? { grids: r.value.grids, error: null } : { grids: null, error: r.message };
}

/** A file name part from an agency's name: "Sở Xây dựng" → "so-xay-dung". */
export function slug(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'co-quan'
  );
}
