/**
 * The zip codec in Node: zlib inflates and deflates about twice as fast as the pure-JS one on
 * the generated sheets' text (README, figures). The pane's worker uses src/xlsx/codec.ts.
 */
import zlib from 'node:zlib';
import { Codec } from '../../xlsx/zip';
import { crc32 } from '../../xlsx/codec';

const z = zlib as typeof zlib & { crc32?: (data: Uint8Array) => number };

export const nodeCodec: Codec = {
  inflateRaw: (data) => zlib.inflateRawSync(data),
  deflateRaw: (data) => zlib.deflateRawSync(data, { level: 3 }),
  crc32: z.crc32 ? (data) => z.crc32!(data) >>> 0 : crc32,
};
