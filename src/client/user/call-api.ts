/**
 * One kapi call on behalf of a caller; every user endpoint goes through here.
 *
 * @module
 */
import type { KakaoClient } from '../../base/config.js';
import { KakaoResponseError } from '../../base/errors/response-error.js';
import type { Params } from '../../base/http/form.js';
import { mapApiResponse } from '../../base/http/map-api-response.js';
import { sendRequest } from '../../base/http/request.js';
import { isRecord } from '../../base/http/response-body.js';
import type { CallerAuth } from './caller.js';

/**
 * A kapi call without its authentication.
 *
 * @example
 * ```ts
 * const call: ApiCall = { method: 'GET', path: '/v2/user/scopes', idempotent: true };
 * ```
 */
export interface ApiCall {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly params?: Params | undefined;
  readonly idempotent: boolean;
  readonly signal?: AbortSignal | undefined;
  readonly deadlineMs?: number | undefined;
}

/**
 * Per-call options every user API accepts.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * await getUser(kakao, { accessToken, signal: AbortSignal.timeout(3000) });
 * ```
 */
export interface CallOptions {
  /** Cancels the call (and any retry wait). */
  signal?: AbortSignal | undefined;
  /** Overall deadline of this call, retries included, in milliseconds. Default: the client's `deadlineMs`. */
  deadlineMs?: number | undefined;
}

/**
 * Sends `call` to kapi with the caller's header and parameters; returns the JSON body.
 *
 * @example
 * ```ts
 * import { callerAuth } from './caller.js';
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * const body = await callApi(kakao, callerAuth(kakao, { accessToken }), {
 *   method: 'GET', path: '/v1/user/access_token_info', idempotent: true,
 * });
 * ```
 */
export async function callApi(kakao: KakaoClient, auth: CallerAuth, call: ApiCall): Promise<unknown> {
  return sendRequest(
    kakao,
    {
      server: 'api',
      method: call.method,
      path: call.path,
      params: { ...auth.params, ...call.params },
      authorization: auth.authorization,
      idempotent: call.idempotent,
      signal: call.signal,
      deadlineMs: call.deadlineMs,
      secrets: auth.secrets,
    },
    mapApiResponse,
  );
}

/**
 * Like {@link callApi}, but insists on a JSON object body.
 *
 * @throws KakaoResponseError `unexpected_body` for anything else.
 * @example
 * ```ts
 * import type { CallerAuth } from './caller.js';
 * declare const kakao: KakaoClient;
 * declare const auth: CallerAuth;
 * const body = await callApiObject(kakao, auth, { method: 'POST', path: '/v1/user/logout', idempotent: false });
 * ```
 */
export async function callApiObject(
  kakao: KakaoClient,
  auth: CallerAuth,
  call: ApiCall,
): Promise<Record<string, unknown>> {
  const body = await callApi(kakao, auth, call);
  if (!isRecord(body))
    throw new KakaoResponseError('unexpected_body', `${call.method} ${call.path}`, { status: 200 });
  return body;
}
