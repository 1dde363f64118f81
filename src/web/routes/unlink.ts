/**
 * `POST {basePath}/unlink`: disconnects the user from the app at Kakao (`/v1/user/unlink`), then
 * ends every session of the user and forgets their tokens.
 *
 * @module
 */
import { KakaoApiError, type KakaoClient, unlink } from '../../client/index.js';
import type { WebContext } from '../context.js';
import { KakaoWebError } from '../errors/request-error.js';
import { json, redirect, wantsJson } from '../http/respond.js';
import { endSession, endUserSessions } from '../session/session.js';
import { signInReason } from '../tokens/manager.js';
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
  await unlinkAtKakao(ctx, session.userId);
  await ctx.tokens.remove(session.userId);
  await endUserSessions(ctx, session.userId);
  const cookie = await endSession(ctx, request, session);
  if (wantsJson(request)) return json({ unlinked: true, userId: session.userId }, 200, [cookie]);
  return redirect(ctx.afterLogoutPath, [cookie]);
}

/** With the user's token; with the admin key when the tokens are gone; `-101` means done already. */
async function unlinkAtKakao(ctx: WebContext, userId: string): Promise<void> {
  try {
    // idempotent: a second unlink only answers -101 ("already unlinked")
    await ctx.tokens.call(userId, (accessToken) => unlink(ctx.kakao, { accessToken }), { idempotent: true });
  } catch (error) {
    if (alreadyUnlinked(error)) return;
    if (ctx.kakao.adminKey === undefined || !tokensGone(error)) throw error;
    await adminUnlink(ctx.kakao, userId);
  }
}

async function adminUnlink(kakao: KakaoClient, userId: string): Promise<void> {
  try {
    await unlink(kakao, { userId });
  } catch (error) {
    if (!alreadyUnlinked(error)) throw error;
  }
}

const alreadyUnlinked = (error: unknown) =>
  (error instanceof KakaoApiError && error.apiCode === -101) || signInReason(error) === 'unlinked';
const tokensGone = (error: unknown) =>
  signInReason(error) !== undefined || (error instanceof KakaoApiError && error.apiCode === -401);
