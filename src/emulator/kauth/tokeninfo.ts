/**
 * `POST /oauth/tokeninfo` (spec §7.4): decode and check an id_token signed by this emulator;
 * 400 `invalid_token` KOE400 when the signature, issuer or expiry is wrong, or it is malformed.
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#oidc-get-id-token-info
 */

import { createLocalJWKSet, jwtVerify } from 'jose';
import { jsonResponse } from '../http/json.js';
import { KauthFailure } from '../http/kauth-error.js';
import { readParams } from '../http/params.js';
import type { Emulator } from '../types.js';

/** Handles `POST /oauth/tokeninfo`; a refusal is thrown as a `KauthFailure`. */
export async function handleTokenInfo(emulator: Emulator, request: Request): Promise<Response> {
  const idToken = (await readParams(request)).get('id_token');
  if (!idToken) {
    throw new KauthFailure(400, 'invalid_request', 'KOE207', 'id_token is required.');
  }
  const keys = await emulator.state.keys.published();
  const jwks = createLocalJWKSet({ keys: keys.map((k) => ({ ...k.publicJwk })) });
  const verified = await jwtVerify(idToken, jwks, {
    issuer: emulator.issuer,
    algorithms: ['RS256'],
    currentDate: new Date(emulator.state.clock.now()),
  }).catch(() => {
    throw new KauthFailure(400, 'invalid_token', 'KOE400', 'invalid id_token.');
  });
  return jsonResponse(verified.payload);
}
