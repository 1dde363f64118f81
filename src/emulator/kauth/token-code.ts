/**
 * `grant_type=authorization_code` (spec §4): redeem a one-time code for an access token, a
 * refresh token and (OIDC) an id_token.
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#request-token
 */

import { KauthFailure } from '../http/kauth-error.js';
import { consumeCode } from '../model/codes.js';
import { getLink } from '../model/lookup.js';
import { takeRateLimit } from '../model/ratelimit.js';
import { issueTokenPair } from '../model/tokens.js';
import type { App, AuthCode } from '../model/types.js';
import type { Emulator } from '../types.js';
import { signIdToken } from './id-token.js';
import { verifyPkce } from './pkce.js';
import { rateLimited, required } from './token-client.js';
import { tokenResponseBody } from './token-response.js';

const CODE_NOT_FOUND = 'authorization code not found for code=[redacted]';

async function redeemable(
  emulator: Emulator,
  app: App,
  clientId: string,
  params: URLSearchParams,
): Promise<AuthCode> {
  const codeValue = required(params, 'code');
  const redirectUri = required(params, 'redirect_uri');
  const code = consumeCode(emulator.state, codeValue);
  if (!code || code.appId !== app.id) throw new KauthFailure(400, 'invalid_grant', 'KOE320', CODE_NOT_FOUND);
  if (code.clientId !== clientId)
    throw new KauthFailure(400, 'invalid_grant', 'KOE114', 'application id mismatch.');
  if (code.redirectUri !== redirectUri)
    throw new KauthFailure(400, 'invalid_grant', 'KOE303', 'Redirect URI mismatch.');
  if (code.codeChallenge && !(await verifyPkce(code.codeChallenge, params.get('code_verifier')))) {
    throw new KauthFailure(
      400,
      'invalid_grant',
      'KOE320',
      'PKCE verification failed: code_verifier missing or wrong.',
    );
  }
  return code;
}

function checkRateLimits(emulator: Emulator, code: AuthCode): void {
  const { state } = emulator;
  if (!state.settings.rateLimits) return;
  const key = `${code.appId}:${code.userId}`;
  if (!takeRateLimit(state, `at:${key}`, state.settings.accessTokensPer10Min, 600_000)) throw rateLimited();
  if (!takeRateLimit(state, `rt:${key}`, state.settings.refreshTokensPer60Min, 3_600_000))
    throw rateLimited();
}

/** Handles the authorization-code grant for an authenticated client. */
export async function authorizationCodeGrant(
  emulator: Emulator,
  app: App,
  clientId: string,
  params: URLSearchParams,
): Promise<Record<string, unknown>> {
  const { state } = emulator;
  const code = await redeemable(emulator, app, clientId, params);
  const user = state.users.get(code.userId);
  const link = getLink(state, app.id, code.userId);
  if (!user || !link) throw new KauthFailure(400, 'invalid_grant', 'KOE320', CODE_NOT_FOUND);
  checkRateLimits(emulator, code);
  // The code carries everything the pair is issued for (its clientId matched `clientId` above).
  const { access, refresh } = issueTokenPair(state, code);
  const now = state.clock.now();
  const idToken = code.withIdToken
    ? await signIdToken(emulator, {
        clientId,
        user,
        link,
        authTime: code.authTime,
        issuedAt: now,
        expiresAt: access.expiresAt,
        nonce: code.nonce,
      })
    : undefined;
  return tokenResponseBody({ access, refresh, idToken, scope: code.scopes.join(' '), now });
}
