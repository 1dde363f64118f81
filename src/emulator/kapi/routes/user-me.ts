/**
 * `GET|POST /v2/user/me` (spec §12): the user as the app's consent state allows, for a Bearer
 * token or the admin key with a target. `property_keys` filters, `secure_resource=true` turns
 * image URLs to `https://`. The rendered body is cached per link and variant, and reused only
 * while every input it was built from is unchanged (see `user/body-cache.ts`).
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#req-user-info
 */

import { jsonTextResponse } from '../../http/json.js';
import { booleanParam, jsonStringArray } from '../params.js';
import { userRoute } from '../route.js';
import { cachedBody } from '../user/body-cache.js';
import { parseSelection, SELECT_ALL } from '../user/selection.js';
import { userBodyJson } from '../user/user-body.js';

/** The route. */
export const userMeRoute = userRoute(['GET', 'POST'], '/v2/user/me', ({ params, caller }) => {
  const keys = jsonStringArray(params, 'property_keys');
  const selection = keys === undefined ? SELECT_ALL : parseSelection(caller.app, keys);
  const secure = booleanParam(params, 'secure_resource', false);
  const { user, app, link } = caller;
  const view = { user, app, link, secure };
  const variant = keys === undefined ? `${secure}` : `${secure}|${JSON.stringify(keys)}`;
  const { text, bytes } = cachedBody(view, variant, () => userBodyJson(view, selection));
  return jsonTextResponse(text, 200, bytes);
});
