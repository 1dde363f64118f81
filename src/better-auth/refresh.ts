/**
 * Better Auth's refresh (`/get-access-token`, `/refresh-token`) through our token manager, keyed
 * by the Kakao user id: parallel callers share one refresh, so a rotation cannot spend the old
 * refresh token twice (Kakao answers the second with KOE322).
 *
 * @module
 */
import { refreshTokens } from '../client/tokens/refresh-tokens.js';
import type { KakaoTokenSet } from '../client/tokens/token-set.js';
import { KakaoSignInRequiredError, type TokenManager } from '../tokens/index.js';
import { findKakaoAccount, type KakaoAccountContext } from './accounts.js';
import { noteKakaoError } from './kakao-errors.js';
import type { ResolvedOptions } from './options.js';

/** What Better Auth's token routes hand the provider as its refresh context. */
export interface RefreshContext {
  context?: KakaoAccountContext & { session?: { user: { id: string } } | null };
  body?: { userId?: string; accountId?: string } | undefined;
}

/**
 * A fresh set for the account behind `refreshToken`: the manager's (refreshed once for all
 * callers), seeded from `refreshToken` when the manager does not know the user yet. Without an
 * account to key it by (a call with no session and no `userId`), a plain refresh.
 *
 * @throws the client's KakaoAuthError (noted for the after hook), KakaoSignInRequiredError.
 */
export async function refreshThroughManager(
  options: ResolvedOptions,
  refreshToken: string,
  ctx: RefreshContext | undefined,
): Promise<KakaoTokenSet> {
  const key = await kakaoIdOf(options, ctx);
  const refreshed =
    key === undefined
      ? refreshTokens(options.client, refreshToken)
      : getOrSeed(options.tokens, key, refreshToken);
  return refreshed.catch(noteKakaoError);
}

async function kakaoIdOf(
  options: ResolvedOptions,
  ctx: RefreshContext | undefined,
): Promise<string | undefined> {
  const userId = ctx?.context?.session?.user.id ?? ctx?.body?.userId;
  if (ctx?.context === undefined || userId === undefined) return undefined;
  const account = await findKakaoAccount(ctx.context, options.providerId, userId, ctx.body?.accountId);
  return account?.accountId;
}

async function getOrSeed(tokens: TokenManager, key: string, refreshToken: string): Promise<KakaoTokenSet> {
  try {
    return await tokens.getTokens(key);
  } catch (error) {
    if (!(error instanceof KakaoSignInRequiredError && error.reason === 'no_tokens')) throw error;
  }
  await tokens.save(key, expiredSet(refreshToken));
  return tokens.getTokens(key);
}

/** A set the manager refreshes at once: only the refresh token is known. */
function expiredSet(refreshToken: string): KakaoTokenSet {
  return {
    tokenType: 'bearer',
    accessToken: '',
    accessTokenExpiresAt: 0,
    refreshToken,
    refreshTokenExpiresAt: undefined,
    idToken: undefined,
    scopes: [],
    raw: { token_type: 'bearer', access_token: '', expires_in: 0 },
  };
}
