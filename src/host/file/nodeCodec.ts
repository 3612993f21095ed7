/**
 * The zip codec of the file host: Node's zlib where the host has it (the CLI: it deflates the
 * generated sheets about 4× faster than the pure-JS codec, README figures), fflate elsewhere.
 * zlib is reached through nodeBuiltin (`process.getBuiltinModule`), never imported, so this
 * module also builds for the browser (tsconfig.web.json, the e2e harness) and falls back there.
 */
import { Codec } from '../../xlsx/zip';
import { crc32, jsCodec } from '../../xlsx/codec';
import { nodeBuiltin } from './nodeBuiltin';

interface Zlib {
  inflateRawSync(data: Uint8Array): Uint8Array;
  deflateRawSync(data: Uint8Array, o: { level: number }): Uint8Array;
  crc32?(data: Uint8Array): number;
}

function zlibCodec(): Codec | null {
  const z = nodeBuiltin<Zlib>('node:zlib');
  if (!z) return null;
  return {
    inflateRaw: (data) => z.inflateRawSync(data),
    // Level 1: half the time of level 3 on the generated sheets' text, for a copy ~10% larger.
    deflateRaw: (data) => z.deflateRawSync(data, { level: 1 }),
    crc32: z.crc32 ? (data) => z.crc32!(data) >>> 0 : crc32,
  };
}

export const nodeCodec: Codec = zlibCodec() ?? jsCodec;
