/**
 * `POST {basePath}/logout`: ends the session, logs the user's token out at Kakao
 * (`/v1/user/logout`), and optionally sends the browser through Kakao's account logout.
 *
 * @module
 */
import { buildLogoutUrl } from '../../client/authorize/logout-url.js';
import type { WebContext } from '../context.js';
import { json, redirect, wantsJson } from '../http/respond.js';
import { clearSessionCookie, endSession } from '../session/session.js';
import { logoutAtKakao } from '../tokens/at-kakao.js';
import { guardedPost } from './post-guard.js';

/**
 * Logs out. Without a session it only clears the cookie (idempotent).
 *
 * @throws KakaoWebError `csrf_failed`, `method_not_allowed`.
 * @example
 * ```ts
 * declare const ctx: WebContext;
 * declare const request: Request;
 * const response = await logoutRoute(ctx, request);
 * ```
 */
export async function logoutRoute(ctx: WebContext, request: Request): Promise<Response> {
  const session = await guardedPost(ctx, request);
  let cookie = clearSessionCookie(ctx, request);
  if (session !== null) {
    await logoutAtKakao(ctx.kakao, ctx.tokens, session.userId);
    cookie = await endSession(ctx, request, session);
  }
  if (wantsJson(request)) return json({ signedOut: true }, 200, [cookie]);
  const target = ctx.logoutRedirectUri
    ? buildLogoutUrl(ctx.kakao, { logoutRedirectUri: ctx.logoutRedirectUri }).href
    : ctx.afterLogoutPath;
  return redirect(target, [cookie]);
}
