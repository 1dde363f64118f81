/**
 * Access and refresh tokens (spec §5.2, §6): issuance with Kakao's lifetimes, lookup that tells
 * unknown from expired, the refresh rotation rule, and revocation.
 *
 * @module
 */

import { newOpaqueToken } from './random.js';
import type { EmulatorState } from './state.js';
import { sweepExpired } from './sweep.js';
import type { AccessToken, Platform, RefreshToken } from './types.js';

/** What a new token pair is issued for. */
export interface TokenGrant {
  appId: number;
  clientId: string;
  platform: Platform;
  userId: string;
  scopes: string[];
  /** The chain carries id_tokens (refreshes re-issue one). */
  withIdToken: boolean;
  authTime: number;
}

/** Result of a token lookup: live, expired (known but past `expiresAt`), or unknown/revoked. */
export type TokenLookup<T> =
  | { status: 'live'; token: T }
  | { status: 'expired'; token: T }
  | { status: 'unknown' };

/**
 * Whole seconds left until `expiresAt`, floored: a moment after issuance this yields Kakao's
 * "minus one" values (21599, 5183999).
 */
export function remainingSeconds(expiresAt: number, now: number): number {
  return Math.max(0, Math.floor((expiresAt - now) / 1000));
}

function newAccessToken(state: EmulatorState, grant: TokenGrant, refreshToken: string): AccessToken {
  const now = state.clock.now();
  const { appId, clientId, platform, userId, scopes } = grant;
  const ttl = state.settings.accessTokenTtlMs[platform];
  const token = {
    token: newOpaqueToken(),
    appId,
    clientId,
    platform,
    userId,
    scopes,
    issuedAt: now,
    expiresAt: now + ttl,
    refreshToken,
  };
  state.accessTokens.set(token.token, token);
  return token;
}

function newRefreshToken(state: EmulatorState, grant: TokenGrant): RefreshToken {
  const now = state.clock.now();
  const expiresAt = now + state.settings.refreshTokenTtlMs;
  const { appId, clientId, platform, userId, scopes, withIdToken, authTime } = grant;
  const token: RefreshToken = {
    token: newOpaqueToken(),
    appId,
    clientId,
    platform,
    userId,
    scopes,
    issuedAt: now,
    expiresAt,
    withIdToken,
    authTime,
  };
  state.refreshTokens.set(token.token, token);
  return token;
}

/** Issues a fresh access + refresh token pair (code redemption). */
export function issueTokenPair(
  state: EmulatorState,
  grant: TokenGrant,
): { access: AccessToken; refresh: RefreshToken } {
  sweepExpired(state);
  const refresh = newRefreshToken(state, grant);
  return { access: newAccessToken(state, grant, refresh.token), refresh };
}

function lookup<T extends { expiresAt: number }>(
  map: Map<string, T>,
  token: string,
  now: number,
): TokenLookup<T> {
  const found = map.get(token);
  if (!found) return { status: 'unknown' };
  return found.expiresAt > now ? { status: 'live', token: found } : { status: 'expired', token: found };
}

/**
 * Looks up an access token for a kapi call: `-401` "this access token does not exist" for
 * `unknown`, "this access token is already expired" for `expired`.
 *
 * @example
 * ```ts
 * import { kapiError } from '../http/kapi-error.js';
 * declare const state: EmulatorState;
 * declare const accessToken: string;
 * const found = lookupAccessToken(state, accessToken);
 * const expired = found.status === 'expired' ? 'this access token is already expired' : undefined;
 * const failure = found.status === 'live' ? undefined : kapiError(-401, expired);
 * ```
 */
export function lookupAccessToken(state: EmulatorState, token: string): TokenLookup<AccessToken> {
  return lookup(state.accessTokens, token, state.clock.now());
}

/** Looks up a refresh token (anything but `live` is KOE322 on `/oauth/token`). */
export function lookupRefreshToken(state: EmulatorState, token: string): TokenLookup<RefreshToken> {
  return lookup(state.refreshTokens, token, state.clock.now());
}

/**
 * Refreshes with a live refresh token: always a new access token; a new refresh token only when
 * less than `refreshRotationThresholdMs` (30 days) remains, and then the old one dies at once.
 * Returns `rotated` only when a new refresh token was issued.
 */
export function refreshWith(
  state: EmulatorState,
  refresh: RefreshToken,
): { access: AccessToken; rotated?: RefreshToken } {
  sweepExpired(state);
  const now = state.clock.now();
  let current = refresh;
  let rotated: RefreshToken | undefined;
  if (refresh.expiresAt - now < state.settings.refreshRotationThresholdMs) {
    state.refreshTokens.delete(refresh.token);
    rotated = newRefreshToken(state, refresh);
    current = rotated;
    // The login's earlier access tokens now belong to the new refresh token, so a Bearer logout
    // with one of them still ends the whole chain (§10).
    for (const at of state.accessTokens.values())
      if (at.refreshToken === refresh.token) at.refreshToken = rotated.token;
  }
  if (state.settings.revokeAccessTokenOnRefresh) revokeAccessTokensOf(state, current.token);
  const access = newAccessToken(state, current, current.token);
  return rotated ? { access, rotated } : { access };
}

function revokeAccessTokensOf(state: EmulatorState, refreshToken: string): void {
  for (const [key, at] of state.accessTokens)
    if (at.refreshToken === refreshToken) state.accessTokens.delete(key);
}

/**
 * Bearer logout (§10): revokes the presented access token, the refresh token it was issued with,
 * and the other access tokens of that refresh token. Other logins of the user stay valid.
 */
export function revokeTokenChain(state: EmulatorState, accessToken: AccessToken): void {
  state.accessTokens.delete(accessToken.token);
  state.refreshTokens.delete(accessToken.refreshToken);
  revokeAccessTokensOf(state, accessToken.refreshToken);
}

/** Admin logout, unlink: revokes every access and refresh token of the user for the app. */
export function revokeUserTokens(state: EmulatorState, appId: number, userId: string): void {
  for (const map of [state.accessTokens, state.refreshTokens] as Map<
    string,
    { appId: number; userId: string }
  >[]) {
    for (const [key, t] of map) if (t.appId === appId && t.userId === userId) map.delete(key);
  }
}
