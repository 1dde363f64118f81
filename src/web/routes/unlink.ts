/**
 * `POST {basePath}/unlink`: disconnects the user from the app at Kakao (`/v1/user/unlink`), then
 * ends every session of the user and forgets their tokens.
 *
 * @module
 */
import type { WebContext } from '../context.js';
import { KakaoWebError } from '../errors/request-error.js';
import { json, redirect, wantsJson } from '../http/respond.js';
import { endSession, endUser } from '../session/session.js';
import { unlinkAtKakao } from '../tokens/at-kakao.js';
import { guardedPost } from './post-guard.js';

/**
 * Unlinks the signed-in user.
 *
 * @throws KakaoWebError `not_signed_in`, `csrf_failed`; KakaoApiError / KakaoTransportError when
 *   Kakao refuses for another reason than "already unlinked".
 * @example
 * ```ts
 * declare const ctx: WebContext;
 * declare const request: Request;
 * const response = await unlinkRoute(ctx, request);
 * ```
 */
export async function unlinkRoute(ctx: WebContext, request: Request): Promise<Response> {
  const session = await guardedPost(ctx, request);
  if (session === null) throw new KakaoWebError('not_signed_in');
  await unlinkAtKakao(ctx.kakao, ctx.tokens, session.userId);
  await endUser(ctx, session.userId);
  const cookie = await endSession(ctx, request, session);
  if (wantsJson(request)) return json({ unlinked: true, userId: session.userId }, 200, [cookie]);
  return redirect(ctx.afterLogoutPath, [cookie]);
}
