/**
 * What a returned file is, told by the host from its first bytes before any reader sees it
 * (the xlsx package's `sniffFile`): each kind gets its own message by file name instead of a
 * library's error.
 */
export type FileKind = 'xlsx' | 'encrypted' | 'xls' | 'notXlsx';

/** The package's sniff in the round trip's words. */
export function fileKindOf(sniffed: 'zip' | 'encrypted' | 'legacyXls' | 'other'): FileKind {
  return sniffed === 'zip' ? 'xlsx' : sniffed === 'encrypted' ? 'encrypted' : sniffed === 'legacyXls' ? 'xls' : 'notXlsx';
}
