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

/**
 * The manager's set; when it has none (after a restart), seeded from the account row's refresh
 * token. The seed is written only if the key is still empty: a parallel first caller (here or in
 * another process) that seeded or already refreshed wins, and this caller joins or reads its
 * refresh. An unconditional write could replace that caller's refreshed set with the rotated-away
 * token, so that the next refresh would spend it again (KOE322).
 */
async function getOrSeed(tokens: TokenManager, key: string, refreshToken: string): Promise<KakaoTokenSet> {
  try {
    return await tokens.getTokens(key);
  } catch (error) {
    if (!(error instanceof KakaoSignInRequiredError && error.reason === 'no_tokens')) throw error;
  }
  await tokens.saveIfAbsent(key, expiredSet(refreshToken));
  return tokens.getTokens(key);
}

/**
 * Stands in for the access token of a seed. Never sent: the seed has expired, so the manager
 * refreshes before handing anything out. Not empty, because the store's codec refuses a set without
 * an access token — another process reading the seed from a shared store must be able to decode it.
 */
const SEED_ACCESS_TOKEN = 'kakao-oauth:seed-refresh-first';

/** A set the manager refreshes at once: only the refresh token is known. */
function expiredSet(refreshToken: string): KakaoTokenSet {
  return {
    tokenType: 'bearer',
    accessToken: SEED_ACCESS_TOKEN,
    accessTokenExpiresAt: 0,
    refreshToken,
    refreshTokenExpiresAt: undefined,
    idToken: undefined,
    scopes: [],
    raw: { token_type: 'bearer', access_token: SEED_ACCESS_TOKEN, expires_in: 0 },
  };
}
