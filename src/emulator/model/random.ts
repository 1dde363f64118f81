/**
 * Random opaque values: tokens, codes, cookies, key ids.
 *
 * Bytes come from `crypto.getRandomValues` in 4 KiB refills (one call per ~60 tokens instead of
 * one per token: the token endpoint makes two per response); each byte is used once.
 *
 * @module
 */

const POOL_SIZE = 4096;
const pool = new Uint8Array(POOL_SIZE);
let used = POOL_SIZE;

/** `count` fresh random bytes (a view that stays valid until the next call). */
function randomBytes(count: number): Uint8Array {
  if (count > POOL_SIZE) return crypto.getRandomValues(new Uint8Array(count));
  if (used + count > POOL_SIZE) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  const bytes = pool.subarray(used, used + count);
  used += count;
  return bytes;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * base64url (no padding) of `bytes`.
 *
 * @example
 * ```ts
 * encodeBase64Url(new Uint8Array([251, 255])); // '-_8'
 * ```
 */
export function encodeBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out +=
      BASE64URL[n >>> 18]! + BASE64URL[(n >>> 12) & 63]! + BASE64URL[(n >>> 6) & 63]! + BASE64URL[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += BASE64URL[n >>> 18]! + BASE64URL[(n >>> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += BASE64URL[n >>> 18]! + BASE64URL[(n >>> 12) & 63]! + BASE64URL[(n >>> 6) & 63]!;
  }
  return out;
}

/** base64url (no padding) of `bytes` random bytes. */
export function randomBase64Url(bytes: number): string {
  return encodeBase64Url(randomBytes(bytes));
}

/** `chars` random lower-case hex characters. */
export function randomHex(chars: number): string {
  const buf = randomBytes(Math.ceil(chars / 2));
  return Array.from(buf, (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, chars);
}

/** An opaque token like Kakao's: 60 URL-safe characters (45 random bytes). */
export function newOpaqueToken(): string {
  return randomBase64Url(45);
}

/** An authorization code: 86 URL-safe characters (64 random bytes), like Kakao's long codes. */
export function newAuthCode(): string {
  return randomBase64Url(64);
}
