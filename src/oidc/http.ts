/**
 * Fetching OIDC documents on the authorization server through the client's transport (timeout,
 * abort, retries of idempotent GETs, size cap, error mapping).
 *
 * @module
 */
import type { KakaoClient } from '../base/config.js';
import { KakaoResponseError } from '../base/errors/response-error.js';
import { mapAuthResponse } from '../base/http/map-auth-response.js';
import { sendRequest } from '../base/http/request.js';
import { isRecord } from '../base/http/response-body.js';

/** Options of one metadata request. */
export interface MetadataRequestOptions {
  /** Aborts the request (combined with the client's timeout). */
  signal?: AbortSignal | undefined;
  /** Overall deadline of this call, retries included, in milliseconds. Default: the client's `deadlineMs`. */
  deadlineMs?: number | undefined;
}

/** The path of `uri` below `kakao.authUrl`, or `undefined` when it is not on the auth server. */
export function pathOnAuthServer(kakao: KakaoClient, uri: string): string | undefined {
  return uri.startsWith(`${kakao.authUrl}/`) ? uri.slice(kakao.authUrl.length) : undefined;
}

/**
 * GETs a JSON object from the auth server.
 *
 * @throws KakaoTransportError, KakaoResponseError (also when the JSON is not an object),
 *   KakaoAuthError for an OAuth error body.
 */
export async function getAuthJsonObject(
  kakao: KakaoClient,
  path: string,
  options: MetadataRequestOptions = {},
): Promise<Record<string, unknown>> {
  const body = await sendRequest(
    kakao,
    {
      server: 'auth',
      method: 'GET',
      path,
      idempotent: true,
      signal: options.signal,
      deadlineMs: options.deadlineMs,
    },
    mapAuthResponse,
  );
  if (!isRecord(body)) throw new KakaoResponseError('unexpected_body', `GET ${path}`, { status: 200 });
  return body;
}
