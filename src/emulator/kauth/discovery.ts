/**
 * `GET /.well-known/openid-configuration` and `GET /.well-known/jwks.json` (spec §7.1, §7.2):
 * exactly the keys Kakao advertises, with the emulator's base URLs.
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#oidc-find-metadata
 */

import { jsonResponse } from '../http/json.js';
import type { Emulator } from '../types.js';

/** Kakao's discovery document for this emulator's URLs. */
export function discoveryDocument(emulator: Emulator): Record<string, unknown> {
  return {
    issuer: emulator.issuer,
    authorization_endpoint: `${emulator.authUrl}/oauth/authorize`,
    token_endpoint: `${emulator.authUrl}/oauth/token`,
    userinfo_endpoint: `${emulator.apiUrl}/v1/oidc/userinfo`,
    jwks_uri: `${emulator.authUrl}/.well-known/jwks.json`,
    token_endpoint_auth_methods_supported: ['client_secret_post'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    request_uri_parameter_supported: false,
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    code_challenge_methods_supported: ['S256'],
    claims_supported: [
      'iss',
      'aud',
      'sub',
      'auth_time',
      'exp',
      'iat',
      'nonce',
      'nickname',
      'picture',
      'email',
    ],
  };
}

/** Handles `GET /.well-known/openid-configuration` (`application/json;charset=utf-8`, as Kakao). */
export function handleDiscovery(emulator: Emulator): Response {
  const response = jsonResponse(discoveryDocument(emulator));
  response.headers.set('content-type', 'application/json;charset=utf-8');
  return response;
}

/** Handles `GET /.well-known/jwks.json`: every published key, newest first. */
export async function handleJwks(emulator: Emulator): Promise<Response> {
  const keys = await emulator.state.keys.published();
  return jsonResponse({ keys: keys.map((k) => k.publicJwk) });
}
