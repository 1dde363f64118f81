/**
 * Reading Kakao's unlink notification ("연결 끊기 알림"): the `KakaoAK {admin key}` check in constant
 * time and the form/query fields, shared by the web route and the framework integrations.
 *
 * @module
 */
import { readTextLimited } from '../../base/http/body.js';
import { timingSafeEqual } from '../../client/authorize/constant-time.js';
import type { UnlinkEvent } from '../config.js';
import { KakaoWebError } from '../errors/request-error.js';

/** Largest webhook body read, in bytes (with or without a `Content-Length`). */
const MAX_BODY_BYTES = 4096;

/**
 * Authenticates and parses one unlink notification (`GET` query or `POST` form).
 *
 * @param adminKey The app's primary admin key; `undefined` refuses every request.
 * @throws KakaoWebError `webhook_unauthorized` (wrong or missing `Authorization: KakaoAK …`, or no
 *   admin key configured), `webhook_bad_request` (no numeric `user_id`), `body_too_large` (over
 *   4 KiB; the read stops there, chunked or not), `method_not_allowed`.
 * @example
 * ```ts
 * declare const request: Request;
 * declare const adminKey: string; // the app's primary admin key
 * const event = await readUnlinkNotification(request, adminKey);
 * console.log(event.userId); // decimal string, exact
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/callback#unlink
 */
export async function readUnlinkNotification(
  request: Request,
  adminKey: string | undefined,
): Promise<UnlinkEvent> {
  if (request.method !== 'POST' && request.method !== 'GET') throw new KakaoWebError('method_not_allowed');
  const sent = request.headers.get('authorization') ?? '';
  if (adminKey === undefined || !timingSafeEqual(sent, `KakaoAK ${adminKey}`)) {
    throw new KakaoWebError('webhook_unauthorized');
  }
  const params = new URL(request.url).searchParams;
  if (request.method === 'POST') {
    const text = await readTextLimited(request, MAX_BODY_BYTES, () => new KakaoWebError('body_too_large'));
    for (const [name, value] of new URLSearchParams(text)) params.set(name, value);
  }
  const userId = params.get('user_id');
  if (userId === null || !/^\d{1,20}$/.test(userId)) throw new KakaoWebError('webhook_bad_request');
  return {
    userId,
    appId: params.get('app_id') ?? undefined,
    referrerType: params.get('referrer_type') ?? undefined,
  };
}
