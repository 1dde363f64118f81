/**
 * `GET /oauth/logout` (spec §8): ends the Kakao account browser session and redirects to a
 * registered logout redirect URI with `state`. Does not revoke tokens. Auto-confirms (no page).
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#logout-of-service-and-kakaoaccount
 */

import { findAppByClientId } from '../model/lookup.js';
import { endSession } from '../model/sessions.js';
import type { Emulator } from '../types.js';
import { authorizeErrorPage, quoteForPage } from './authorize-errors.js';
import { AUTO_LOGIN_SESSION } from './authorize-flow.js';
import { clearedSessionCookie, readSessionCookie, redirectTo } from './redirect.js';

/** Handles `GET /oauth/logout`. */
export function handleLogout(emulator: Emulator, request: Request): Response {
  const params = new URL(request.url).searchParams;
  const clientId = params.get('client_id');
  if (!clientId) return authorizeErrorPage('KOE207', 'client_id');
  const match = findAppByClientId(emulator.state, clientId);
  if (!match) return authorizeErrorPage('KOE101');
  const target = params.get('logout_redirect_uri');
  if (!target) return authorizeErrorPage('KOE207', 'logout_redirect_uri');
  if (!match.app.logoutRedirectUris.includes(target)) {
    return authorizeErrorPage('KOE007', `logout_redirect_uri=${quoteForPage(target)}`);
  }
  endSession(emulator.state, readSessionCookie(request));
  endSession(emulator.state, AUTO_LOGIN_SESSION);
  const state = params.get('state') ?? undefined;
  return redirectTo(target, { state }, { 'set-cookie': clearedSessionCookie() });
}
