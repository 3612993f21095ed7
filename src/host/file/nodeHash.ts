/**
 * Node's native SHA-256, installed into the core on import where the host has it (the CLI and the
 * file host's tests), reached through nodeBuiltin like the zlib codec, so this module also builds
 * for the browser, where the core keeps its pure-JS one (same digests).
 */
import { installSha256 } from '../../sheet/sha256';
import { nodeBuiltin } from './nodeBuiltin';

interface NodeCrypto {
  createHash(algorithm: 'sha256'): { update(data: string | Uint8Array, encoding?: 'utf8'): unknown; digest(encoding: 'hex'): string };
}

const crypto = nodeBuiltin<NodeCrypto>('node:crypto');

/** Whether Node's own SHA-256 is in use. */
export const nativeSha256 = crypto !== undefined;

if (crypto)
  installSha256({
    stream() {
      const h = crypto.createHash('sha256');
      return { update: (data) => void (typeof data === 'string' ? h.update(data, 'utf8') : h.update(data)), hex: () => h.digest('hex') };
    },
  });
