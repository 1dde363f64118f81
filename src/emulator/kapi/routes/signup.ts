/**
 * `POST /v1/user/signup` (spec §16): manual link for apps with auto-link off. `-102` when the user
 * has already signed up (always so with auto-link on). Optional `properties` as in
 * `update_profile`; checked before anything changes.
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#signup
 */

import { jsonId, jsonResponse } from '../../http/json.js';
import { setProperties, signUp } from '../../model/links.js';
import { fail } from '../failure.js';
import { jsonStringRecord } from '../params.js';
import { bearerRoute } from '../route.js';

/** The route: Bearer only. */
export const signupRoute = bearerRoute(['POST'], '/v1/user/signup', ({ params, caller }) => {
  const properties = jsonStringRecord(params, 'properties') ?? {};
  if (caller.link.hasSignedUp) fail(-102);
  const written = setProperties(caller.app, caller.link, properties);
  if (!written.ok) fail(written.code, written.msg);
  signUp(caller.link);
  return jsonResponse({ id: jsonId(caller.user.id) });
});
