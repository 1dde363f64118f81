/**
 * `kakao-oauth/next`: the Kakao Login routes of `kakao-oauth/web` as Next.js App Router route
 * handlers, and a server-side `auth()` that reads the session from the incoming cookies.
 *
 * @packageDocumentation
 */
import type { KakaoAuth, KakaoSession } from '../index.js';

/**
 * The app's `KakaoAuth`, or a function that returns it. `next build` evaluates route modules
 * without the runtime environment, so an app that builds its `KakaoAuth` from environment
 * variables passes a function: it runs on the first request.
 *
 * @example
 * ```ts
 * declare const create: () => KakaoAuth;
 * const source: KakaoAuthSource = create;
 * ```
 */
export type KakaoAuthSource = KakaoAuth | (() => KakaoAuth);

const resolve = (source: KakaoAuthSource): KakaoAuth => (typeof source === 'function' ? source() : source);

/**
 * Route handlers for `app/auth/kakao/[...kakao]/route.ts` (the folder must match `basePath`).
 *
 * @example
 * ```ts
 * import { kakaoRouteHandlers } from 'kakao-oauth/next';
 * import type { KakaoAuth } from 'kakao-oauth/web';
 * declare const auth: KakaoAuth;
 * export const { GET, POST } = kakaoRouteHandlers(auth);
 * ```
 */
export function kakaoRouteHandlers(auth: KakaoAuthSource): {
  GET: (request: Request) => Promise<Response>;
  POST: (request: Request) => Promise<Response>;
} {
  const handle = (request: Request) => resolve(auth).handler(asBrowserSees(request));
  return { GET: handle, POST: handle };
}

/**
 * The request with the URL the browser used: Next.js may hand route handlers a URL whose host is
 * its own bind name (`localhost:3000`) rather than the `Host` the browser sent, and the core compares
 * the app's origin with the browser's `Origin` on every POST. The `Host` replaces the host and the
 * port (a `Host` without a port means the scheme's default); a `Host` that is not a host is ignored.
 *
 * @example
 * ```ts
 * asBrowserSees(new Request('http://localhost:3000/x', { headers: { host: 'app.example.com' } })).url;
 * // 'http://app.example.com/x'
 * ```
 */
export function asBrowserSees(request: Request): Request {
  const host = request.headers.get('host');
  const url = new URL(request.url);
  if (host === null || host === url.host) return request;
  let sent: URL;
  try {
    sent = new URL(`${url.protocol}//${host}`);
  } catch {
    return request;
  }
  const onlyHost = sent.pathname === '/' && sent.search === '' && sent.hash === '' && sent.username === '';
  if (!onlyHost) return request;
  url.host = sent.host;
  url.port = sent.port;
  const init: RequestInit & { duplex?: 'half' } = { method: request.method, headers: request.headers };
  if (request.body !== null) Object.assign(init, { body: request.body, duplex: 'half' });
  return new Request(url, init);
}

/**
 * What `createAuthHelper` needs from Next.js: `headers` of `next/headers` (passed in by the app,
 * so that the bundler of the app resolves it, and this entry imports nothing from Next.js).
 *
 * @example
 * ```ts
 * declare const headers: NextHeaders;
 * const cookie = (await headers()).get('cookie');
 * ```
 */
export type NextHeaders = () => Promise<{ get(name: string): string | null }>;

/**
 * A server-side `auth()` for Server Components, Server Actions and route handlers: the session of
 * the current request (its cookies, read through `next/headers`), or of the `Request` given.
 *
 * @example
 * ```ts
 * import { headers } from 'next/headers.js';
 * import { createAuthHelper } from 'kakao-oauth/next';
 * import type { KakaoAuth } from 'kakao-oauth/web';
 * declare const kakaoAuth: KakaoAuth;
 * export const auth = createAuthHelper(kakaoAuth, headers);
 * // in a page: const session = await auth();
 * ```
 */
export function createAuthHelper(
  auth: KakaoAuthSource,
  headers: NextHeaders,
): (request?: Request) => Promise<KakaoSession | null> {
  return async (request) => {
    if (request !== undefined) return resolve(auth).getSession(request);
    const cookie = (await headers()).get('cookie');
    return resolve(auth).getSession(
      new Request('http://next.invalid/', { headers: cookie === null ? {} : { cookie } }),
    );
  };
}
