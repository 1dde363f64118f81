/**
 * `Set-Cookie` values that must go out even when a route fails (clearing a used login attempt),
 * carried beside the error without changing it.
 *
 * @module
 */

const attached = new WeakMap<object, string[]>();

/**
 * Attaches a `Set-Cookie` value to an error and returns the error (to rethrow it).
 *
 * @example
 * ```ts
 * throw withCookie(new Error('x'), 'kakao_tx_a=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax');
 * ```
 */
export function withCookie<E>(error: E, cookie: string): E {
  if (typeof error === 'object' && error !== null) {
    const list = attached.get(error) ?? [];
    if (!list.includes(cookie)) list.push(cookie);
    attached.set(error, list);
  }
  return error;
}

/**
 * The `Set-Cookie` values attached to an error.
 *
 * @example
 * ```ts
 * declare const error: unknown;
 * const cookies = cookiesOfError(error);
 * ```
 */
export function cookiesOfError(error: unknown): readonly string[] {
  return (typeof error === 'object' && error !== null ? attached.get(error) : undefined) ?? [];
}
