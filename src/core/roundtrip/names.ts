import { Unit } from '../model';

/**
 * Names the round trip gives to things outside the workbook (template files) and inside it
 * (imported sheets), so that every OS and every Excel accepts them.
 */

/**
 * Names Windows keeps for devices, whatever follows the first dot ("AUX.txt", "nul.tar.gz" are
 * the device too), the superscript digits included.
 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)\s*(\.|$)/i;

/** A file name's limit on every common file system (NTFS, ext4, APFS): 255 bytes in UTF-8 here. */
export const MAX_NAME_BYTES = 255;
/** Room kept for " (99)" and ".xlsx" after a name cut to fit. */
const SUFFIX_ROOM = ' (999).xlsx'.length;

const bytesOf = (s: string): number => new TextEncoder().encode(s).length;

/** The longest start of `s` that fits in `max` bytes of UTF-8, cut between characters. */
function fitBytes(s: string, max: number): string {
  let out = '';
  let n = 0;
  for (const ch of s) {
    const b = bytesOf(ch);
    if (n + b > max) break;
    out += ch;
    n += b;
  }
  return out;
}

/** A unit's template file name, and the label it was made from when it had to be cut to fit. */
export interface UnitFileName {
  name: string;
  /** The whole "<code> - <name>" when the file name is a cut of it; null when not cut. */
  cut: string | null;
}

/**
 * A file name for a unit's template: "<code> - <name>.xlsx", safe on Windows, macOS and Linux:
 * no character any of them forbids, no device name, no trailing dot or space, at most 255 bytes
 * (cut, and said), unique in `taken` whatever the case.
 */
export function unitFileNameOf(u: Pick<Unit, 'code' | 'name'>, taken: Set<string>): UnitFileName {
  const label = u.code && u.code !== u.name ? `${u.code} - ${u.name}` : u.name;
  const clean = (s: string) =>
    s
      .normalize('NFC')
      .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.-]+|[\s.]+$/g, '')
      .trim();
  let base = clean(label);
  let cut: string | null = null;
  if (bytesOf(base) > MAX_NAME_BYTES - SUFFIX_ROOM) {
    base = clean(fitBytes(base, MAX_NAME_BYTES - SUFFIX_ROOM));
    cut = label;
  }
  if (base === '' || WINDOWS_RESERVED.test(base)) base = `don-vi-${base || 'khong-ten'}`;
  let name = `${base}.xlsx`;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base} (${i}).xlsx`;
  taken.add(name.toLowerCase());
  return { name, cut };
}

/** The file name alone (the task pane's zip of templates). */
export function unitFileName(u: Pick<Unit, 'code' | 'name'>, taken: Set<string>): string {
  return unitFileNameOf(u, taken).name;
}
