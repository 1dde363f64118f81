/**
 * What `/oauth/authorize` does once the request is valid (spec §2, §3, §23.1): find the signed-in
 * user, honour `prompt`, decide whether consent is needed, and finish with a code.
 *
 * @module
 */

import { issueCode } from '../model/codes.js';
import { agreeScopes, agreeServiceTerms, ensureLink } from '../model/links.js';
import { getLink, isUnder14 } from '../model/lookup.js';
import { tokenScopes } from '../model/scopes.js';
import { getLiveSession } from '../model/sessions.js';
import type { BrowserSession, ConsentItem, Link, ServiceTerm, TestUser } from '../model/types.js';
import { renderConsentPage } from '../pages/consent.js';
import { renderSignInPage } from '../pages/signin.js';
import type { Emulator } from '../types.js';
import { authorizeErrorPage } from './authorize-errors.js';
import { type AuthorizeRequest, errorRedirect } from './authorize-request.js';
import { readSessionCookie, redirectTo } from './redirect.js';

/** The session id used for the unattended (`autoLogin`) user. */
export const AUTO_LOGIN_SESSION = 'auto-login';

/** What the consent screen must still ask. */
export interface ConsentNeeded {
  items: ConsentItem[];
  terms: ServiceTerm[];
}

/** Consent items and service terms that still need agreement for this request (§2 "consent state"). */
export function consentNeeded(req: AuthorizeRequest, link: Link | undefined): ConsentNeeded {
  const { app, scopes } = req;
  const asked = (item: ConsentItem) =>
    scopes.includes(item.id) || (link ? item.required && !item.onDemand : !item.onDemand);
  const items = app.consentItems.filter((item) => asked(item) && !link?.agreedScopes.has(item.id));
  const candidates = req.serviceTerms ?? (link ? [] : app.serviceTerms.map((t) => t.tag));
  const terms = app.serviceTerms.filter(
    (t) => (t.required || candidates.includes(t.tag)) && !link?.serviceTerms.has(t.tag),
  );
  return { items, terms };
}

/** The unattended user's session; re-authenticated (new `auth_time`) when `reauthenticate`. */
export function autoLoginSession(emulator: Emulator, reauthenticate: boolean): BrowserSession | undefined {
  const { state, autoLoginUserId } = emulator;
  if (!autoLoginUserId || !state.users.has(autoLoginUserId)) return undefined;
  const existing = getLiveSession(state, AUTO_LOGIN_SESSION);
  if (existing && !reauthenticate) return existing;
  const now = state.clock.now();
  const session = {
    id: AUTO_LOGIN_SESSION,
    userId: autoLoginUserId,
    authTime: now,
    expiresAt: now + state.settings.keepSignedInTtlMs,
    keepSignedIn: true,
  };
  state.sessions.set(session.id, session);
  return session;
}

/** The session of this browser: the unattended user, or the cookie's session. */
export function currentSession(
  emulator: Emulator,
  request: Request,
  reauthenticate = false,
): BrowserSession | undefined {
  if (emulator.autoLoginUserId) return autoLoginSession(emulator, reauthenticate);
  return getLiveSession(emulator.state, readSessionCookie(request));
}

/**
 * Finishes an authorization: links the user (auto-link, or pre-registered when it is off), records
 * the agreed items and terms, issues a code and redirects with it (and `state`).
 */
export function completeAuthorization(
  emulator: Emulator,
  req: AuthorizeRequest,
  session: BrowserSession,
  agreed: { scopes: string[]; terms: string[] },
): Response {
  const { state } = emulator;
  const link = ensureLink(state, req.app, session.userId);
  agreeScopes(link, agreed.scopes);
  agreeServiceTerms(state, link, agreed.terms, 'KAUTH');
  const withIdToken = req.app.oidc || req.scopes.includes('openid');
  const code = issueCode(state, {
    appId: req.app.id,
    clientId: req.clientId,
    platform: req.platform,
    redirectUri: req.redirectUri,
    userId: session.userId,
    scopes: tokenScopes(req.app, link, withIdToken),
    nonce: req.nonce,
    codeChallenge: req.codeChallenge,
    withIdToken,
    authTime: session.authTime,
  });
  return redirectTo(req.redirectUri, { code: code.code, state: req.state });
}

function userBlocked(emulator: Emulator, req: AuthorizeRequest, user: TestUser): Response | undefined {
  if (req.app.members && !req.app.members.includes(user.id)) return authorizeErrorPage('KOE005');
  if (req.app.blockUnder14 && isUnder14(user, emulator.state.clock.now())) {
    return errorRedirect(req.redirectUri, 'access_denied', 'Not allowed under age 14', req.state);
  }
  return undefined;
}

/** Continues with a signed-in user: blocks, consent (page, prompt=none error, or autoLogin), code. */
export function proceedAsUser(emulator: Emulator, req: AuthorizeRequest, session: BrowserSession): Response {
  const user = emulator.state.users.get(session.userId);
  if (!user)
    return renderSignInPage({
      app: req.app,
      users: [...emulator.state.users.values()],
      authorizeQuery: req.query,
    });
  const blocked = userBlocked(emulator, req, user);
  if (blocked) return blocked;
  const link = getLink(emulator.state, req.app.id, user.id);
  const needed = consentNeeded(req, link);
  const agreeAll = { scopes: needed.items.map((i) => i.id), terms: needed.terms.map((t) => t.tag) };
  if (!needed.items.length && !needed.terms.length)
    return completeAuthorization(emulator, req, session, agreeAll);
  if (req.prompts.has('none')) return promptNoneConsentError(req, link, needed);
  if (emulator.autoLoginUserId) return completeAuthorization(emulator, req, session, agreeAll);
  return renderConsentPage({
    app: req.app,
    user,
    items: needed.items,
    terms: needed.terms,
    authorizeQuery: req.query,
  });
}

function promptNoneConsentError(
  req: AuthorizeRequest,
  link: Link | undefined,
  needed: ConsentNeeded,
): Response {
  if (!link || needed.items.length) {
    return errorRedirect(req.redirectUri, 'consent_required', 'user consent required.', req.state);
  }
  return errorRedirect(
    req.redirectUri,
    'interaction_required',
    'service terms agreement required.',
    req.state,
  );
}

/** The sign-in page for this request, pre-selecting the `login_hint` user or the current one. */
export function signInPage(emulator: Emulator, req: AuthorizeRequest, current?: BrowserSession): Response {
  const users = [...emulator.state.users.values()];
  const hinted = req.loginHint
    ? users.find((u) => u.loginId === req.loginHint || u.email === req.loginHint)
    : undefined;
  return renderSignInPage({
    app: req.app,
    users,
    selectedUserId: hinted?.id ?? current?.userId,
    authorizeQuery: req.query,
  });
}
