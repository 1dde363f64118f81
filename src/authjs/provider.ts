/**
 * Kakao as an Auth.js OpenID Connect provider: issuer and JWKS from our client's configuration
 * (`https://kauth.kakao.com`, or the configured auth URL), PKCE + state + nonce, every request
 * through the client's `fetch`, the id_token's signature verified by `verifyIdToken` (Auth.js checks
 * only its claims), the exact 64-bit id from `sub`, and Kakao's token errors thrown as
 * `KakaoAuthError` with their meaning.
 *
 * @module
 */
import { customFetch } from '@auth/core';
import type { OIDCConfig } from '@auth/core/providers';
import type { KakaoClient } from '../base/config.js';
import { authErrorFromBody } from '../base/http/map-auth-response.js';
import { isRecord } from '../base/http/response-body.js';
import { parseRetryAfter } from '../base/http/retry.js';
import type { KakaoIdTokenClaims } from '../oidc/claims.js';
import { verifyIdToken } from '../oidc/verify.js';

/**
 * What {@link Kakao} takes. Only `client` is required.
 *
 * @example
 * ```ts
 * import { createKakaoClient } from 'kakao-oauth';
 * const options: KakaoAuthJsOptions = { client: createKakaoClient({ restApiKey: 'REST_API_KEY' }) };
 * ```
 */
export interface KakaoAuthJsOptions {
  /** Our client: REST API key, client secret, and for tests the emulator's URLs and `fetch`. */
  client: KakaoClient;
  /** Consent items asked for besides `openid profile_nickname profile_image`. */
  scope?: readonly string[] | undefined;
}

/** The consent items every sign-in asks for. */
const BASE_SCOPE = ['openid', 'profile_nickname', 'profile_image'];

/**
 * The Auth.js provider (`@auth/core`, NextAuth v5).
 *
 * @throws TypeError when `client` is missing.
 * @example
 * ```ts
 * import type { AuthConfig } from '@auth/core';
 * import { createKakaoClient } from 'kakao-oauth';
 * import { Kakao } from 'kakao-oauth/authjs';
 * const client = createKakaoClient({ restApiKey: 'REST_API_KEY', clientSecret: 'SECRET' });
 * const config: AuthConfig = { providers: [Kakao({ client })] };
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#oidc
 */
export function Kakao(options: KakaoAuthJsOptions): OIDCConfig<KakaoIdTokenClaims> {
  const { client } = options;
  if (typeof client?.restApiKey !== 'string') {
    throw new TypeError('Kakao(): pass { client } with a client from createKakaoClient().');
  }
  const scope = [...new Set([...BASE_SCOPE, ...(options.scope ?? [])])];
  return {
    id: 'kakao',
    name: 'Kakao',
    type: 'oidc',
    issuer: client.issuer,
    clientId: client.restApiKey,
    clientSecret: client.clientSecret,
    client: { token_endpoint_auth_method: client.clientSecret === undefined ? 'none' : 'client_secret_post' },
    checks: ['pkce', 'state', 'nonce'],
    authorization: { params: { scope: scope.join(' ') } },
    token: { conform: throwKakaoError(client) },
    async profile(_claims, tokens) {
      // Auth.js checked iss, aud, exp and the nonce, but not the signature: verify it here.
      const claims = await verifyIdToken(client, String(tokens.id_token), { nonce: false });
      return {
        id: claims.sub,
        name: claims.nickname ?? null,
        email: claims.email ?? null,
        image: claims.picture ?? null,
      };
    },
    // The client's own fetch when it was given one (a test's emulator), else the runtime's.
    [customFetch]: (input: RequestInfo | URL, init?: RequestInit) =>
      (client.fetch ?? fetch)(new Request(input, init)),
  };
}

/**
 * Kakao's token error as a `KakaoAuthError` (code, meaning, fix, `retryAfterMs`) instead of a bare
 * failure, built as the client builds it: the client secret is removed from every field.
 */
function throwKakaoError(client: KakaoClient) {
  return async (response: Response): Promise<Response> => {
    if (response.ok) return response;
    const text = await response.clone().text();
    const body = parseJson(text);
    if (!isRecord(body) || typeof body.error !== 'string') return response;
    const raw = {
      status: response.status,
      contentType: response.headers.get('content-type') ?? undefined,
      text,
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), client.clock()),
    };
    const secrets = client.clientSecret === undefined ? [] : [client.clientSecret];
    throw authErrorFromBody(body, raw, { what: 'POST /oauth/token', secrets });
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
