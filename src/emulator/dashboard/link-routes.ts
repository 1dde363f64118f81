/**
 * Dashboard controls over one user's link to an app, for what the user does outside the app:
 * withdraw one consent from their Kakao account, or see a token lapse (the access or refresh
 * token expires now, so the next call gets `-401` or KOE322).
 *
 * @module
 */

import { normalizeUserId } from '../model/config.js';
import { CONTROL_SCHEMAS } from '../model/control-schemas.js';
import { revokeScopes } from '../model/links.js';
import { getLink } from '../model/lookup.js';
import type { App } from '../model/types.js';
import { ControlError, readJsonBody, reply } from '../route/json-body.js';
import type { Emulator } from '../types.js';

/** The app named by `clientId` (its REST API key), or the first app when absent. */
export function appOf(emulator: Emulator, clientId: unknown): App {
  const { apps } = emulator.state;
  const app = clientId === undefined ? apps[0] : apps.find((a) => a.restApiKey === clientId);
  if (!app) throw new ControlError('clientId must be the REST API key of a registered app');
  return app;
}

/**
 * `POST /__emulator/tokens/expire` with `{ "userId", "clientId"?, "kind": "access" | "refresh" }`:
 * every live token of that kind the user holds for the app expires now → `{ expired: n }`.
 */
export async function expireTokensRoute(emulator: Emulator, request: Request): Promise<Response> {
  const body = await readJsonBody(request, CONTROL_SCHEMAS.tokensExpire, 'tokens/expire');
  const userId = normalizeUserId(body.userId, 'userId');
  const app = appOf(emulator, body.clientId);
  if (body.kind !== 'access' && body.kind !== 'refresh')
    throw new ControlError('kind must be "access" or "refresh"');
  const { state } = emulator;
  const now = state.clock.now();
  const tokens = body.kind === 'access' ? state.accessTokens : state.refreshTokens;
  let expired = 0;
  for (const token of tokens.values()) {
    if (token.appId !== app.id || token.userId !== userId || token.expiresAt <= now) continue;
    token.expiresAt = now;
    expired++;
  }
  return reply({ expired });
}

/**
 * `POST /__emulator/users/consents/revoke` with `{ "userId", "clientId"?, "scope" }`: the user
 * withdraws one optional consent → `{ revoked: [scope] }`; a required item, or one not agreed,
 * → 400 with Kakao's message.
 */
export async function revokeConsentRoute(emulator: Emulator, request: Request): Promise<Response> {
  const body = await readJsonBody(request, CONTROL_SCHEMAS.consentsRevoke, 'users/consents/revoke');
  const userId = normalizeUserId(body.userId, 'userId');
  const app = appOf(emulator, body.clientId);
  if (typeof body.scope !== 'string' || body.scope === '')
    throw new ControlError('scope must be a consent item id such as "account_email"');
  const link = getLink(emulator.state, app.id, userId);
  if (!link) throw new ControlError('the user is not linked to the app');
  const result = revokeScopes(app, link, [body.scope]);
  if (!result.ok) throw new ControlError(result.msg);
  return reply({ revoked: result.revoked });
}
