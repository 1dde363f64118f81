/**
 * After Better Auth's routes: when the provider noted a Kakao error on this request, the generic
 * answer (`?error=invalid_code`, `FAILED_TO_GET_ACCESS_TOKEN`, `INVALID_TOKEN`) is replaced by
 * Kakao's code and its meaning. (Better Auth keeps the route's own HTTP status.)
 *
 * @module
 */
import { createAuthMiddleware, isAPIError } from 'better-auth/api';
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
      if (location === null || location === undefined) throw toApiError(error);
      const url = new URL(location, ctx.context.baseURL || 'http://localhost');
      url.searchParams.set('error', kakaoCode(error));
      url.searchParams.set('error_description', explainError(error));
      throw ctx.redirect(url.href);
    }),
  };
}
