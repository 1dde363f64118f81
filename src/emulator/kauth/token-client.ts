/**
 * Client checks shared by both grants of `/oauth/token` (spec §4.1, §4.3, §5.3): form body,
 * `grant_type`, `client_id`, `client_secret` (only `client_secret_post`).
 *
 * @module
 */

import { KauthFailure } from '../http/kauth-error.js';
import { findAppByClientId } from '../model/lookup.js';
import type { EmulatorState } from '../model/state.js';
import type { App, Platform } from '../model/types.js';

/** A request parameter that must be present (else `invalid_request` KOE207, or `code`). */
export function required(params: URLSearchParams, name: string, errorCode = 'KOE207'): string {
  const value = params.get(name);
  if (!value) throw new KauthFailure(400, 'invalid_request', errorCode, `${name} is required.`);
  return value;
}

/** Constant-time-ish string comparison (the emulator is not a security boundary, but be tidy). */
function sameSecret(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * Authenticates the client of a token request: unknown `client_id` → 400 `invalid_client` KOE101;
 * secret ON and missing/wrong → `invalid_client` KOE010 (401 by default).
 */
export function authenticateClient(
  state: EmulatorState,
  params: URLSearchParams,
): { app: App; platform: Platform; clientId: string } {
  const clientId = required(params, 'client_id');
  const match = findAppByClientId(state, clientId);
  if (!match) throw new KauthFailure(400, 'invalid_client', 'KOE101', `Not exist client_id [${clientId}]`);
  const secret = match.app.clientSecret;
  const given = params.get('client_secret');
  if (secret.enabled && (!given || !sameSecret(given, secret.value))) {
    throw new KauthFailure(
      state.settings.invalidClientSecretStatus,
      'invalid_client',
      'KOE010',
      'Bad client credentials',
    );
  }
  return { ...match, clientId };
}

/** Refuses token issuance beyond the per-user limits when rate limits are on (KOE237). */
export function rateLimited(): KauthFailure {
  return new KauthFailure(400, 'invalid_request', 'KOE237', 'token request rate limit exceeded');
}
