/**
 * Node's native SHA-256 for the data fingerprint, where the host has it (the CLI), reached through
 * nodeBuiltin like the zlib codec, so this module also builds for the browser.
 */
import type { Sha256 } from '../../core/engine/run';
import { nodeBuiltin } from './nodeBuiltin';

interface NodeCrypto {
  createHash(algorithm: 'sha256'): { update(text: string, encoding: 'utf8'): unknown; digest(encoding: 'hex'): string };
}

function nativeSha256(): (() => Sha256) | undefined {
  const crypto = nodeBuiltin<NodeCrypto>('node:crypto');
  if (!crypto) return undefined;
  return () => {
    const h = crypto.createHash('sha256');
    return { update: (text) => void h.update(text, 'utf8'), hex: () => h.digest('hex') };
  };
}

/** Undefined where there is none: the engine then uses its pure-JS one (same print). */
export const nodeSha256 = nativeSha256();
