/**
 * The URL that starts a Kakao Login: `GET {authUrl}/oauth/authorize` (spec §3.1).
 *
 * @module
 */
import type { KakaoClient } from '../../base/config.js';

/**
 * Values of `prompt` (§3.1); other strings pass through for forward compatibility.
 *
 * @example
 * ```ts
 * const prompt: KakaoPrompt[] = ['login'];
 * ```
 */
export type KakaoPrompt = 'login' | 'none' | 'create' | 'select_account' | (string & {});

/**
 * Parameters of {@link buildAuthorizationUrl}. All optional except a redirect URI (here or in config).
 *
 * @example
 * ```ts
 * const params: AuthorizationParams = { scope: ['openid'], prompt: ['login'], state: generateState() };
 * ```
 */
export interface AuthorizationParams {
  /** Where Kakao sends the user back. Default: `redirectUri` of the client config. */
  redirectUri?: string | undefined;
  /** Consent items (scope ids) to ask for, e.g. `['account_email', 'openid']`. Sent comma-joined. */
  scope?: readonly string[] | undefined;
  /** `login`, `none`, `create`, `select_account`. Sent comma-joined. */
  prompt?: readonly KakaoPrompt[] | undefined;
  /** Pre-fills the Kakao account login page (email, phone number or Kakao Mail id). */
  loginHint?: string | undefined;
  /** Kakao Sync service-term tags to present. Sent comma-joined. */
  serviceTerms?: readonly string[] | undefined;
  /** CSRF value echoed back; use {@link generateState}. */
  state?: string | undefined;
  /** OIDC nonce copied into the id_token; use {@link generateNonce}. */
  nonce?: string | undefined;
  /** PKCE challenge from {@link generatePkce}. */
  codeChallenge?: string | undefined;
  /** PKCE method; Kakao supports only `S256` (the default when a challenge is given). */
  codeChallengeMethod?: 'S256' | undefined;
  /** Kakao Talk Channel public ids to offer on the consent screen. Sent comma-joined. */
  channelPublicId?: readonly string[] | undefined;
  /** Extra query parameters Kakao may add later; must not repeat a parameter named above. */
  extra?: Readonly<Record<string, string>> | undefined;
}

const RESERVED = new Set([
  'client_id',
  'redirect_uri',
  'response_type',
  'scope',
  'prompt',
  'login_hint',
  'service_terms',
  'state',
  'nonce',
  'code_challenge',
  'code_challenge_method',
  'channel_public_id',
]);

/**
 * Builds the Kakao authorize URL (`response_type=code`) with every documented parameter.
 *
 * @throws TypeError when no redirect URI is known, a list item is empty or contains a comma, the
 *   PKCE method is not `S256`, or `extra` repeats a named parameter.
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * const state = generateState();
 * const pkce = await generatePkce();
 * const url = buildAuthorizationUrl(kakao, {
 *   scope: ['openid', 'account_email'],
 *   state,
 *   codeChallenge: pkce.codeChallenge,
 * });
 * // redirect the browser to url.href
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#request-code
 */
export function buildAuthorizationUrl(kakao: KakaoClient, params: AuthorizationParams = {}): URL {
  const url = new URL(`${kakao.authUrl}/oauth/authorize`);
  const query = url.searchParams;
  query.set('client_id', kakao.restApiKey);
  query.set('redirect_uri', requireRedirectUri(params.redirectUri ?? kakao.redirectUri));
  query.set('response_type', 'code');
  setList(query, 'scope', params.scope);
  setList(query, 'prompt', params.prompt);
  setText(query, 'login_hint', params.loginHint);
  setList(query, 'service_terms', params.serviceTerms);
  setText(query, 'state', params.state);
  setText(query, 'nonce', params.nonce);
  setPkce(query, params);
  setList(query, 'channel_public_id', params.channelPublicId);
  setExtra(query, params.extra);
  return url;
}

function requireRedirectUri(value: string | undefined): string {
  if (value === undefined || value === '') {
    throw new TypeError('redirectUri is required: pass it here or as redirectUri in createKakaoClient.');
  }
  return value;
}

function setText(query: URLSearchParams, name: string, value: string | undefined): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || value === '') throw new TypeError(`${name} must be a non-empty string.`);
  query.set(name, value);
}

function setList(query: URLSearchParams, name: string, values: readonly string[] | undefined): void {
  if (values === undefined) return;
  if (!Array.isArray(values)) throw new TypeError(`${name} must be an array of strings, e.g. ['a', 'b'].`);
  for (const value of values) {
    if (typeof value !== 'string' || value.trim() === '' || /[,\s]/.test(value)) {
      throw new TypeError(`${name} items must be non-empty strings without commas or spaces.`);
    }
  }
  if (values.length > 0) query.set(name, [...new Set(values)].join(','));
}

function setPkce(query: URLSearchParams, params: AuthorizationParams): void {
  const method = params.codeChallengeMethod;
  if (method !== undefined && method !== 'S256') {
    throw new TypeError(`codeChallengeMethod must be 'S256' (the only method Kakao supports).`);
  }
  if (params.codeChallenge === undefined) {
    if (method !== undefined) throw new TypeError('codeChallengeMethod was given without codeChallenge.');
    return;
  }
  setText(query, 'code_challenge', params.codeChallenge);
  query.set('code_challenge_method', 'S256');
}

function setExtra(query: URLSearchParams, extra: Readonly<Record<string, string>> | undefined): void {
  for (const [name, value] of Object.entries(extra ?? {})) {
    if (RESERVED.has(name)) {
      throw new TypeError(`extra.${name} repeats a named parameter: use the named option instead.`);
    }
    query.set(name, String(value));
  }
}
