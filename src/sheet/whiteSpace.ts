/** The one test of white space, shared by the text folding (core) and the writer's kept-space test (xlsx). */
/** A UTF-16 unit that JavaScript's \s matches, tested without a regular expression. */
export function isWhiteSpace(ch: number): boolean {
  return (
    ch === 32 ||
    (ch >= 9 && ch <= 13) ||
    ch === 0xa0 ||
    ch === 0x1680 ||
    (ch >= 0x2000 && ch <= 0x200a) ||
    ch === 0x2028 ||
    ch === 0x2029 ||
    ch === 0x202f ||
    ch === 0x205f ||
    ch === 0x3000 ||
    ch === 0xfeff
  );
}
