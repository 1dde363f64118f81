/**
 * `kakao-oauth/hono`: the Kakao Login routes of `kakao-oauth/web` in a Hono 4 app. Hono already
 * speaks web `Request`/`Response`; this only mounts the core and reads the session.
 *
 * @packageDocumentation
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { KakaoAuth, KakaoSession } from '../index.js';

/**
 * Middleware that answers the routes under `auth.basePath` and passes every other request on.
 *
 * @example
 * ```ts
 * import { Hono } from 'hono';
 * import { kakaoAuthMiddleware } from 'kakao-oauth/hono';
 * import type { KakaoAuth } from 'kakao-oauth/web';
 * declare const auth: KakaoAuth;
 * const app = new Hono();
 * app.use(kakaoAuthMiddleware(auth));
 * ```
 */
export function kakaoAuthMiddleware(auth: KakaoAuth): MiddlewareHandler {
  const prefix = `${auth.basePath}/`;
  return async (c, next) => {
    if (!c.req.path.startsWith(prefix)) return next();
    return auth.handler(c.req.raw);
  };
}

/**
 * The signed-in user of a Hono request, or `null`.
 *
 * @example
 * ```ts
 * import type { Context } from 'hono';
 * import type { KakaoAuth } from 'kakao-oauth/web';
 * declare const auth: KakaoAuth;
 * declare const c: Context;
 * const session = await getKakaoSession(auth, c);
 * ```
 */
export function getKakaoSession(auth: KakaoAuth, c: Context): Promise<KakaoSession | null> {
  return auth.getSession(c.req.raw);
}
