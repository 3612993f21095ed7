/**
 * The zip container of an .xlsx: read entries (inflating on demand, one at a time) and write a
 * new archive in which entries of the original are copied as they are stored (no inflate,
 * no deflate: byte for byte) and new entries are deflated. Pure JS; the codec is injected so
 * Node uses zlib and the pane's worker a pure-JS deflate (see codec.ts).
 */
import { NotAWorkbookError } from './errors';

export interface Codec {
  inflateRaw(data: Uint8Array, size: number): Uint8Array;
  deflateRaw(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** DOS time and date, kept for copies. */
  time: number;
  date: number;
  /** Where the compressed bytes start in the archive. */
  dataStart: number;
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 0x100000000;
const utf8 = new TextDecoder('utf-8');
const latin = new TextDecoder('latin1');

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  /** Lower-cased name → entry, for part names that differ only in case. */
  private readonly folded = new Map<string, ZipEntry>();
  constructor(
    readonly bytes: Uint8Array,
    readonly codec: Codec,
  ) {
    const b = bytes;
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 65557); i--)
      if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
        eocd = i;
        break;
      }
    if (eocd < 0) throw new NotAWorkbookError('truncated', { detail: 'no end of central directory' });
    let count = u16(b, eocd + 10);
    let cdSize = u32(b, eocd + 12);
    let cdStart = u32(b, eocd + 16);
    if (count === 0xffff || cdStart === 0xffffffff) {
      // Zip64: the locator sits just before the end record.
      const loc = eocd - 20;
      if (loc < 0 || u32(b, loc) !== 0x07064b50) throw new NotAWorkbookError('truncated', { detail: 'zip64 locator' });
      const rec = u64(b, loc + 8);
      if (rec + 56 > b.length || u32(b, rec) !== 0x06064b50) throw new NotAWorkbookError('truncated', { detail: 'zip64 record' });
      count = u64(b, rec + 32);
      cdSize = u64(b, rec + 40);
      cdStart = u64(b, rec + 48);
    }
    if (cdStart + cdSize > b.length) throw new NotAWorkbookError('truncated', { detail: 'central directory past the end' });
    let p = cdStart;
    for (let i = 0; i < count; i++) {
      if (p + 46 > b.length || u32(b, p) !== 0x02014b50) throw new NotAWorkbookError('truncated', { detail: 'central directory entry' });
      const flags = u16(b, p + 8);
      const nameLen = u16(b, p + 28);
      const extraLen = u16(b, p + 30);
      const commentLen = u16(b, p + 32);
      const nameBytes = b.subarray(p + 46, p + 46 + nameLen);
      const name = (flags & 0x800 ? utf8 : latin).decode(nameBytes);
      let compressedSize = u32(b, p + 20);
      let size = u32(b, p + 24);
      let local = u32(b, p + 42);
      if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) {
        // Zip64 extra field: the 8-byte values present are those whose 4-byte field is all ones.
        let e = p + 46 + nameLen;
        const end = e + extraLen;
        while (e + 4 <= end) {
          const id = u16(b, e);
          const len = u16(b, e + 2);
          if (id === 1) {
            let q = e + 4;
            if (size === 0xffffffff) {
              size = u64(b, q);
              q += 8;
            }
            if (compressedSize === 0xffffffff) {
              compressedSize = u64(b, q);
              q += 8;
            }
            if (local === 0xffffffff) local = u64(b, q);
          }
          e += 4 + len;
        }
      }
      if (local + 30 > b.length || u32(b, local) !== 0x04034b50) throw new NotAWorkbookError('truncated', { part: name, detail: 'local header' });
      const dataStart = local + 30 + u16(b, local + 26) + u16(b, local + 28);
      if (dataStart + compressedSize > b.length) throw new NotAWorkbookError('truncated', { part: name, detail: 'entry past the end' });
      const entry: ZipEntry = {
        name,
        method: u16(b, p + 10),
        flags,
        crc: u32(b, p + 16),
        compressedSize,
        size,
        time: u16(b, p + 12),
        date: u16(b, p + 14),
        dataStart,
      };
      if (!name.endsWith('/')) {
        this.entries.set(name, entry);
        this.folded.set(name.toLowerCase(), entry);
      }
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  /** The entry of a part name ("xl/workbook.xml", no leading slash), matched case-insensitively. */
  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name) ?? this.folded.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** The stored (compressed) bytes of an entry, as they are in the archive. */
  raw(e: ZipEntry): Uint8Array {
    return this.bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
  }

  /** The uncompressed bytes of a part. */
  read(name: string): Uint8Array | undefined {
    const e = this.entry(name);
    if (!e) return undefined;
    if (e.flags & 1) throw new NotAWorkbookError('encrypted', { part: name });
    const raw = this.raw(e);
    if (e.method === 0) return this.checked(name, e, raw);
    if (e.method !== 8) throw new NotAWorkbookError('badPart', { part: name, detail: `compression method ${e.method}` });
    let out: Uint8Array;
    try {
      out = this.codec.inflateRaw(raw, e.size);
    } catch {
      throw new NotAWorkbookError('truncated', { part: name, detail: 'inflate failed' });
    }
    if (out.length !== e.size) throw new NotAWorkbookError('truncated', { part: name, detail: 'size mismatch' });
    return this.checked(name, e, out);
  }

  /**
   * A flipped byte can still inflate: without this check a damaged workbook.xml.rels reads as a
   * book with no sheet at all, in silence. The checksum names the damaged part instead.
   */
  private checked(name: string, e: ZipEntry, out: Uint8Array): Uint8Array {
    if (this.codec.crc32(out) >>> 0 !== e.crc >>> 0) throw new NotAWorkbookError('badPart', { part: name, detail: 'CRC-32 mismatch' });
    return out;
  }

  /** A part as text (UTF-8; a UTF-16 byte-order mark is honoured). */
  text(name: string): string | undefined {
    const b = this.read(name);
    if (!b) return undefined;
    if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
    if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
    return utf8.decode(b);
  }
}

/** A part already deflated, with what its entry needs. */
export class PackedPart {
  constructor(
    readonly method: number,
    readonly crc: number,
    readonly size: number,
    readonly data: Uint8Array,
  ) {}
}

/**
 * Deflates a part now (stored when tiny), so that a writer can drop its uncompressed bytes at
 * once: a large sheet's XML is about ten times its deflated size.
 */
export function packPart(codec: Codec, content: Uint8Array | string): PackedPart {
  const data = typeof content === 'string' ? encoder.encode(content) : content;
  const crc = codec.crc32(data);
  const packed = data.length > 64 ? codec.deflateRaw(data) : data;
  return new PackedPart(packed === data ? 0 : 8, crc, data.length, packed);
}

/** One entry of the archive being written: a copy of the original's stored bytes, or new content. */
interface OutEntry {
  name: Uint8Array;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  time: number;
  date: number;
  data: Uint8Array;
}

const encoder = new TextEncoder();

/** Builds a zip: copies of original entries (byte for byte) and new ones, in the order added. */
export class ZipWriter {
  private readonly out: OutEntry[] = [];
  private readonly names = new Set<string>();
  private readonly stamp: { time: number; date: number };
  constructor(
    private readonly codec: Codec,
    now: Date = new Date(),
  ) {
    this.stamp = {
      time: (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1),
      date: ((Math.max(1980, now.getFullYear()) - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(),
    };
  }

  private push(name: string, e: Omit<OutEntry, 'name'>): void {
    const key = name.toLowerCase();
    if (this.names.has(key)) throw new Error(`duplicate zip entry ${name}`);
    this.names.add(key);
    this.out.push({ name: encoder.encode(name), ...e });
  }

  /** An original entry, its stored bytes untouched (the data-descriptor flag dropped: sizes go in the header). */
  copy(from: ZipArchive, e: ZipEntry): void {
    this.push(e.name, {
      method: e.method,
      flags: (e.flags & ~0x8) | 0x800,
      crc: e.crc,
      compressedSize: e.compressedSize,
      size: e.size,
      time: e.time,
      date: e.date,
      data: from.raw(e),
    });
  }

  /** A new part, deflated (or stored when tiny); or one packed beforehand with `packPart`. */
  add(name: string, content: Uint8Array | string | PackedPart): void {
    const p = content instanceof PackedPart ? content : packPart(this.codec, content);
    this.push(name, {
      method: p.method,
      flags: 0x800,
      crc: p.crc,
      compressedSize: p.data.length,
      size: p.size,
      time: this.stamp.time,
      date: this.stamp.date,
      data: p.data,
    });
  }

  /** The archive's bytes. */
  finish(): Uint8Array {
    let total = 22;
    for (const e of this.out) total += 30 + e.name.length + e.data.length + 46 + e.name.length;
    if (total > 0xffffffff || this.out.length > 0xfffe) throw new Error('workbook too large for a zip without zip64');
    const b = new Uint8Array(total);
    const dv = new DataView(b.buffer);
    let p = 0;
    const offsets: number[] = [];
    for (const e of this.out) {
      offsets.push(p);
      dv.setUint32(p, 0x04034b50, true);
      dv.setUint16(p + 4, 20, true);
      dv.setUint16(p + 6, e.flags, true);
      dv.setUint16(p + 8, e.method, true);
      dv.setUint16(p + 10, e.time, true);
      dv.setUint16(p + 12, e.date, true);
      dv.setUint32(p + 14, e.crc >>> 0, true);
      dv.setUint32(p + 18, e.compressedSize, true);
      dv.setUint32(p + 22, e.size, true);
      dv.setUint16(p + 26, e.name.length, true);
      dv.setUint16(p + 28, 0, true);
      b.set(e.name, p + 30);
      b.set(e.data, p + 30 + e.name.length);
      p += 30 + e.name.length + e.data.length;
    }
    const cd = p;
    this.out.forEach((e, i) => {
      dv.setUint32(p, 0x02014b50, true);
      dv.setUint16(p + 4, 20, true);
      dv.setUint16(p + 6, 20, true);
      dv.setUint16(p + 8, e.flags, true);
      dv.setUint16(p + 10, e.method, true);
      dv.setUint16(p + 12, e.time, true);
      dv.setUint16(p + 14, e.date, true);
      dv.setUint32(p + 16, e.crc >>> 0, true);
      dv.setUint32(p + 20, e.compressedSize, true);
      dv.setUint32(p + 24, e.size, true);
      dv.setUint16(p + 28, e.name.length, true);
      dv.setUint32(p + 42, offsets[i], true);
      b.set(e.name, p + 46);
      p += 46 + e.name.length;
    });
    dv.setUint32(p, 0x06054b50, true);
    dv.setUint16(p + 8, this.out.length, true);
    dv.setUint16(p + 10, this.out.length, true);
    dv.setUint32(p + 12, p - cd, true);
    dv.setUint32(p + 16, cd, true);
    return b;
  }
}
