/**
 * Reading the `Cookie` header and writing `Set-Cookie` values.
 *
 * @module
 */

/**
 * The attributes of a cookie the web routes set.
 *
 * @example
 * ```ts
 * const options: CookieOptions = { path: '/', maxAgeSec: 600, secure: true };
 * ```
 */
export interface CookieOptions {
  path: string;
  /** Seconds until the browser drops it; 0 deletes it. */
  maxAgeSec: number;
  /** Sent only over https. */
  secure: boolean;
}

/**
 * Reads one cookie from a request's `Cookie` header (first occurrence), without building a map.
 *
 * @example
 * ```ts
 * readCookie(new Request('http://a.test/', { headers: { cookie: 'a=1; b=2' } }), 'b'); // '2'
 * ```
 */
export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get('cookie');
  if (header === null) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * A `Set-Cookie` value: always `HttpOnly` and `SameSite=Lax`, `Secure` when asked.
 *
 * @example
 * ```ts
 * serializeCookie('kakao_session', 'v', { path: '/', maxAgeSec: 60, secure: false });
 * // 'kakao_session=v; Path=/; Max-Age=60; HttpOnly; SameSite=Lax'
 * ```
 */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const secure = options.secure ? '; Secure' : '';
  return `${name}=${value}; Path=${options.path}; Max-Age=${Math.max(0, Math.floor(options.maxAgeSec))}; HttpOnly; SameSite=Lax${secure}`;
}

/**
 * A `Set-Cookie` value that deletes a cookie.
 *
 * @example
 * ```ts
 * deleteCookie('kakao_session', { path: '/', secure: false });
 * ```
 */
export function deleteCookie(name: string, options: Omit<CookieOptions, 'maxAgeSec'>): string {
  return serializeCookie(name, '', { ...options, maxAgeSec: 0 });
}
