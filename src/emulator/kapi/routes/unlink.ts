/**
 * `POST /v1/user/unlink` (spec §11): ends the link, drops consents, terms and properties, and
 * revokes every token of the user for the app. `-101` when the user is not linked (checked while
 * authenticating). Whether the unlink webhook fires is the model's rule: not for the app's own
 * API call (referrer `API`), as Kakao documents.
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#unlink
 */

import { jsonId, jsonResponse } from '../../http/json.js';
import { unlink } from '../../model/links.js';
import { fail } from '../failure.js';
import { userRoute } from '../route.js';

/** The route: `{id}` of the unlinked user. */
export const unlinkRoute = userRoute(['POST'], '/v1/user/unlink', ({ emulator, caller }) => {
  if (!unlink(emulator.state, caller.app, caller.user.id, 'API')) fail(-101);
  return jsonResponse({ id: jsonId(caller.user.id) });
});
