/**
 * After Better Auth's routes: when the provider noted a Kakao error on this request, the generic
 * answer (`?error=invalid_code`, `FAILED_TO_GET_ACCESS_TOKEN`, `INVALID_TOKEN`) is replaced by
 * Kakao's code, its meaning and its status (401 when the user must sign in again).
 *
 * @module
 */
import { type APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import { explainError } from '../base/errors/explain.js';
import { kakaoCode, notedKakaoError, toApiError } from './kakao-errors.js';

/**
 * The error hook.
 *
 * @example
 * ```ts
 * const hook = kakaoErrorHook();
 * ```
 */
export function kakaoErrorHook() {
  return {
    matcher: (ctx: { request?: Request | undefined; headers?: Headers | undefined }) =>
      notedKakaoError(ctx) !== undefined,
    handler: createAuthMiddleware(async (ctx) => {
      const error = notedKakaoError(ctx);
      const returned = ctx.context.returned;
      if (!isAPIError(returned)) return;
      const location = returned.statusCode === 302 ? new Headers(returned.headers).get('location') : null;
      if (location === null || location === undefined) return answer(ctx.request, toApiError(error));
      const url = new URL(location, ctx.context.baseURL || 'http://localhost');
      url.searchParams.set('error', kakaoCode(error));
      url.searchParams.set('error_description', explainError(error));
      throw ctx.redirect(url.href);
    }),
  };
}

/**
 * The error as the caller gets it. An HTTP request is answered with a Response of the error's own
 * status: Better Auth answers a thrown APIError with the status the route failed with (its
 * `dispatch` passes the route's status to `toResponse`, which prefers it to the error's), and the
 * token routes fail with 400 whatever the cause. A server-side call (`auth.api.*`) gets the
 * APIError thrown, its `statusCode` intact.
 */
function answer(request: Request | undefined, error: APIError): Response {
  if (!(request instanceof Request)) throw error;
  return Response.json(error.body, { status: error.statusCode, headers: error.headers });
}
