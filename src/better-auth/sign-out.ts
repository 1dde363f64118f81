/**
 * Before Better Auth's `/sign-out`: log the user's Kakao tokens out at Kakao (`/v1/user/logout`)
 * and forget them, so the access token stops working (`-401`) instead of outliving the session.
 *
 * @module
 */
import { createAuthMiddleware, getSessionFromCtx } from 'better-auth/api';
import { explainError } from '../base/errors/explain.js';
import { logoutAtKakao } from '../web/tokens/at-kakao.js';
import { findKakaoAccount, type KakaoAccountContext } from './accounts.js';
import type { ResolvedOptions } from './options.js';

/**
 * The sign-out hook. Kakao being unreachable does not stop the local sign-out; it is logged.
 *
 * @example
 * ```ts
 * declare const options: ResolvedOptions;
 * const hook = signOutHook(options);
 * ```
 */
export function signOutHook(options: ResolvedOptions) {
  return {
    matcher: (ctx: { path?: string }) => ctx.path === '/sign-out',
    handler: createAuthMiddleware(async (ctx) => {
      const session = await getSessionFromCtx(ctx);
      if (session === null) return;
      const context = ctx.context as unknown as KakaoAccountContext;
      const account = await findKakaoAccount(context, options.providerId, session.user.id);
      if (account === undefined) return;
      await logoutAtKakao(options.client, options.tokens, account.accountId, (error) =>
        ctx.context.logger.warn(`Kakao logout failed: ${explainError(error)}`),
      );
    }),
  };
}
