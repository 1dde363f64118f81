/**
 * `kakao-oauth/express`: the Kakao Login routes of `kakao-oauth/web` in an Express 5 app. A
 * translation only: Express's request becomes a web `Request`, the core answers, its `Response`
 * is written back.
 *
 * @packageDocumentation
 */
import type { Request as ExpressRequest, Response as ExpressResponse, NextFunction } from 'express';
import type { KakaoAuth, KakaoSession } from '../index.js';
import { sendWebResponse, toWebRequest } from './translate.js';

/**
 * Express middleware (use it like a Router) that answers the routes under `auth.basePath` and
 * passes every other request on.
 *
 * @example
 * ```ts
 * import express from 'express';
 * import { kakaoAuthRouter } from 'kakao-oauth/express';
 * import type { KakaoAuth } from 'kakao-oauth/web';
 * declare const auth: KakaoAuth;
 * const app = express();
 * app.use(kakaoAuthRouter(auth));
 * ```
 */
export function kakaoAuthRouter(
  auth: KakaoAuth,
): (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => void {
  return (req, res, next) => {
    const path = req.originalUrl.split('?')[0] ?? '';
    if (!path.startsWith(`${auth.basePath}/`)) return next();
    let request: Request;
    try {
      request = toWebRequest(req);
    } catch {
      res.status(400).type('text/plain').send('Bad Request: the Host header is not a host name.');
      return;
    }
    auth
      .handler(request)
      .then((response) => sendWebResponse(res, response))
      .catch(next);
  };
}

/**
 * The signed-in user of an Express request, or `null`.
 *
 * @example
 * ```ts
 * import type { KakaoAuth } from 'kakao-oauth/web';
 * declare const auth: KakaoAuth;
 * declare const req: import('express').Request;
 * const session = await getKakaoSession(auth, req);
 * ```
 */
export function getKakaoSession(auth: KakaoAuth, req: ExpressRequest): Promise<KakaoSession | null> {
  // A session is read from the cookies alone: the URL does not matter (and a malformed Host
  // cannot break it).
  const headers = new Headers();
  if (req.headers.cookie !== undefined) headers.set('cookie', req.headers.cookie);
  return auth.getSession(new Request('http://localhost/', { headers }));
}

/**
 * Sends any web `Response` from the core (a consent detour, an error page) through Express.
 *
 * @example
 * ```ts
 * import type { KakaoAuth } from 'kakao-oauth/web';
 * declare const auth: KakaoAuth;
 * declare const req: import('express').Request;
 * declare const res: import('express').Response;
 * const detour = await auth.requireScopes(toWebRequest(req), ['account_email']);
 * if (detour) await sendWebResponse(res, detour);
 * ```
 */
export { sendWebResponse, toWebRequest };
