/**
 * `POST /v1/user/logout` (spec §10): Bearer → that access token and its refresh token die;
 * admin key → every token of the target user for the app. The browser session stays.
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#logout
 */

import { jsonId, jsonResponse } from '../../http/json.js';
import { revokeTokenChain, revokeUserTokens } from '../../model/tokens.js';
import { userRoute } from '../route.js';

/** The route: `{id}` after revoking. */
export const logoutRoute = userRoute(['POST'], '/v1/user/logout', ({ emulator, caller }) => {
  if (caller.mode === 'bearer') revokeTokenChain(emulator.state, caller.accessToken);
  else revokeUserTokens(emulator.state, caller.app.id, caller.user.id);
  return jsonResponse({ id: jsonId(caller.user.id) });
});
