/**
 * `GET /oauth/authorize` (spec §3): validate, then sign-in page, consent page, error redirect or
 * a 302 with a code.
 *
 * @module
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/rest-api#request-code
 */

import type { Emulator } from '../types.js';
import { currentSession, proceedAsUser, signInPage } from './authorize-flow.js';
import { errorRedirect, validateAuthorize } from './authorize-request.js';

/** Korean "Kakao account authentication required" (the `login_required` description). */
const LOGIN_REQUIRED = '카카오계정 인증이 필요합니다.';

/**
 * Handles `GET /oauth/authorize`.
 *
 * `prompt=none` never shows a page; `prompt=login` (and `create`, `select_account`) always shows
 * the sign-in page, except in unattended mode where `login` just renews `auth_time`.
 */
export async function handleAuthorize(emulator: Emulator, request: Request): Promise<Response> {
  const validation = validateAuthorize(emulator.state, new URL(request.url).searchParams);
  if (!validation.ok) return validation.response;
  const req = validation.request;
  const forceSignIn =
    req.prompts.has('login') || req.prompts.has('create') || req.prompts.has('select_account');
  const session = currentSession(emulator, request, req.prompts.has('login'));
  if (req.prompts.has('none')) {
    return session
      ? proceedAsUser(emulator, req, session)
      : errorRedirect(req.redirectUri, 'login_required', LOGIN_REQUIRED, req.state);
  }
  if (!session || (forceSignIn && !emulator.autoLoginUserId)) return signInPage(emulator, req, session);
  return proceedAsUser(emulator, req, session);
}
