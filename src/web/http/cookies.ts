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
 * Cookies of one name tried, at most: a planted cookie sent before ours (another path, a parent
 * domain) must not hide ours, and each try costs a decryption.
 */
export const MAX_SAME_NAME = 3;

/**
 * Every value of a cookie in a request's `Cookie` header, in order, at most `limit` of them. A
 * browser sends two cookies of one name when another path or a parent domain set one too, and the
 * first need not be ours: readers try each.
 *
 * @example
 * ```ts
 * readCookies(new Request('http://a.test/', { headers: { cookie: 'a=1; b=2; a=3' } }), 'a', 4); // ['1', '3']
 * ```
 */
export function readCookies(request: Request, name: string, limit: number): string[] {
  const header = request.headers.get('cookie');
  const values: string[] = [];
  if (header === null) return values;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) values.push(part.slice(eq + 1).trim());
    if (values.length === limit) break;
  }
  return values;
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
