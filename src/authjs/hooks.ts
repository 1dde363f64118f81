/**
 * {@link kakaoAuthJs}: the Kakao provider plus the callbacks, events and functions that put the
 * user's Kakao tokens in our token manager (single-flight refresh) and make sign-out, unlink and
 * Kakao's unlink notification reach Kakao and Auth.js's session.
 *
 * @module
 */
import type { AuthConfig } from '@auth/core';
import type { OIDCConfig } from '@auth/core/providers';
import type { KakaoIdTokenClaims } from '../oidc/claims.js';
import type { TokenCallOptions, TokenManager } from '../tokens/index.js';
import { logoutAtKakao, unlinkAtKakao } from '../web/tokens/at-kakao.js';
import { accountRow } from './account.js';
import { kakaoCallbacks, kakaoEvents } from './callbacks.js';
import { type KakaoAuthJsHooksOptions, type ResolvedHooksOptions, resolveHooksOptions } from './options.js';
import { Kakao } from './provider.js';
import { type KakaoSignedIn, kakaoIdOf } from './signed-in.js';
import { unlinkWebhook } from './webhook.js';

/**
 * What {@link kakaoAuthJs} returns: `providers`, `callbacks` and `events` for the Auth.js config,
 * and the functions that act on a signed-in user's Kakao tokens.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoAuthJs;
 * declare const session: { kakaoId?: string } | null;
 * const accessToken = await kakao.getAccessToken(session);
 * ```
 */
export interface KakaoAuthJs {
  /** `[Kakao provider]`; the database adapter stores no Kakao token (the manager holds them). */
  readonly providers: [OIDCConfig<KakaoIdTokenClaims>];
  /** `jwt` (carries `kakaoId`; returns `null` once the tokens are gone) and `session` (`session.kakaoId`). */
  readonly callbacks: Required<Pick<NonNullable<AuthConfig['callbacks']>, 'jwt' | 'session'>>;
  /** `signIn` (saves Kakao's tokens) and `signOut` (logs them out at Kakao; JWT sessions). */
  readonly events: Required<Pick<NonNullable<AuthConfig['events']>, 'signIn' | 'signOut'>>;
  /** The token manager, keyed by the exact Kakao id. */
  readonly tokens: TokenManager;
  /**
   * A valid access token of the user, refreshed first when due (one refresh for all callers).
   *
   * @throws KakaoSignInRequiredError when the user must sign in again (then the session ends).
   */
  getAccessToken(who: KakaoSignedIn): Promise<string>;
  /** Runs a kapi call with the user's access token: {@link TokenManager.call}. */
  call<T>(
    who: KakaoSignedIn,
    fn: (accessToken: string) => Promise<T>,
    options?: TokenCallOptions,
  ): Promise<T>;
  /** Logs the user's token out at Kakao and forgets it (the JWT session then ends). Idempotent. */
  logout(who: KakaoSignedIn): Promise<void>;
  /**
   * Unlinks the user from the app at Kakao (with the admin key when the tokens are gone), forgets
   * the tokens (the JWT session then ends) and runs `onUnlinked`.
   */
  unlink(who: KakaoSignedIn): Promise<void>;
  /** The unlink callback URL's handler, `(Request) => Response`, for Kakao's unlink notification. */
  unlinkWebhook(request: Request): Promise<Response>;
}

/**
 * Kakao for Auth.js (`@auth/core`, NextAuth v5) with the user's Kakao tokens kept and refreshed by
 * our token manager, and sign-out, unlink and Kakao's unlink notification reaching both Kakao and
 * the Auth.js session.
 *
 * @throws TypeError when an option is wrong.
 * @example
 * ```ts
 * import { Auth, type AuthConfig } from '@auth/core';
 * import { createKakaoClient, getUser } from 'kakao-oauth';
 * import { type KakaoAuthJsSession, kakaoAuthJs } from 'kakao-oauth/authjs';
 *
 * const client = createKakaoClient({ restApiKey: 'REST_API_KEY', adminKey: 'ADMIN_KEY' });
 * const kakao = kakaoAuthJs({ client });
 * const config: AuthConfig = { providers: kakao.providers, callbacks: kakao.callbacks, events: kakao.events };
 * declare const session: KakaoAuthJsSession | null;
 * const me = await kakao.call(session, (accessToken) => getUser(client, { accessToken }), { idempotent: true });
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api
 */
export function kakaoAuthJs(options: KakaoAuthJsHooksOptions): KakaoAuthJs {
  const resolved = resolveHooksOptions(options);
  const { client, tokens } = resolved;
  return {
    providers: [{ ...Kakao(options), account: accountRow }],
    callbacks: kakaoCallbacks(resolved),
    events: kakaoEvents(resolved),
    tokens,
    getAccessToken: async (who) => tokens.getAccessToken(kakaoIdOf(who)),
    call: async (who, fn, callOptions) => tokens.call(kakaoIdOf(who), fn, callOptions),
    logout: async (who) => logoutAtKakao(client, tokens, kakaoIdOf(who)),
    unlink: async (who) => unlinkUser(resolved, kakaoIdOf(who)),
    unlinkWebhook: unlinkWebhook(resolved),
  };
}

async function unlinkUser(options: ResolvedHooksOptions, kakaoId: string): Promise<void> {
  await unlinkAtKakao(options.client, options.tokens, kakaoId);
  await options.tokens.remove(kakaoId);
  await options.onUnlinked({ userId: kakaoId, appId: undefined, referrerType: undefined });
}
