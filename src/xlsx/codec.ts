/**
 * Deflate/inflate and CRC-32 in pure JS (fflate), for the pane's worker and any host without
 * zlib. Node hosts pass `nodeCodec` (host/file/nodeCodec.ts) instead: zlib deflates the large
 * generated sheets about twice as fast (see README, figures).
 */
import type * as Fflate from 'fflate';
import type { Codec } from './zip';

// fflate builds its Huffman tables when it loads (about 10 ms of CPU at a command's start): it is
// loaded on the first pure-JS inflate or deflate, which a Node host (zlib) never makes. A plain
// require, so the bundler still packs it into the pane's worker.
declare const require: (id: 'fflate') => typeof Fflate;
type Lib = Pick<typeof Fflate, 'inflateSync' | 'deflateSync'>;
let lib: Lib | undefined;
// Each function read off require() as written here, so the bundler keeps only these two.
const fflate = (): Lib => (lib ??= { inflateSync: require('fflate').inflateSync, deflateSync: require('fflate').deflateSync });

let table: Int32Array | undefined;

export function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  const t = table;
  let c = -1;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

export const jsCodec: Codec = {
  inflateRaw: (data, size) => fflate().inflateSync(data, { out: new Uint8Array(size) }),
  deflateRaw: (data) => fflate().deflateSync(data, { level: 3 }),
  crc32,
};
