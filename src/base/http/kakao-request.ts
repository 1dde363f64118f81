/**
 * The public transport: one call to kauth or kapi, mapped with that server's error format.
 *
 * @module
 */
import type { KakaoClient } from '../config.js';
import { mapApiResponse } from './map-api-response.js';
import { mapAuthResponse } from './map-auth-response.js';
import { type KakaoRequest, sendRequest } from './request.js';

/**
 * Sends `request` and returns the JSON body of a 2xx answer (kapi bodies read losslessly: ids
 * beyond 2^53 become decimal strings). For calls this library does not wrap.
 *
 * @throws KakaoAuthError, KakaoApiError, KakaoResponseError or KakaoTransportError.
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * const me = await kakaoRequest(kakao, {
 *   server: 'api', method: 'GET', path: '/v2/user/me', idempotent: true,
 *   authorization: `Bearer ${accessToken}`, secrets: [accessToken],
 * });
 * ```
 */
export function kakaoRequest(kakao: KakaoClient, request: KakaoRequest): Promise<unknown> {
  return sendRequest(kakao, request, request.server === 'auth' ? mapAuthResponse : mapApiResponse);
}
