/**
 * Ending a user's Kakao tokens at Kakao, shared by the web routes and the framework integrations:
 * logout (`/v1/user/logout`) and unlink (`/v1/user/unlink`), both through the token manager (the
 * access token refreshed first when due) and both idempotent.
 *
 * @module
 */
import type { KakaoClient } from '../../base/config.js';
import { KakaoApiError } from '../../base/errors/api-error.js';
import { logout } from '../../client/user/logout.js';
import { unlink } from '../../client/user/unlink.js';
import { signInReason, type WebTokenManager } from './manager.js';

/**
 * Logs the user's access token out at Kakao and forgets the set. A token already dead at Kakao
 * (expired, logged out, unlinked) or no set at all is not an error: there is nothing left to end.
 * Any other failure (Kakao unreachable or refusing) does not stop the sign-out either; it goes to
 * `onFailure` when given (to log it), and the set is forgotten all the same.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const tokens: WebTokenManager;
 * await logoutAtKakao(kakao, tokens, '1376016924426111111', (error) => console.warn(error));
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#logout
 */
export async function logoutAtKakao(
  kakao: KakaoClient,
  tokens: WebTokenManager,
  userId: string,
  onFailure?: (error: unknown) => void,
): Promise<void> {
  await tokens
    .call(userId, (accessToken) => logout(kakao, { accessToken }), { idempotent: true })
    .catch((error: unknown) => {
      if (!tokensGone(error) && !alreadyUnlinked(error)) onFailure?.(error);
    });
  await tokens.remove(userId);
}

/**
 * Unlinks the user at Kakao: with the user's token; with the admin key when the tokens are gone;
 * `-101` means done already. Does not forget the set (the caller ends the user's state).
 *
 * @throws KakaoApiError / KakaoTransportError when Kakao refuses for another reason than "already
 *   unlinked", or the tokens are gone and no admin key is configured.
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const tokens: WebTokenManager;
 * await unlinkAtKakao(kakao, tokens, '1376016924426111111');
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#unlink
 */
export async function unlinkAtKakao(
  kakao: KakaoClient,
  tokens: WebTokenManager,
  userId: string,
): Promise<void> {
  try {
    // idempotent: a second unlink only answers -101 ("already unlinked")
    await tokens.call(userId, (accessToken) => unlink(kakao, { accessToken }), { idempotent: true });
  } catch (error) {
    if (alreadyUnlinked(error)) return;
    if (kakao.adminKey === undefined || !tokensGone(error)) throw error;
    await adminUnlink(kakao, userId);
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
