/**
 * The user object of `/v2/user/me` and `/v2/app/users` (spec §12.2), with `id` as a string.
 *
 * @module
 */
import { KakaoResponseError } from '../../base/errors/response-error.js';
import { isRecord } from '../../base/http/response-body.js';
import type { KakaoAccount } from './kakao-account.js';
import { idFromBody } from './user-id.js';

/**
 * A Kakao user as the API returns it; field names are Kakao's, `id` is a decimal string.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * const user: KakaoUser = await getUser(kakao, { accessToken });
 * console.log(user.id); // decimal string
 * ```
 */
export interface KakaoUser {
  /** App-scoped user id (회원번호), decimal string (exceeds 2^53). */
  id: string;
  /** Only when the app disabled auto-link: false = pre-registered, true = signed up. */
  has_signed_up?: boolean;
  /** When the user linked to the app, RFC 3339 UTC. */
  connected_at?: string;
  /** When the user signed up via Kakao Sync, RFC 3339 UTC. */
  synched_at?: string;
  /** Custom properties (`update_profile`) and the legacy nickname/profile_image/thumbnail_image. */
  properties?: Record<string, string>;
  kakao_account?: KakaoAccount;
  /** `{ uuid }` for apps with the Talk Message permission. */
  for_partner?: { uuid?: string; [extra: string]: unknown };
  group_user_token?: string;
  [extra: string]: unknown;
}

/**
 * Reads a user object from a lossless-parsed body, turning `id` into a decimal string.
 *
 * @throws KakaoResponseError when the body is not a user object.
 * @example
 * ```ts
 * toKakaoUser({ id: '1376016924426111111', connected_at: '2024-05-29T08:00:00Z' }, 'GET /v2/user/me');
 * ```
 */
export function toKakaoUser(body: unknown, what: string): KakaoUser {
  if (!isRecord(body)) throw new KakaoResponseError('unexpected_body', what, { status: 200 });
  return { ...body, id: idFromBody(body.id, what) } as KakaoUser;
}
