/**
 * `GET /v2/user/scopes` (spec §18): the user's consent list; `scopes` (JSON array) filters it.
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#check-consent
 */

import { jsonId, jsonResponse } from '../../http/json.js';
import { jsonStringArray } from '../params.js';
import { userRoute } from '../route.js';
import { scopeList } from '../user/scope-list.js';

/** The route. */
export const scopesRoute = userRoute(['GET'], '/v2/user/scopes', ({ params, caller }) => {
  const filter = jsonStringArray(params, 'scopes');
  return jsonResponse({ id: jsonId(caller.user.id), scopes: scopeList(caller.app, caller.link, filter) });
});
