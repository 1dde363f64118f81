/**
 * Validating an `/oauth/authorize` request (spec §3.1, §3.3, §3.4). Problems with the client or
 * the redirect URI are pages (the redirect target is not trusted yet); problems after that are
 * redirects with `error` (and `state`).
 *
 * @module
 */

import { findAppByClientId } from '../model/lookup.js';
import { configuredScopeIds, parseList } from '../model/scopes.js';
import type { EmulatorState } from '../model/state.js';
import type { App, Platform } from '../model/types.js';
import { authorizeErrorPage, quoteForPage } from './authorize-errors.js';
import { redirectTo } from './redirect.js';

/** A validated authorize request. */
export interface AuthorizeRequest {
  app: App;
  platform: Platform;
  clientId: string;
  redirectUri: string;
  /** Scope ids asked for through `scope` (may include `openid`). */
  scopes: string[];
  prompts: Set<string>;
  loginHint?: string | undefined;
  /** Tags asked for through `service_terms` (undefined = all of the app's terms). */
  serviceTerms?: string[] | undefined;
  state?: string | undefined;
  nonce?: string | undefined;
  codeChallenge?: string | undefined;
  /** The original query string, carried through the sign-in and consent forms. */
  query: string;
}

/** Either a valid request or the response that ends it (page or redirect). */
export type AuthorizeValidation = { ok: true; request: AuthorizeRequest } | { ok: false; response: Response };

const PROMPTS = new Set(['none', 'login', 'create', 'select_account', 'cert']);
const CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

function refused(response: Response): AuthorizeValidation {
  return { ok: false, response };
}

/** An error redirect to a trusted redirect URI, with `state` when the request had one. */
export function errorRedirect(
  redirectUri: string,
  error: string,
  description: string,
  state?: string,
): Response {
  return redirectTo(redirectUri, { error, error_description: description, state });
}

function checkClient(
  state: EmulatorState,
  params: URLSearchParams,
): AuthorizeValidation | ReturnType<typeof findAppByClientId> {
  const clientId = params.get('client_id');
  if (!clientId) return refused(authorizeErrorPage('KOE207', 'client_id'));
  const match = findAppByClientId(state, clientId);
  if (!match) return refused(authorizeErrorPage('KOE101'));
  if (!match.app.loginEnabled) return refused(authorizeErrorPage('KOE004'));
  return match;
}

function checkResponseType(params: URLSearchParams): Response | undefined {
  const responseType = params.get('response_type');
  if (!responseType) return authorizeErrorPage('KOE207', 'response_type');
  if (responseType === 'token') return authorizeErrorPage('KOE202');
  if (responseType !== 'code')
    return authorizeErrorPage('KOE201', `Unsupported response type: ${responseType}`);
  return undefined;
}

function checkChannels(app: App, params: URLSearchParams): Response | undefined {
  const channels = parseList(params.get('channel_public_id'));
  const linked = app.channelPublicIds ?? [];
  const unknown = channels.filter((id) => !linked.includes(id));
  return unknown.length ? authorizeErrorPage('KOE102', unknown.join(',')) : undefined;
}

function checkScopesAndPrompt(
  app: App,
  scopes: string[],
  prompts: string[],
  terms?: string[],
): Response | undefined {
  const configured = configuredScopeIds(app);
  const unknown = scopes.filter((id) => id !== 'openid' && !configured.has(id));
  if (unknown.length) return authorizeErrorPage('KOE205', unknown.join(','));
  const badPrompt = prompts.find((p) => !PROMPTS.has(p));
  if (badPrompt || (prompts.includes('none') && prompts.length > 1)) {
    return authorizeErrorPage('KOE204', `prompt=${prompts.join(',')}`);
  }
  const unknownTerms = terms?.filter((tag) => !app.serviceTerms.some((t) => t.tag === tag)) ?? [];
  if (unknownTerms.length) return authorizeErrorPage('KOE205', `service_terms=${unknownTerms.join(',')}`);
  return undefined;
}

function checkPkce(params: URLSearchParams, redirectUri: string, state?: string): Response | undefined {
  const challenge = params.get('code_challenge');
  const method = params.get('code_challenge_method');
  if (!challenge && !method) return undefined;
  if (method !== 'S256') {
    return errorRedirect(redirectUri, 'invalid_request', 'code_challenge_method must be S256.', state);
  }
  if (!challenge || !CHALLENGE.test(challenge)) {
    return errorRedirect(
      redirectUri,
      'invalid_request',
      'code_challenge must be base64url(SHA-256(verifier)).',
      state,
    );
  }
  return undefined;
}

/**
 * Validates the query of `/oauth/authorize`.
 *
 * @example
 * ```ts
 * declare const state: EmulatorState;
 * declare const url: URL;
 * const v = validateAuthorize(state, url.searchParams);
 * const failure = v.ok ? undefined : v.response;
 * ```
 */
export function validateAuthorize(state: EmulatorState, params: URLSearchParams): AuthorizeValidation {
  const client = checkClient(state, params);
  if (!client || 'ok' in client) return client ?? refused(authorizeErrorPage('KOE101'));
  const redirectUri = params.get('redirect_uri');
  if (!redirectUri) return refused(authorizeErrorPage('KOE207', 'redirect_uri'));
  if (!client.app.redirectUris.includes(redirectUri)) {
    return refused(authorizeErrorPage('KOE006', `redirect_uri=${quoteForPage(redirectUri)}`));
  }
  const responseTypeProblem = checkResponseType(params);
  if (responseTypeProblem) return refused(responseTypeProblem);
  const scopes = parseList(params.get('scope'));
  const prompts = parseList(params.get('prompt'));
  const terms = params.has('service_terms') ? parseList(params.get('service_terms')) : undefined;
  const scopeProblem =
    checkScopesAndPrompt(client.app, scopes, prompts, terms) ?? checkChannels(client.app, params);
  if (scopeProblem) return refused(scopeProblem);
  const stateParam = params.get('state') ?? undefined;
  const pkceProblem = checkPkce(params, redirectUri, stateParam);
  if (pkceProblem) return refused(pkceProblem);
  return {
    ok: true,
    request: {
      app: client.app,
      platform: client.platform,
      clientId: params.get('client_id')!,
      redirectUri,
      scopes,
      prompts: new Set(prompts),
      loginHint: params.get('login_hint') ?? undefined,
      serviceTerms: terms,
      state: stateParam,
      nonce: params.get('nonce') ?? undefined,
      codeChallenge: params.get('code_challenge') ?? undefined,
      query: params.toString(),
    },
  };
}
