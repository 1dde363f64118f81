/**
 * `grant_type=refresh_token` (spec §5): always a new access token; a new refresh token only when
 * less than 30 days remain (the old one then dies); an id_token, without `nonce`, when the chain
 * started with one; no `scope`.
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#refresh-token
 */

import { KauthFailure } from '../http/kauth-error.js';
import { getLink } from '../model/lookup.js';
import { takeRateLimit } from '../model/ratelimit.js';
import { lookupRefreshToken, refreshWith } from '../model/tokens.js';
import type { App, RefreshToken } from '../model/types.js';
import type { Emulator } from '../types.js';
import { signIdToken } from './id-token.js';
import { rateLimited, required } from './token-client.js';
import { tokenResponseBody } from './token-response.js';

function invalidRefreshToken(): KauthFailure {
  return new KauthFailure(400, 'invalid_grant', 'KOE322', 'expired_or_invalid_refresh_token');
}

function liveRefreshToken(
  emulator: Emulator,
  app: App,
  clientId: string,
  params: URLSearchParams,
): RefreshToken {
  const found = lookupRefreshToken(emulator.state, required(params, 'refresh_token', 'KOE319'));
  if (found.status !== 'live' || found.token.appId !== app.id || found.token.clientId !== clientId) {
    throw invalidRefreshToken();
  }
  return found.token;
}

function checkRateLimits(emulator: Emulator, refresh: RefreshToken, willRotate: boolean): void {
  const { state } = emulator;
  const key = `${refresh.appId}:${refresh.userId}`;
  if (!takeRateLimit(state, `at:${key}`, state.settings.accessTokensPer10Min, 600_000)) throw rateLimited();
  if (willRotate && !takeRateLimit(state, `rt:${key}`, state.settings.refreshTokensPer60Min, 3_600_000)) {
    throw rateLimited();
  }
}

/** Handles the refresh-token grant for an authenticated client. */
export async function refreshTokenGrant(
  emulator: Emulator,
  app: App,
  clientId: string,
  params: URLSearchParams,
): Promise<Record<string, unknown>> {
  const { state } = emulator;
  const current = liveRefreshToken(emulator, app, clientId, params);
  const user = state.users.get(current.userId);
  if (!user) throw invalidRefreshToken();
  const now = state.clock.now();
  checkRateLimits(emulator, current, current.expiresAt - now < state.settings.refreshRotationThresholdMs);
  const { access, rotated } = refreshWith(state, current);
  const link = getLink(state, app.id, current.userId);
  const idToken = current.withIdToken
    ? await signIdToken(emulator, {
        clientId,
        user,
        link,
        authTime: current.authTime,
        issuedAt: now,
        expiresAt: access.expiresAt,
      })
    : undefined;
  return tokenResponseBody({ access, refresh: rotated, idToken, now });
}
