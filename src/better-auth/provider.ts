/**
 * Kakao as a Better Auth OAuth provider, every call made by our client: PKCE (S256) and nonce on
 * the authorize URL, the code exchange, the id_token verified against Kakao's JWKS, the user read
 * with its 64-bit id kept as a string, and refreshes through the token manager.
 *
 * @module
 */
import type { OAuth2Tokens, OAuthProvider } from '@better-auth/core/oauth2';
import { buildAuthorizationUrl } from '../client/authorize/authorization-url.js';
import { computeCodeChallenge } from '../client/authorize/random.js';
import { exchangeCode } from '../client/tokens/exchange-code.js';
import type { KakaoTokenSet } from '../client/tokens/token-set.js';
import { getUser } from '../client/user/get-user.js';
import type { KakaoUser } from '../client/user/user-model.js';
import type { KakaoIdTokenClaims } from '../oidc/claims.js';
import { verifyIdToken } from '../oidc/verify.js';
import { noteKakaoError } from './kakao-errors.js';
import type { ResolvedOptions } from './options.js';
import { type RefreshContext, refreshThroughManager } from './refresh.js';

/** The profile Better Auth keeps: Kakao's user object (or the id_token's claims), `id` a string. */
export type KakaoBetterAuthProfile = Pick<KakaoUser, 'id'> & Partial<KakaoUser>;

type UserInfo = NonNullable<Awaited<ReturnType<OAuthProvider<KakaoBetterAuthProfile>['getUserInfo']>>>;

/**
 * Builds the provider the plugin puts in front of Better Auth's social providers.
 *
 * @example
 * ```ts
 * declare const options: ResolvedOptions;
 * const provider = kakaoProvider(options);
 * ```
 */
export function kakaoProvider(options: ResolvedOptions): OAuthProvider<KakaoBetterAuthProfile> {
  const { client } = options;
  const sets = new WeakMap<object, KakaoTokenSet>();
  return {
    id: options.providerId,
    name: 'Kakao',
    requiresIdTokenNonce: true,
    accountSubject: ({ profile }) => profile.id,
    idToken: {
      verify: async (token, nonce) => {
        await verifyIdToken(client, token, { nonce: nonce ?? undefined }).catch(noteKakaoError);
        return true;
      },
    },
    async createAuthorizationURL(data) {
      return buildAuthorizationUrl(client, {
        redirectUri: data.redirectURI,
        state: data.state,
        nonce: data.idTokenNonce,
        codeChallenge: await computeCodeChallenge(data.codeVerifier),
        scope: [...new Set([...options.scope, ...(data.scopes ?? [])])],
        loginHint: data.loginHint,
      });
    },
    async validateAuthorizationCode({ code, redirectURI, codeVerifier }) {
      const set = await exchangeCode(client, { code, redirectUri: redirectURI, codeVerifier }).catch(
        noteKakaoError,
      );
      const tokens = toOAuth2Tokens(set);
      sets.set(tokens.raw as object, set);
      return tokens;
    },
    async getUserInfo(tokens) {
      const claims = await verifiedClaims(options, tokens.idToken, tokens.expectedIdTokenNonce);
      const user = await getUser(client, { accessToken: tokens.accessToken ?? '' }).catch(noteKakaoError);
      if (claims !== undefined && claims.sub !== user.id) return null;
      const set = tokens.raw === undefined ? undefined : sets.get(tokens.raw);
      if (set !== undefined) await options.tokens.save(user.id, set);
      return userInfoOf(user);
    },
    async getUserInfoFromIdToken(idToken) {
      // Better Auth's id_token route verified it with the nonce; this reads the claims again.
      const claims = await verifyIdToken(client, idToken, { nonce: false }).catch(noteKakaoError);
      return userInfoOfClaims(claims);
    },
    refreshAccessToken: async (refreshToken, ctx) =>
      toOAuth2Tokens(await refreshThroughManager(options, refreshToken, ctx as RefreshContext)),
    disableSignUp: options.disableSignUp,
    options: { clientId: client.restApiKey, disableSignUp: options.disableSignUp },
  };
}

async function verifiedClaims(
  options: ResolvedOptions,
  idToken: string | undefined,
  nonce: string | undefined,
): Promise<KakaoIdTokenClaims | undefined> {
  if (idToken === undefined) return undefined;
  return verifyIdToken(options.client, idToken, { nonce }).catch(noteKakaoError);
}

/** Better Auth's token shape; `raw` is Kakao's response as sent. */
export function toOAuth2Tokens(set: KakaoTokenSet): OAuth2Tokens {
  return {
    tokenType: set.tokenType,
    accessToken: set.accessToken,
    refreshToken: set.refreshToken,
    accessTokenExpiresAt: new Date(set.accessTokenExpiresAt),
    refreshTokenExpiresAt:
      set.refreshTokenExpiresAt === undefined ? undefined : new Date(set.refreshTokenExpiresAt),
    scopes: [...set.scopes],
    idToken: set.idToken,
    raw: set.raw,
  };
}

function userInfoOf(user: KakaoUser): UserInfo {
  const account = user.kakao_account;
  return {
    user: {
      name: account?.profile?.nickname ?? account?.name ?? '',
      email: account?.email,
      image: account?.profile?.profile_image_url ?? account?.profile?.thumbnail_image_url,
      emailVerified: account?.is_email_valid === true && account.is_email_verified === true,
    },
    data: user,
  };
}

function userInfoOfClaims(claims: KakaoIdTokenClaims): UserInfo {
  return {
    user: {
      name: claims.nickname ?? '',
      email: claims.email,
      image: claims.picture,
      // Kakao puts `email` in an id_token only when the address is valid and verified.
      emailVerified: claims.email !== undefined,
    },
    data: { ...claims, id: claims.sub },
  };
}
