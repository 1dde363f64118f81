/**
 * Random opaque values: tokens, codes, cookies, key ids.
 *
 * @module
 */

/** base64url (no padding) of `bytes` random bytes. */
export function randomBase64Url(bytes: number): string {
  const buf = crypto.getRandomValues(new Uint8Array(bytes));
  let binary = '';
  for (const b of buf) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** `chars` random lower-case hex characters. */
export function randomHex(chars: number): string {
  const buf = crypto.getRandomValues(new Uint8Array(Math.ceil(chars / 2)));
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
