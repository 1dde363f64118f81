/**
 * Auth.js's `account` at a Kakao sign-in (Kakao's token response plus Auth.js's fields) as our
 * token set, for the token manager.
 *
 * @module
 */
import type { Account, TokenSet } from '@auth/core/types';
import type { KakaoClient } from '../base/config.js';
import {
  type KakaoTokenResponse,
  type KakaoTokenSet,
  tokenSetFromResponse,
} from '../client/tokens/token-set.js';

/**
 * The token set of a sign-in, its expiry instants from the client's clock. Auth.js's own fields
 * (`provider`, `type`, `providerAccountId`, `expires_at`, `userId`) are left out of `raw`.
 *
 * @throws TypeError when the account holds no access token (not an OAuth sign-in).
 * @example
 * ```ts
 * import type { Account } from '@auth/core/types';
 * declare const client: KakaoClient;
 * declare const account: Account;
 * const set = tokenSetOfAccount(client, account);
 * ```
 */
export function tokenSetOfAccount(client: KakaoClient, account: Account): KakaoTokenSet {
  const { provider, type, providerAccountId, expires_at, userId, ...raw } = account;
  if (typeof raw.access_token !== 'string' || typeof raw.expires_in !== 'number') {
    throw new TypeError('kakaoAuthJs(): the Kakao sign-in brought no access token with its lifetime.');
  }
  return tokenSetFromResponse(raw as KakaoTokenResponse, client.clock());
}

/**
 * What Auth.js's database adapter stores of the token response (`linkAccount`): the granted scope
 * and token type, no token. The tokens live in the token manager alone, so no stale copy of a
 * rotated refresh token is left in the database.
 *
 * @example
 * ```ts
 * import type { TokenSet } from '@auth/core/types';
 * declare const tokens: TokenSet;
 * const row = accountRow(tokens); // { scope, token_type }
 * ```
 */
export function accountRow(tokens: TokenSet): TokenSet {
  return { scope: tokens.scope, token_type: tokens.token_type } as TokenSet;
}
