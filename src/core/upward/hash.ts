import { sha256Hex, sha256Stream } from '../../sheet/sha256';
import { CellValue } from '../../sheet/grid';
import { HASHED_COLUMNS, RowValues } from './format';

/**
 * Tamper evidence for the upward workbook. Every data row has a SHA-256 over its canonical
 * content and a one-byte digest per cell (to name the cell that changed); the whole file has a
 * SHA-256 over its meta and the row hashes in order, and a short check code printed on the
 * signed paper. It is not a signature: anyone can recompute it. It shows that the file's data is
 * what was printed when the code was printed.
 */

/** One cell as the hash sees it: text NFC and trimmed, numbers in their shortest exact form. */
export function canonicalCell(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(Math.round(v * 1e6) / 1e6) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v.normalize('NFC').trim();
}

export function rowCells(values: RowValues): string[] {
  return HASHED_COLUMNS.map((c) => canonicalCell(values[c.id]));
}

export function rowHash(cells: readonly string[]): string {
  return sha256Hex(cells.join('\u001f'));
}

/**
 * Two hex digits per hashed cell. They only point at the cell that changed (the row's SHA-256
 * is what tells that something did), so a fast non-cryptographic hash will do: FNV-1a over the
 * column id and the cell, folded to 8 bits.
 */
export function cellDigest(cells: readonly string[]): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) {
    let h = 0x811c9dc5;
    const s = HASHED_COLUMNS[i].id + '\u001e' + cells[i];
    for (let k = 0; k < s.length; k++) {
      h ^= s.charCodeAt(k);
      h = Math.imul(h, 0x01000193);
    }
    const b = (h ^ (h >>> 8) ^ (h >>> 16) ^ (h >>> 24)) & 0xff;
    out += (b < 16 ? '0' : '') + b.toString(16);
  }
  return out;
}

/** Which hashed columns differ from a stored digest (indexes into HASHED_COLUMNS). */
export function changedCells(cells: readonly string[], storedDigest: string): number[] {
  const now = cellDigest(cells);
  const out: number[] = [];
  for (let i = 0; i < cells.length; i++) if (now.slice(i * 2, i * 2 + 2) !== storedDigest.slice(i * 2, i * 2 + 2)) out.push(i);
  return out;
}

/** The file's hash: what it is (format, agency, campaign, year, level) and its rows in order. */
export function contentHash(
  head: { format: string; agency: string; campaign: string; year: number | null; level: number },
  rowHashes: readonly string[],
): string {
  const h = sha256Stream();
  h.update(
    [head.format, head.agency.normalize('NFC').trim(), head.campaign.normalize('NFC').trim(), head.year ?? '', head.level, rowHashes.length].join('\u001f'),
  );
  for (const r of rowHashes) h.update('\u001d' + r);
  return h.hex();
}

/** Crockford's base32 (no I, L, O, U: read aloud and typed without confusion). */
const B32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The first 80 bits of the hash as 16 characters in 4 groups: "7K3M-Q9XD-…". */
export function checkCode(hashHex: string): string {
  let bits = '';
  for (let i = 0; i < 20; i++) bits += parseInt(hashHex[i], 16).toString(2).padStart(4, '0');
  let s = '';
  for (let i = 0; i < 80; i += 5) s += B32[parseInt(bits.slice(i, i + 5), 2)];
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}`;
}
