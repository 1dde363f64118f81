/**
 * Auth.js's `callbacks` and `events` for Kakao: the sign-in saves Kakao's tokens in the token
 * manager under the exact Kakao id, the JWT and the session carry that id alone, a JWT session ends
 * once the manager no longer holds the user's tokens (signed out, unlinked, refresh token refused),
 * and the sign-out logs the token out at Kakao.
 *
 * @module
 */
import type { AuthConfig } from '@auth/core';
import type { JWT } from '@auth/core/jwt';
import type { Account, Session } from '@auth/core/types';
import { logoutAtKakao } from '../web/tokens/at-kakao.js';
import { signInReason } from '../web/tokens/manager.js';
import { tokenSetOfAccount } from './account.js';
import type { ResolvedHooksOptions } from './options.js';

type Callbacks = NonNullable<AuthConfig['callbacks']>;
type Events = NonNullable<AuthConfig['events']>;

/** The provider id of {@link Kakao}. */
export const PROVIDER_ID = 'kakao';

/**
 * Auth.js's session with the signed-in user's Kakao id (absent for other providers' users).
 *
 * @example
 * ```ts
 * declare const session: KakaoAuthJsSession | null;
 * if (session?.kakaoId !== undefined) console.log('Kakao user', session.kakaoId);
 * ```
 */
export type KakaoAuthJsSession = Session & { kakaoId?: string };

/**
 * The `jwt` and `session` callbacks.
 *
 * @example
 * ```ts
 * declare const options: ResolvedHooksOptions;
 * const { jwt, session } = kakaoCallbacks(options);
 * ```
 */
export function kakaoCallbacks(options: ResolvedHooksOptions): Required<Pick<Callbacks, 'jwt' | 'session'>> {
  return {
    async jwt({ token, account }) {
      if (isKakao(account)) return { ...token, kakaoId: account.providerAccountId };
      if (typeof token.kakaoId !== 'string') return token;
      return (await stillSignedIn(options, token.kakaoId)) ? token : null;
    },
    session({ session, token }) {
      const kakaoId = (token as JWT | undefined)?.kakaoId;
      return typeof kakaoId === 'string' ? ({ ...session, kakaoId } as KakaoAuthJsSession) : session;
    },
  };
}

/**
 * The `signIn` and `signOut` events.
 *
 * @example
 * ```ts
 * declare const options: ResolvedHooksOptions;
 * const { signIn, signOut } = kakaoEvents(options);
 * ```
 */
export function kakaoEvents(options: ResolvedHooksOptions): Required<Pick<Events, 'signIn' | 'signOut'>> {
  return {
    async signIn({ account }) {
      if (!isKakao(account)) return;
      await options.tokens.save(account.providerAccountId, tokenSetOfAccount(options.client, account));
    },
    async signOut(message) {
      const kakaoId = 'token' in message ? message.token?.kakaoId : undefined;
      if (typeof kakaoId === 'string') await logoutAtKakao(options.client, options.tokens, kakaoId);
    },
  };
}

/**
 * Whether the manager still holds the user's tokens (refreshing them when due). A sign-in-required
 * answer ends the session; any other failure (Kakao or the store unreachable) keeps it, since a
 * callback that throws makes Auth.js drop the cookie too.
 */
async function stillSignedIn(options: ResolvedHooksOptions, kakaoId: string): Promise<boolean> {
  try {
    await options.tokens.getTokens(kakaoId);
    return true;
  } catch (error) {
    return signInReason(error) === undefined;
  }
}

function isKakao(account: Account | null | undefined): account is Account {
  return account?.provider === PROVIDER_ID && typeof account.providerAccountId === 'string';
}
