/**
 * `POST /v2/user/revoke/scopes` (spec §19): withdraws consents. A required item → 403 `-3`
 * "[id] is not revocable…"; an unknown or not-agreed id → 400 `-2` "There is no scopes to
 * revoke…". Answers with the updated consent list.
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#revoke-consent
 */

import { jsonId, jsonResponse } from '../../http/json.js';
import { revokeScopes } from '../../model/links.js';
import { fail } from '../failure.js';
import { jsonStringArray } from '../params.js';
import { userRoute } from '../route.js';
import { scopeList } from '../user/scope-list.js';

/** The route. */
export const revokeScopesRoute = userRoute(['POST'], '/v2/user/revoke/scopes', ({ params, caller }) => {
  const scopes = jsonStringArray(params, 'scopes');
  if (!scopes || scopes.length === 0) fail(-2, 'scopes is required: a JSON array such as ["account_email"].');
  const result = revokeScopes(caller.app, caller.link, scopes);
  if (!result.ok) fail(result.code, result.msg);
  return jsonResponse({ id: jsonId(caller.user.id), scopes: scopeList(caller.app, caller.link) });
});
