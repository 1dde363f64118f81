/**
 * `GET|POST /v2/app/users` (spec §13, admin key only): several users at once, as a bare JSON
 * array. `target_ids` (max 100, or 20 with `property_keys`) and `target_id_type=user_id` are
 * required. Ids that are unknown or not linked to the app are left out. Without `property_keys`
 * each element has only `id`, `connected_at`, `synched_at`.
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#req-user-info-multiple
 */

import { jsonResponse } from '../../http/json.js';
import { getLink, getUser } from '../../model/lookup.js';
import type { EmulatorState } from '../../model/state.js';
import type { App } from '../../model/types.js';
import { fail } from '../failure.js';
import { booleanParam, jsonIdArray, jsonStringArray } from '../params.js';
import { adminRoute } from '../route.js';
import { parseSelection, SELECT_BASE, type Selection } from '../user/selection.js';
import { userBody } from '../user/user-body.js';

/** Most ids per call without / with `property_keys`. */
export const MAX_TARGET_IDS = { plain: 100, withPropertyKeys: 20 } as const;

function targetIds(params: URLSearchParams, withKeys: boolean): string[] {
  if (params.get('target_id_type') !== 'user_id') fail(-2, 'target_id_type is required and must be user_id.');
  const ids = jsonIdArray(params, 'target_ids');
  const max = withKeys ? MAX_TARGET_IDS.withPropertyKeys : MAX_TARGET_IDS.plain;
  if (!ids || ids.length === 0)
    fail(-2, 'target_ids is required: a JSON array such as [1376016924426111111].');
  if (ids.length > max) {
    fail(
      -2,
      `target_ids holds ${ids.length} ids; at most ${max} are allowed${withKeys ? ' with property_keys' : ''}.`,
    );
  }
  return [...new Set(ids)];
}

function userOf(state: EmulatorState, app: App, id: string, selection: Selection, secure: boolean) {
  const user = getUser(state, id);
  const link = getLink(state, app.id, id);
  return user && link ? userBody({ user, app, link, secure }, selection) : undefined;
}

/** The route. */
export const appUsersRoute = adminRoute(['GET', 'POST'], '/v2/app/users', ({ emulator, params, caller }) => {
  const keys = jsonStringArray(params, 'property_keys');
  const ids = targetIds(params, keys !== undefined);
  const selection = keys === undefined ? SELECT_BASE : parseSelection(caller.app, keys);
  const secure = booleanParam(params, 'secure_resource', false);
  const users = ids.map((id) => userOf(emulator.state, caller.app, id, selection, secure));
  return jsonResponse(users.filter((u) => u !== undefined));
});
