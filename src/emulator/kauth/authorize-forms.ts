/**
 * The forms of the sign-in and consent pages (`POST /oauth/authorize/signin`,
 * `POST /oauth/authorize/consent`). Each carries the original authorize query, validated again.
 *
 * @module
 */

import { readParams } from '../http/params.js';
import { getLink } from '../model/lookup.js';
import { createSession, endSession } from '../model/sessions.js';
import { renderConsentPage } from '../pages/consent.js';
import { renderSignInPage } from '../pages/signin.js';
import type { Emulator } from '../types.js';
import {
  type ConsentNeeded,
  completeAuthorization,
  consentNeeded,
  currentSession,
  proceedAsUser,
} from './authorize-flow.js';
import { type AuthorizeRequest, errorRedirect, validateAuthorize } from './authorize-request.js';
import { readSessionCookie, sessionCookie } from './redirect.js';

/** Reads a form and validates the authorize request it carries. */
async function readForm(emulator: Emulator, request: Request) {
  const form = await readParams(request);
  const validation = validateAuthorize(
    emulator.state,
    new URLSearchParams(form.get('authorize_query') ?? ''),
  );
  return { form, validation };
}

/** Handles the sign-in form: starts a session (cookie) and continues the authorization. */
export async function handleSignIn(emulator: Emulator, request: Request): Promise<Response> {
  const { form, validation } = await readForm(emulator, request);
  if (!validation.ok) return validation.response;
  const req = validation.request;
  const user = emulator.state.users.get(form.get('user_id') ?? '');
  if (!user) {
    const users = [...emulator.state.users.values()];
    const problem = '테스트 계정을 선택하세요. / Choose a test account.';
    return renderSignInPage({ app: req.app, users, authorizeQuery: req.query, problem, status: 400 });
  }
  endSession(emulator.state, readSessionCookie(request));
  const session = createSession(emulator.state, user.id, form.get('keep_signed_in') === 'true');
  const response = proceedAsUser(emulator, req, session);
  response.headers.append('set-cookie', sessionCookie(session, emulator.state.clock.now()));
  return response;
}

/** Cancel → `access_denied` with Kakao's description (spec §3.4). */
function cancelRedirect(req: AuthorizeRequest): Response {
  return errorRedirect(req.redirectUri, 'access_denied', 'User denied access', req.state);
}

function chosen(form: URLSearchParams, name: string, offered: string[], all: boolean): string[] {
  if (all) return offered;
  const picked = new Set(form.getAll(name));
  return offered.filter((id) => picked.has(id));
}

/** The message naming the required terms and items left unticked, in both languages; or none. */
function missingRequired(needed: ConsentNeeded, scopes: string[], terms: string[]): string | undefined {
  const missing = [
    ...needed.terms
      .filter((t) => t.required && !terms.includes(t.tag))
      .map((t) => ({ ko: t.title, en: t.titleEn ?? t.title })),
    ...needed.items
      .filter((i) => i.required && !scopes.includes(i.id))
      .map((i) => ({ ko: i.displayName, en: i.displayNameEn ?? i.displayName })),
  ];
  if (!missing.length) return undefined;
  const ko = missing.map((m) => m.ko).join(', ');
  const en = missing.map((m) => m.en).join(', ');
  return `필수 항목에 동의해 주세요: ${ko}. / Agree to the required items: ${en}.`;
}

/** Handles the consent form: cancel → `access_denied`; agree → link, code, redirect. */
export async function handleConsent(emulator: Emulator, request: Request): Promise<Response> {
  const { form, validation } = await readForm(emulator, request);
  if (!validation.ok) return validation.response;
  const req = validation.request;
  const session = currentSession(emulator, request);
  if (!session) return proceedWithoutSession(emulator, req);
  const action = form.get('action');
  if (action === 'cancel') return cancelRedirect(req);
  const needed = consentNeeded(req, getLink(emulator.state, req.app.id, session.userId));
  const all = action === 'agree_all';
  const scopes = chosen(
    form,
    'scope',
    needed.items.map((i) => i.id),
    all,
  );
  const terms = chosen(
    form,
    'service_terms',
    needed.terms.map((t) => t.tag),
    all,
  );
  const problem = missingRequired(needed, scopes, terms);
  if (problem) {
    const user = emulator.state.users.get(session.userId)!;
    return renderConsentPage({
      app: req.app,
      user,
      ...needed,
      authorizeQuery: req.query,
      problem,
      status: 400,
      ticked: { scopes, terms },
    });
  }
  return completeAuthorization(emulator, req, session, { scopes, terms });
}

function proceedWithoutSession(emulator: Emulator, req: AuthorizeRequest): Response {
  const users = [...emulator.state.users.values()];
  const problem = '로그인이 만료되었습니다. 다시 로그인하세요. / Your session expired; sign in again.';
  return renderSignInPage({ app: req.app, users, authorizeQuery: req.query, problem, status: 400 });
}
