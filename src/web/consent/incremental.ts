/**
 * Incremental consent: when a page needs consent items the user has not granted (or a kapi call
 * answered `-402` with `required_scopes`), send the user through Kakao's additional-consent
 * authorize and back to the page.
 *
 * @module
 */
import { KakaoApiError } from '../../base/errors/api-error.js';
import type { WebContext } from '../context.js';
import { MAX_RETURN_TO_LENGTH } from '../http/origin.js';
import { redirect } from '../http/respond.js';
import type { KakaoSession } from '../session/session.js';

/**
 * The login URL (a path) that asks for `scopes` and comes back to `returnTo`.
 *
 * @example
 * ```ts
 * declare const ctx: WebContext;
 * loginPath(ctx, { returnTo: '/account', scopes: ['account_email'] });
 * // '/auth/kakao/login?returnTo=%2Faccount&scope=account_email'
 * ```
 */
export function loginPath(
  ctx: WebContext,
  options: { returnTo?: string; scopes?: readonly string[] } = {},
): string {
  const query = new URLSearchParams();
  if (options.returnTo !== undefined) query.set('returnTo', options.returnTo);
  if (options.scopes !== undefined && options.scopes.length > 0) query.set('scope', options.scopes.join(','));
  const text = query.toString();
  return `${ctx.basePath}/login${text === '' ? '' : `?${text}`}`;
}

/**
 * The scopes of `needed` that the session lacks (all of them without a session).
 *
 * @example
 * ```ts
 * declare const session: KakaoSession | null;
 * missingScopes(session, ['account_email']);
 * ```
 */
export function missingScopes(session: KakaoSession | null, needed: readonly string[]): string[] {
  return needed.filter((scope) => !session?.scopes.includes(scope));
}

/**
 * A redirect through additional consent for the scopes the session lacks, back to the request's
 * own page (without its query when the whole is too long to keep; to `afterLoginPath` when even
 * the path is); `null` when nothing is missing.
 *
 * @example
 * ```ts
 * declare const ctx: WebContext;
 * declare const request: Request;
 * declare const session: KakaoSession | null;
 * const detour = consentDetour(ctx, request, session, ['account_email']);
 * ```
 */
export function consentDetour(
  ctx: WebContext,
  request: Request,
  session: KakaoSession | null,
  needed: readonly string[],
): Response | null {
  const missing = missingScopes(session, needed);
  if (missing.length === 0) return null;
  const url = new URL(request.url);
  const returnTo = [`${url.pathname}${url.search}`, url.pathname].find(
    (candidate) => candidate.length <= MAX_RETURN_TO_LENGTH,
  );
  return redirect(loginPath(ctx, { returnTo, scopes: missing }));
}

/**
 * A redirect through additional consent for a `-402` error's `required_scopes`; `null` for any
 * other error.
 *
 * @example
 * ```ts
 * declare const ctx: WebContext;
 * declare const request: Request;
 * declare const error: unknown;
 * const detour = consentDetourFor(ctx, request, error);
 * ```
 */
export function consentDetourFor(ctx: WebContext, request: Request, error: unknown): Response | null {
  if (!(error instanceof KakaoApiError) || error.apiCode !== -402 || error.requiredScopes.length === 0) {
    return null;
  }
  return consentDetour(ctx, request, null, error.requiredScopes);
}
