/**
 * User-side events that happen outside the app: "the user disconnects the app from their Kakao
 * account settings" (unlink with `UNLINK_FROM_APPS`, firing the unlink webhook), and other
 * unlink reasons.
 *
 * @module
 */

import { normalizeUserId } from '../model/config.js';
import { CONTROL_SCHEMAS } from '../model/control-schemas.js';
import { unlink } from '../model/links.js';
import type { UnlinkReferrer } from '../model/types.js';
import { ControlError, readJsonBody, reply } from '../route/json-body.js';
import type { Emulator } from '../types.js';

/**
 * `POST /__emulator/users/disconnect` with `{ "userId": "…", "clientId"?: REST key (default: first
 * app), "referrerType"?: "UNLINK_FROM_APPS" }` → `{ unlinked: boolean }`.
 */
export async function disconnectRoute(emulator: Emulator, request: Request): Promise<Response> {
  const body = await readJsonBody(request, CONTROL_SCHEMAS.usersDisconnect, 'users/disconnect');
  const userId = normalizeUserId(body.userId, 'userId');
  const { apps } = emulator.state;
  const app = body.clientId === undefined ? apps[0] : apps.find((a) => a.restApiKey === body.clientId);
  if (!app) throw new ControlError('clientId must be the REST API key of a registered app');
  const referrer = (body.referrerType ?? 'UNLINK_FROM_APPS') as UnlinkReferrer;
  return reply({ unlinked: unlink(emulator.state, app, userId, referrer) });
}
