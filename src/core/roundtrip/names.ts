import { Unit } from '../model';

/**
 * Names the round trip gives to things outside the workbook (template files) and inside it
 * (imported sheets), so that every OS and every Excel accepts them.
 */

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A file name for a unit's template: "<code> - <name>.xlsx", safe on Windows, macOS and Linux. */
export function unitFileName(u: Pick<Unit, 'code' | 'name'>, taken: Set<string>): string {
  const label = u.code && u.code !== u.name ? `${u.code} - ${u.name}` : u.name;
  let base = label
    .normalize('NFC')
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.]+$/g, '')
    .slice(0, 100)
    .trim();
  if (base === '' || WINDOWS_RESERVED.test(base)) base = `don-vi-${base || 'khong-ten'}`;
  let name = `${base}.xlsx`;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base} (${i}).xlsx`;
  taken.add(name.toLowerCase());
  return name;
}
