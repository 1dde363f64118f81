/**
 * base64url without padding (RFC 4648 §5), from Web APIs only.
 *
 * @module
 */

/**
 * Encodes bytes as base64url without `=` padding.
 *
 * @example
 * ```ts
 * base64url(new Uint8Array([251, 255])); // '-_8'
 * ```
 */
export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
