/**
 * SHA-256 for the core, as hex: the pure-JS one (@noble/hashes) everywhere, or the host's native
 * one where the host installs it (the file host in Node, host/file/nodeHash.ts). Both give the
 * same digests; the native one is several times faster over the data fingerprint, the upward
 * dossier's 45,000 row hashes and the parts of a result copy.
 */
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';

/** A hash fed in pieces: text is hashed as UTF-8. */
export interface Sha256Stream {
  update(data: string | Uint8Array): void;
  hex(): string;
}

export interface Sha256Impl {
  stream(): Sha256Stream;
}

const enc = new TextEncoder();

const pureJs: Sha256Impl = {
  stream() {
    const h = sha256.create();
    return { update: (data) => void h.update(typeof data === 'string' ? enc.encode(data) : data), hex: () => bytesToHex(h.digest()) };
  },
};

let impl: Sha256Impl = pureJs;

/** The host's native SHA-256, used from then on (it must give the same digests). */
export function installSha256(native: Sha256Impl): void {
  impl = native;
}

export function sha256Stream(): Sha256Stream {
  return impl.stream();
}

export function sha256Hex(data: string | Uint8Array): string {
  const h = impl.stream();
  h.update(data);
  return h.hex();
}

/** The pure-JS one, whatever is installed: for tests that compare the two. */
export function pureJsSha256Hex(data: string | Uint8Array): string {
  const h = pureJs.stream();
  h.update(data);
  return h.hex();
}
