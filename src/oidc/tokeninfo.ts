/**
 * `POST /oauth/tokeninfo` on kauth: Kakao decodes an id_token for you — a debugging aid (§7.4).
 *
 * @module
 */
import type { KakaoClient } from '../base/config.js';
import { KakaoResponseError } from '../base/errors/response-error.js';
import { mapAuthResponse } from '../base/http/map-auth-response.js';
import { sendRequest } from '../base/http/request.js';
import { isRecord } from '../base/http/response-body.js';
import { requireText } from '../base/util/args.js';
import type { KakaoIdTokenClaims } from './claims.js';

/** Parameters of {@link getTokenInfo}. */
export interface TokenInfoParams {
  /** The id_token to inspect. */
  idToken: string;
  signal?: AbortSignal | undefined;
  /** Overall deadline of this call, retries included, in milliseconds. Default: the client's `deadlineMs`. */
  deadlineMs?: number | undefined;
}

/**
 * **Debugging only — not for production.** Asks Kakao to check an id_token and returns the
 * payload Kakao decoded. Kakao documents this endpoint as a developer tool and warns that using it
 * for production traffic may get the app blocked; it also costs a network round trip per token.
 * Verify tokens locally with {@link verifyIdToken} instead. No nonce or audience check is done here.
 *
 * @throws KakaoAuthError (`KOE400`-style `invalid_token` for a bad signature, expired or malformed
 *   token), KakaoResponseError, KakaoTransportError; TypeError when `idToken` is missing.
 * @example
 * ```ts
 * import { getTokenInfo, type KakaoClient } from 'kakao-oauth';
 * declare const kakao: KakaoClient;
 * declare const idToken: string;
 * // e.g. from a CLI while debugging a login, never on the request path
 * const payload = await getTokenInfo(kakao, { idToken });
 * console.log(payload.sub, new Date(payload.exp * 1000));
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#oidc-id-token-info
 */
export async function getTokenInfo(kakao: KakaoClient, params: TokenInfoParams): Promise<KakaoIdTokenClaims> {
  const idToken = requireText(params?.idToken, 'idToken', 'pass the id_token to inspect');
  const body = await sendRequest(
    kakao,
    {
      server: 'auth',
      method: 'POST',
      path: '/oauth/tokeninfo',
      params: { id_token: idToken },
      idempotent: true,
      signal: params.signal,
      deadlineMs: params.deadlineMs,
      secrets: [idToken],
    },
    mapAuthResponse,
  );
  if (!isRecord(body) || typeof body.sub !== 'string') {
    throw new KakaoResponseError('unexpected_body', 'POST /oauth/tokeninfo', { status: 200 });
  }
  return body as KakaoIdTokenClaims;
}
