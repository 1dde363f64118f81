/**
 * `kakao-oauth/next`: the Kakao Login routes of `kakao-oauth/web` as Next.js App Router route
 * handlers, and a server-side `auth()` that reads the session from the incoming cookies.
 *
 * @packageDocumentation
 */
import type { KakaoAuth, KakaoSession } from '../index.js';

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
export function kakaoRouteHandlers(auth: KakaoAuth): {
  GET: (request: Request) => Promise<Response>;
  POST: (request: Request) => Promise<Response>;
} {
  const handle = (request: Request) => auth.handler(request);
  return { GET: handle, POST: handle };
}

/**
 * A server-side `auth()` for Server Components, Server Actions and route handlers: the session of
 * the current request (read through `next/headers`), or of the `Request` given.
 *
 * @example
 * ```ts
 * import { createAuthHelper } from 'kakao-oauth/next';
 * import type { KakaoAuth } from 'kakao-oauth/web';
 * declare const kakaoAuth: KakaoAuth;
 * export const auth = createAuthHelper(kakaoAuth);
 * // in a page: const session = await auth();
 * ```
 */
export function createAuthHelper(auth: KakaoAuth): (request?: Request) => Promise<KakaoSession | null> {
  return async (request) => {
    if (request !== undefined) return auth.getSession(request);
    // Loaded on use, so importing this entry never needs Next.js outside a Next.js server.
    const { headers } = await import('next/headers.js');
    const cookie = (await headers()).get('cookie');
    return auth.getSession(
      new Request('http://next.invalid/', { headers: cookie === null ? {} : { cookie } }),
    );
  };
}
