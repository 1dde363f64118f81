/**
 * Listing the app's user ids (admin): `GET /v1/user/ids` (spec §14), with paging.
 *
 * @module
 */
import type { KakaoClient } from '../../base/config.js';
import { KakaoResponseError } from '../../base/errors/response-error.js';
import type { Params } from '../../base/http/form.js';
import { type CallOptions, callApiObject } from '../user/call-api.js';
import { adminAuth } from '../user/caller.js';
import { idFromBody, userIdParam } from '../user/user-id.js';

/**
 * Options of {@link listUserIds}.
 *
 * @example
 * ```ts
 * const options: ListUserIdsOptions = { limit: 100, order: 'desc' };
 * ```
 */
export interface ListUserIdsOptions extends CallOptions {
  /** Page size 1–100 (Kakao's default 100). */
  limit?: number | undefined;
  /** Start from this id (inclusive). */
  fromId?: string | bigint | undefined;
  /** `asc` (default) or `desc`. */
  order?: 'asc' | 'desc' | undefined;
}

/**
 * One page of user ids.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * const page: UserIdPage = await listUserIds(kakao);
 * if (page.after_url !== null) console.log("more pages: use listUserIdPages");
 * ```
 */
export interface UserIdPage {
  /** User ids, decimal strings (they exceed 2^53). */
  elements: string[];
  /** Kakao's URL of the previous page, or `null`. */
  before_url: string | null;
  /** Kakao's URL of the next page, or `null`. */
  after_url: string | null;
  [extra: string]: unknown;
}

/**
 * Reads one page of the app's user ids. Kakao allows 100 calls per minute per app (`-10`, 429).
 *
 * @throws KakaoApiError, KakaoResponseError, KakaoTransportError; TypeError without `adminKey`
 *   or with a bad `limit`.
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * const page = await listUserIds(kakao, { limit: 100 });
 * console.log(page.elements); // ['1376016924426111111', …]
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#user-list
 */
export async function listUserIds(kakao: KakaoClient, options: ListUserIdsOptions = {}): Promise<UserIdPage> {
  const { limit, fromId, order } = options;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 100)) {
    throw new TypeError('limit must be an integer from 1 to 100.');
  }
  const params = { limit, from_id: fromId === undefined ? undefined : userIdParam(fromId), order };
  return fetchPage(kakao, '/v1/user/ids', params, options);
}

/**
 * Iterates over pages of user ids, following Kakao's `after_url` (its query is sent to the
 * configured `apiUrl`, with the admin key header) until it is `null`.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare function sync(userId: string): Promise<void>;
 * for await (const page of listUserIdPages(kakao, { limit: 100 })) {
 *   for (const id of page.elements) await sync(id);
 * }
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#user-list
 */
export async function* listUserIdPages(
  kakao: KakaoClient,
  options: ListUserIdsOptions = {},
): AsyncGenerator<UserIdPage> {
  let page = await listUserIds(kakao, options);
  const seen = new Set<string>();
  for (;;) {
    yield page;
    const next = page.after_url;
    if (next === null || seen.has(next)) return;
    seen.add(next);
    page = await fetchPage(kakao, `/v1/user/ids${queryOf(next)}`, {}, options);
  }
}

function queryOf(url: string): string {
  try {
    return new URL(url).search;
  } catch {
    throw new KakaoResponseError('unexpected_body', 'GET /v1/user/ids', { status: 200 });
  }
}

async function fetchPage(
  kakao: KakaoClient,
  path: string,
  params: Params,
  options: CallOptions,
): Promise<UserIdPage> {
  const what = 'GET /v1/user/ids';
  const body = await callApiObject(kakao, adminAuth(kakao), {
    method: 'GET',
    path,
    params,
    idempotent: true,
    signal: options.signal,
    deadlineMs: options.deadlineMs,
  });
  if (!Array.isArray(body.elements)) throw new KakaoResponseError('unexpected_body', what, { status: 200 });
  return {
    ...body,
    elements: body.elements.map((id) => idFromBody(id, what)),
    before_url: typeof body.before_url === 'string' ? body.before_url : null,
    after_url: typeof body.after_url === 'string' ? body.after_url : null,
  };
}
