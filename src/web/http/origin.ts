/**
 * Where the app lives: its origin (from the configured base URL or the request), and `returnTo`
 * targets kept on that origin.
 *
 * @module
 */
import { KakaoWebError } from '../errors/request-error.js';

/**
 * The app's origin: `baseUrl`'s when configured (behind a proxy), else the request's.
 *
 * @example
 * ```ts
 * appOrigin(new Request('http://127.0.0.1:3000/x'), undefined); // 'http://127.0.0.1:3000'
 * ```
 */
export function appOrigin(request: Request, baseUrl: URL | undefined): string {
  return baseUrl?.origin ?? new URL(request.url).origin;
}

/**
 * Longest `returnTo` kept, in characters: it travels sealed in the login-attempt cookie, and a
 * cookie over 4 KB is dropped by browsers.
 */
export const MAX_RETURN_TO_LENGTH = 2048;

/**
 * A same-origin path for `returnTo`, or `fallback` when none was given.
 *
 * @throws KakaoWebError `bad_return_to` for another origin, a protocol-relative or backslash path,
 *   a path that becomes protocol-relative once normalized (`/.//evil.example`, `/a/..//x`,
 *   `/%2e//x`), a path longer than {@link MAX_RETURN_TO_LENGTH}, or anything that is not a path.
 * @example
 * ```ts
 * safeReturnTo('/account?tab=1', 'http://127.0.0.1:3000', '/'); // '/account?tab=1'
 * ```
 */
export function safeReturnTo(value: string | null | undefined, origin: string, fallback: string): string {
  if (value === null || value === undefined || value === '') return fallback;
  if (
    value.length > MAX_RETURN_TO_LENGTH ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.includes('\\') ||
    /[\u0000-\u001f]/.test(value)
  ) {
    throw new KakaoWebError('bad_return_to');
  }
  const url = new URL(value, origin);
  // `//host` in a Location header is another origin: refuse what normalizes to it.
  if (url.origin !== origin || url.pathname.startsWith('//')) throw new KakaoWebError('bad_return_to');
  const normalized = `${url.pathname}${url.search}${url.hash}`;
  if (normalized.length > MAX_RETURN_TO_LENGTH) throw new KakaoWebError('bad_return_to');
  return normalized;
}

/**
 * Whether the request's `Origin` (when sent) is the app's. Browsers send it on every POST.
 *
 * @example
 * ```ts
 * sameOriginPost(new Request('http://a.test/x', { method: 'POST' }), 'http://a.test'); // true
 * ```
 */
export function sameOriginPost(request: Request, origin: string): boolean {
  const sent = request.headers.get('origin');
  return sent === null || sent === origin;
}
