/**
 * `GET /v1/user/ids` (spec §14, admin key only): the app's user ids, a page at a time.
 * `limit` 1–100 (default 100), `from_id` inclusive start, `order` `asc`|`desc`. `before_url` /
 * `after_url` are `http://` URLs carrying `app_key` (the REST API key), `null` at the ends; each
 * starts exactly at the first id of that page, so following them never repeats an id.
 * 100 calls per minute per app → 429 `-10` while rate limits are on.
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#user-list
 */

import { jsonId, jsonResponse } from '../../http/json.js';
import { takeRateLimit } from '../../model/ratelimit.js';
import type { App } from '../../model/types.js';
import { compareUserIds, linkedUserIds } from '../../model/user-ids.js';
import type { Emulator } from '../../types.js';
import { fail } from '../failure.js';
import { integerParam, userIdParam } from '../params.js';
import { adminRoute } from '../route.js';

type Order = 'asc' | 'desc';

function readOrder(params: URLSearchParams): Order {
  const order = params.get('order') || 'asc';
  if (order !== 'asc' && order !== 'desc') fail(-2, 'order must be asc or desc.');
  return order;
}

function pageUrl(emulator: Emulator, app: App, limit: number, order: Order, fromId: string): string {
  const url = new URL(`${emulator.apiUrl}/v1/user/ids`);
  url.protocol = 'http:';
  const query = new URLSearchParams({
    limit: String(limit),
    order,
    from_id: fromId,
    app_key: app.restApiKey,
  });
  return `${url.href}?${query}`;
}

interface Page {
  page: string[];
  /** First id of the previous page (reading backwards), if any. */
  before: string | undefined;
  /** First id of the next page, if any. */
  after: string | undefined;
}

/**
 * Cuts one page out of `ids` (already in the requested order), starting at `fromId` inclusive.
 *
 * @example
 * ```ts
 * slicePage(['1', '2', '3'], '2', 1, 'asc'); // { page: ['2'], before: '1', after: '3' }
 * ```
 */
export function slicePage(
  ids: readonly string[],
  fromId: string | undefined,
  limit: number,
  order: Order,
): Page {
  const sign = order === 'asc' ? 1 : -1;
  const found = fromId === undefined ? 0 : ids.findIndex((id) => compareUserIds(id, fromId) * sign >= 0);
  const start = found === -1 ? ids.length : found;
  return { page: ids.slice(start, start + limit), before: ids[start - 1], after: ids[start + limit] };
}

function orderedIds(emulator: Emulator, app: App, order: Order): string[] {
  const ids = linkedUserIds(emulator.state, app.id);
  return order === 'asc' ? ids : ids.reverse();
}

/** The route. */
export const userIdsRoute = adminRoute(['GET'], '/v1/user/ids', ({ emulator, params, caller }) => {
  const { state } = emulator;
  if (!takeRateLimit(state, `kapi:user-ids:${caller.app.id}`, state.settings.userIdsPerMinute, 60_000)) {
    fail(-10, 'API limit has been exceeded.', { status: 429 });
  }
  const limit = integerParam(params, 'limit', 1, 100) ?? 100;
  const order = readOrder(params);
  const ids = orderedIds(emulator, caller.app, order);
  const { page, before, after } = slicePage(ids, userIdParam(params, 'from_id'), limit, order);
  const url = (from: string, o: Order) => pageUrl(emulator, caller.app, limit, o, from);
  return jsonResponse({
    elements: page.map(jsonId),
    before_url: before === undefined ? null : url(before, order === 'asc' ? 'desc' : 'asc'),
    after_url: after === undefined ? null : url(after, order),
  });
});
