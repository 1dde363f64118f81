/**
 * Sealed values: JSON encrypted and authenticated as a compact JWE (`dir`, `A256GCM`, jose), with
 * an expiry inside the ciphertext.
 *
 * @module
 */
import { compactDecrypt } from 'jose/jwe/compact/decrypt';
import { CompactEncrypt } from 'jose/jwe/compact/encrypt';
import { type DerivedKey, deriveKeys } from './keys.js';

/**
 * Seals and opens values for one purpose.
 *
 * @example
 * ```ts
 * declare const sealer: Sealer;
 * const token = await sealer.seal({ uid: '1' }, 3600);
 * const value = await sealer.unseal(token); // { uid: '1' } or undefined
 * ```
 */
export interface Sealer {
  /** Encrypts `value` (a JSON object) to expire `maxAgeSec` seconds from now. */
  seal(value: Record<string, unknown>, maxAgeSec: number): Promise<string>;
  /** The value, or `undefined` when the token is malformed, tampered with, foreign or expired. */
  unseal(token: string): Promise<Record<string, unknown> | undefined>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** Longest token accepted: a cookie is at most 4 KB. */
const MAX_TOKEN_LENGTH = 4096;

/**
 * A sealer over the app's secrets (newest first) for one purpose.
 *
 * @example
 * ```ts
 * const sealer = createSealer(['a-secret-of-at-least-32-characters!!'], 'session', Date.now);
 * ```
 */
export function createSealer(secrets: readonly string[], purpose: string, clock: () => number): Sealer {
  let keys: Promise<DerivedKey[]> | undefined;
  const keysOnce = () => {
    keys ??= deriveKeys(secrets, purpose);
    return keys;
  };
  return {
    async seal(value, maxAgeSec) {
      const [newest] = await keysOnce();
      const exp = Math.floor(clock() / 1000) + Math.ceil(maxAgeSec);
      const plaintext = encoder.encode(JSON.stringify({ ...value, exp }));
      return new CompactEncrypt(plaintext)
        .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', kid: newest!.kid })
        .encrypt(newest!.key);
    },
    async unseal(token) {
      if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return undefined;
      const all = await keysOnce();
      try {
        const { plaintext } = await compactDecrypt(token, (header) => keyFor(all, header.kid), {
          keyManagementAlgorithms: ['dir'],
          contentEncryptionAlgorithms: ['A256GCM'],
        });
        return unexpired(JSON.parse(decoder.decode(plaintext)), clock());
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * The first of `values` that opens with `sealer` (a request may carry several cookies of one name).
 *
 * @example
 * ```ts
 * declare const sealer: Sealer;
 * const opened = await openFirst(sealer, ['junk', 'eyJ…']);
 * ```
 */
export async function openFirst(
  sealer: Sealer,
  values: readonly string[],
): Promise<Record<string, unknown> | undefined> {
  for (const value of values) {
    const opened = await sealer.unseal(value);
    if (opened !== undefined) return opened;
  }
  return undefined;
}

function keyFor(keys: readonly DerivedKey[], kid: string | undefined): CryptoKey {
  const found = keys.find((candidate) => candidate.kid === kid);
  if (!found) throw new Error('unknown kid');
  return found.key;
}

function unexpired(value: unknown, now: number): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const exp = (value as { exp?: unknown }).exp;
  if (typeof exp !== 'number' || exp * 1000 <= now) return undefined;
  return value as Record<string, unknown>;
}
