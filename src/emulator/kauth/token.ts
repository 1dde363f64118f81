/**
 * `POST /oauth/token` (spec §4, §5): form body only, client authentication, then the grant.
 * Every failure is Kakao's JSON error (`error`, `error_description`, `error_code`).
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#request-token
 */

import { jsonResponse } from '../http/json.js';
import { KauthFailure } from '../http/kauth-error.js';
import { isFormRequest, readParams } from '../http/params.js';
import type { Emulator } from '../types.js';
import { authenticateClient } from './token-client.js';
import { authorizationCodeGrant } from './token-code.js';
import { refreshTokenGrant } from './token-refresh.js';

/** Grants by `grant_type` (a `Map`: the value comes from the request, `constructor` must miss). */
const GRANTS = new Map([
  ['authorization_code', authorizationCodeGrant],
  ['refresh_token', refreshTokenGrant],
]);

/** Handles `POST /oauth/token`; a refusal is thrown as a `KauthFailure`. */
export async function handleToken(emulator: Emulator, request: Request): Promise<Response> {
  if (!isFormRequest(request)) {
    throw new KauthFailure(
      400,
      'invalid_request',
      'KOE001',
      'Content-Type must be application/x-www-form-urlencoded.',
    );
  }
  const params = await readParams(request);
  const grantType = params.get('grant_type');
  if (!grantType) throw new KauthFailure(400, 'invalid_request', 'KOE310', 'grant_type is required.');
  const grant = GRANTS.get(grantType);
  if (!grant)
    throw new KauthFailure(400, 'unsupported_grant_type', 'KOE310', `Unsupported grant_type: ${grantType}`);
  const { app, clientId } = authenticateClient(emulator.state, params);
  return jsonResponse(await grant(emulator, app, clientId, params));
}
