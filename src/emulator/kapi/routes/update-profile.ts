/**
 * `POST /v1/user/update_profile` (spec §15): writes custom properties. Keys must be the app's
 * property keys (`-201` "user property not found ([k] for appId=…)"); the default keys
 * `nickname`, `profile_image`, `thumbnail_image` are not writable since 2022 and get the same
 * `-201`.
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#save-user-properties
 */

import { jsonId, jsonResponse } from '../../http/json.js';
import { setProperties } from '../../model/links.js';
import { fail } from '../failure.js';
import { jsonStringRecord } from '../params.js';
import { bearerRoute } from '../route.js';

/** The route: Bearer only, `properties` required. */
export const updateProfileRoute = bearerRoute(['POST'], '/v1/user/update_profile', ({ params, caller }) => {
  const properties = jsonStringRecord(params, 'properties');
  if (!properties || Object.keys(properties).length === 0) {
    fail(-2, 'properties is required: a JSON object such as {"grade":"gold"}.');
  }
  const result = setProperties(caller.app, caller.link, properties);
  if (!result.ok) fail(result.code, result.msg);
  return jsonResponse({ id: jsonId(caller.user.id) });
});
