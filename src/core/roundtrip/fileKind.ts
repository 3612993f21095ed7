/**
 * What a returned file is, from its first bytes, before any reader sees it: an .xlsx is a zip
 * ("PK\x03\x04"); a password-protected .xlsx is an OLE compound file holding an
 * "EncryptedPackage" stream; an old .xls is an OLE file without it. Each gets its own message by
 * file name instead of a library's error.
 */
export type FileKind = 'xlsx' | 'encrypted' | 'xls' | 'notXlsx';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) return 'xlsx';
  if (bytes.length >= 8 && OLE.every((b, i) => bytes[i] === b)) return hasUtf16(bytes, 'EncryptedPackage') ? 'encrypted' : 'xls';
  return 'notXlsx';
}

/** Whether the UTF-16LE text (a stream name in an OLE directory) occurs in the bytes. */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < text.length; k++) if (bytes[i + 2 * k] !== text.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}
