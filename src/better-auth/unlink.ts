/**
 * `POST {basePath}/kakao/unlink`: the signed-in user disconnects Kakao. Kakao is told first
 * (`/v1/user/unlink` with the managed access token, refreshed if due; with the admin key when the
 * manager holds no tokens for the user, as after a restart), then the account row, the user's
 * sessions and the managed tokens are removed. Kakao refusing or unreachable stops the unlink.
 *
 * @module
 */
import { createAuthEndpoint, sessionMiddleware } from 'better-auth/api';
import { unlinkAtKakao } from '../web/tokens/at-kakao.js';
import { findKakaoAccount, type KakaoAccountContext, removeKakaoLink } from './accounts.js';
import { toApiError } from './kakao-errors.js';
import type { ResolvedOptions } from './options.js';

/**
 * The unlink endpoint (`auth.api.kakaoUnlink`).
 *
 * @example
 * ```ts
 * declare const options: ResolvedOptions;
 * const endpoint = unlinkEndpoint(options);
 * ```
 */
export function unlinkEndpoint(options: ResolvedOptions) {
  return createAuthEndpoint('/kakao/unlink', { method: 'POST', use: [sessionMiddleware] }, async (ctx) => {
    const context = ctx.context as unknown as KakaoAccountContext;
    const account = await findKakaoAccount(context, options.providerId, ctx.context.session.user.id);
    if (account === undefined) {
      throw ctx.error('BAD_REQUEST', { code: 'KAKAO_NOT_LINKED', message: 'No Kakao account is linked.' });
    }
    // With the user's token, or the admin key when the manager has none (after a restart).
    await unlinkAtKakao(options.client, options.tokens, account.accountId).catch((error: unknown) => {
      throw toApiError(error);
    });
    await removeKakaoLink(context, options.tokens, account);
    return ctx.json({ unlinked: true, kakaoId: account.accountId });
  });
}
