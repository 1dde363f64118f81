/**
 * `POST {basePath}/kakao/unlink`: the signed-in user disconnects Kakao. Kakao is told first
 * (`/v1/user/unlink` with the managed access token, refreshed if due), then the account row, the
 * user's sessions and the managed tokens are removed.
 *
 * @module
 */
import { createAuthEndpoint, sessionMiddleware } from 'better-auth/api';
import { KakaoApiError } from '../base/errors/api-error.js';
import { unlink } from '../client/user/unlink.js';
import { KakaoSignInRequiredError } from '../tokens/index.js';
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
    await options.tokens
      .call(account.accountId, (accessToken) => unlink(options.client, { accessToken }))
      .catch((error: unknown) => {
        if (!alreadyGone(error)) throw toApiError(error);
      });
    await removeKakaoLink(context, options.tokens, account);
    return ctx.json({ unlinked: true, kakaoId: account.accountId });
  });
}

/** Kakao no longer knows the link or the tokens: nothing left to undo there. */
export function alreadyGone(error: unknown): boolean {
  return (
    error instanceof KakaoSignInRequiredError ||
    (error instanceof KakaoApiError && (error.apiCode === -101 || error.apiCode === -401))
  );
}
