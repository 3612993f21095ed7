/**
 * Deflate/inflate and CRC-32 in pure JS (fflate), for the pane's worker and any host without
 * zlib. Node hosts pass `nodeCodec` (host/file/nodeCodec.ts) instead: zlib deflates the large
 * generated sheets about twice as fast (see README, figures).
 */
import { deflateSync, inflateSync } from 'fflate';
import type { Codec } from './zip';

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
  inflateRaw: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  deflateRaw: (data) => deflateSync(data, { level: 3 }),
  crc32,
};
