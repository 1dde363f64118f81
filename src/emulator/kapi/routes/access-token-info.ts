/**
 * `GET /v1/user/access_token_info` (spec §9): `{id, expires_in, app_id}` for a live Bearer token.
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#get-token-info
 */

import { jsonId, jsonResponse } from '../../http/json.js';
import { remainingSeconds } from '../../model/tokens.js';
import { bearerRoute } from '../route.js';

/** The route: Bearer only; `expires_in` is the whole seconds left (Kakao's "minus one" values). */
export const accessTokenInfoRoute = bearerRoute(
  ['GET'],
  '/v1/user/access_token_info',
  ({ emulator, caller }) =>
    jsonResponse({
      id: jsonId(caller.user.id),
      expires_in: remainingSeconds(caller.accessToken.expiresAt, emulator.state.clock.now()),
      app_id: caller.app.id,
    }),
);
