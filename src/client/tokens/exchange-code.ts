/**
 * Trading an authorization code for tokens: `POST /oauth/token`, `grant_type=authorization_code` (§4).
 *
 * @module
 */

import type { KakaoClient } from '../../base/config.js';
import { mapAuthResponse } from '../../base/http/map-auth-response.js';
import { sendRequest } from '../../base/http/request.js';
import { requireText, secretsOf } from '../../base/util/args.js';
import type { VerifyIdTokenChecks } from '../../oidc/claims.js';
import { parseTokenResponse } from './parse-token-response.js';
import { type KakaoTokenSet, tokenSetFromResponse } from './token-set.js';
import { withVerifiedIdToken } from './verified-token-set.js';

/**
 * Parameters of {@link exchangeCode}.
 *
 * @example
 * ```ts
 * declare const code: string;
 * declare const pkce: PkcePair;
 * const params: ExchangeCodeParams = { code, codeVerifier: pkce.codeVerifier };
 * ```
 */
export interface ExchangeCodeParams {
  /** The authorization code from the callback (single use). */
  code: string;
  /** Must equal the one used on the authorize URL. Default: `redirectUri` of the client config. */
  redirectUri?: string | undefined;
  /** The PKCE verifier, when the authorize URL carried a challenge. */
  codeVerifier?: string | undefined;
  signal?: AbortSignal | undefined;
  /** Deadline of the call in milliseconds. Default: the client's `deadlineMs`. */
  deadlineMs?: number | undefined;
}

/**
 * Redeems an authorization code. Never retried (a code is single use). `client_secret` is sent
 * only when the client has one.
 *
 * With `checks` (the nonce sent on the authorize URL, optionally `maxAge`), an id_token that comes
 * back is verified (RS256 signature from the cached JWKS, `iss`, `aud`, expiry, nonce, `auth_time`)
 * and its claims are returned as `idTokenClaims`. Without `checks` the id_token is not verified.
 *
 * @throws KakaoAuthError (e.g. `KOE320` code reused/expired, `KOE303` redirect mismatch, `KOE010`
 *   bad client secret), KakaoIdTokenError (an id_token check failed), KakaoResponseError,
 *   KakaoTransportError; TypeError for missing arguments.
 * @example
 * ```ts
 * declare const request: Request;
 * declare const session: { state: string; nonce: string; codeVerifier: string };
 * declare const kakao: KakaoClient;
 * const { code } = parseCallback(request.url, { expectedState: session.state });
 * const tokens = await exchangeCode(
 *   kakao,
 *   { code, codeVerifier: session.codeVerifier },
 *   { nonce: session.nonce },
 * );
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#request-token
 */
export async function exchangeCode(
  kakao: KakaoClient,
  params: ExchangeCodeParams,
  checks?: VerifyIdTokenChecks,
): Promise<KakaoTokenSet> {
  const code = requireText(params?.code, 'code', 'pass the code from parseCallback');
  const redirectUri = requireText(
    params.redirectUri ?? kakao.redirectUri,
    'redirectUri',
    'pass the redirect URI used on the authorize URL, here or in createKakaoClient',
  );
  const body = await sendRequest(
    kakao,
    {
      server: 'auth',
      method: 'POST',
      path: '/oauth/token',
      params: {
        grant_type: 'authorization_code',
        client_id: kakao.restApiKey,
        redirect_uri: redirectUri,
        code,
        client_secret: kakao.clientSecret,
        code_verifier: params.codeVerifier,
      },
      idempotent: false,
      signal: params.signal,
      deadlineMs: params.deadlineMs,
      secrets: secretsOf(code, kakao.clientSecret, params.codeVerifier),
    },
    mapAuthResponse,
  );
  const set = tokenSetFromResponse(parseTokenResponse(body, 'POST /oauth/token'), kakao.clock());
  return checks === undefined ? set : withVerifiedIdToken(kakao, set, checks);
}
