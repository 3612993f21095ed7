/** The product's version, written to Nhật ký; package.json and manifest.xml say the same (a test checks). */
export const VERSION = '0.2.0';
