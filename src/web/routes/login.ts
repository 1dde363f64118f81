/**
 * `GET {basePath}/login`: starts a login attempt (state, nonce, PKCE S256) and sends the browser
 * to Kakao's authorize page.
 *
 * @module
 */
import { buildAuthorizationUrl, generateNonce, generatePkce, generateState } from '../../client/index.js';
import { checkScopes, type WebContext } from '../context.js';
import { KakaoWebConfigError } from '../errors/config-error.js';
import { KakaoWebError } from '../errors/request-error.js';
import { appOrigin, safeReturnTo } from '../http/origin.js';
import { redirect } from '../http/respond.js';
import { saveTransaction } from '../transaction/transaction.js';

/**
 * Options of a login: what to ask Kakao for, and where to come back.
 *
 * @example
 * ```ts
 * const options: LoginOptions = { returnTo: '/account', scopes: ['account_email'], prompt: ['login'] };
 * ```
 */
export interface LoginOptions {
  /** A path on this site to land on afterwards. Default: `afterLoginPath`. */
  returnTo?: string | undefined;
  /** Consent items to ask for in addition to the configured ones (incremental consent). */
  scopes?: readonly string[] | undefined;
  /** `login`, `none`, `create`, `select_account`. */
  prompt?: readonly string[] | undefined;
  /** Pre-fills Kakao's login page. */
  loginHint?: string | undefined;
  /** Kakao Sync service-term tags to show. */
  serviceTerms?: readonly string[] | undefined;
}

const list = (value: string | null) => (value === null || value === '' ? undefined : value.split(','));

/**
 * Reads login options from the login URL's query (`returnTo`, `scope`, `prompt`, `login_hint`,
 * `service_terms`).
 *
 * @example
 * ```ts
 * loginOptionsFromQuery(new URL('http://a.test/auth/kakao/login?returnTo=/me&scope=account_email'));
 * ```
 */
export function loginOptionsFromQuery(url: URL): LoginOptions {
  const q = url.searchParams;
  return {
    returnTo: q.get('returnTo') ?? undefined,
    scopes: list(q.get('scope')),
    prompt: list(q.get('prompt')),
    loginHint: q.get('login_hint') ?? undefined,
    serviceTerms: list(q.get('service_terms')),
  };
}

/**
 * Starts a login: a redirect to Kakao with a fresh attempt cookie.
 *
 * @throws KakaoWebError `bad_return_to`; TypeError-free: bad query values become 400 answers.
 * @example
 * ```ts
 * declare const ctx: WebContext;
 * declare const request: Request;
 * const response = await startLogin(ctx, request, { returnTo: '/account' });
 * ```
 */
export async function startLogin(
  ctx: WebContext,
  request: Request,
  options: LoginOptions,
): Promise<Response> {
  const origin = appOrigin(request, ctx.baseUrl);
  const returnTo = safeReturnTo(options.returnTo, origin, ctx.afterLoginPath);
  const redirectUri = ctx.redirectUri ?? `${origin}${ctx.basePath}/callback`;
  const scopes = loginScopes(ctx, options.scopes);
  const [state, nonce, pkce] = [generateState(), generateNonce(), await generatePkce()];
  let url: URL;
  try {
    url = buildAuthorizationUrl(ctx.kakao, {
      redirectUri,
      scope: scopes,
      prompt: options.prompt,
      loginHint: options.loginHint,
      serviceTerms: options.serviceTerms,
      state,
      nonce,
      codeChallenge: pkce.codeChallenge,
    });
  } catch (cause) {
    throw new KakaoWebError('bad_login_request', { cause });
  }
  const tx = { state, nonce, codeVerifier: pkce.codeVerifier, redirectUri, returnTo };
  return redirect(url.href, [await saveTransaction(ctx, request, tx)]);
}

/** Configured scopes plus the extra ones (Kakao asks only for what is not agreed yet). */
function loginScopes(ctx: WebContext, extra: readonly string[] | undefined): string[] {
  if (extra === undefined) return [...ctx.scopes];
  try {
    checkScopes(extra);
  } catch (error) {
    if (error instanceof KakaoWebConfigError) throw new KakaoWebError('bad_login_request');
    throw error;
  }
  return [...new Set([...ctx.scopes, ...extra])];
}
