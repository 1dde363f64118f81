/**
 * String comparison whose running time does not depend on where the strings differ.
 *
 * @module
 */

/**
 * Compares two strings in constant time (for their UTF-8 bytes, over the longer length).
 *
 * @example
 * ```ts
 * declare const receivedState: string;
 * declare const expectedState: string;
 * timingSafeEqual(receivedState, expectedState);
 * ```
 */
export function timingSafeEqual(a: string, b: string): boolean {
  const encoder = new TextEncoder();
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  const length = Math.max(left.length, right.length);
  let diff = left.length ^ right.length;
  for (let i = 0; i < length; i++) diff |= (left[i] ?? 0) ^ (right[i] ?? 0);
  return diff === 0;
}
