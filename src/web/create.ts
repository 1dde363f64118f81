/**
 * `createKakaoAuth`: Kakao Login for a web app as web-standard `Request → Response` handlers.
 *
 * @module
 */
import type { KakaoAuthConfig } from './config.js';
import { consentDetour, consentDetourFor, loginPath } from './consent/incremental.js';
import { resolveContext, type WebContext } from './context.js';
import { cookiesOfError } from './errors/error-cookies.js';
import { problemResponse } from './errors/error-response.js';
import { describeProblem } from './errors/problem.js';
import { KakaoWebError } from './errors/request-error.js';
import { finishLogin } from './routes/callback.js';
import { type LoginOptions, loginOptionsFromQuery, startLogin } from './routes/login.js';
import { logoutRoute } from './routes/logout.js';
import { unlinkRoute } from './routes/unlink.js';
import { unlinkWebhookRoute } from './routes/unlink-webhook.js';
import { type KakaoSession, readSession } from './session/session.js';
import type { WebTokenManager } from './tokens/manager.js';

/**
 * The handlers and helpers of one app. Every handler answers; none throws.
 *
 * @example
 * ```ts
 * declare const auth: KakaoAuth;
 * declare const request: Request;
 * const session = await auth.getSession(request);
 * ```
 */
export interface KakaoAuth {
  /** Where the routes live, e.g. `/auth/kakao`. */
  readonly basePath: string;
  /** The token manager holding each signed-in user's Kakao tokens (keyed by user id). */
  readonly tokens: WebTokenManager;
  /** Answers every route under `basePath` (`/login`, `/callback`, `/logout`, `/unlink`, `/unlink-webhook`); 404 otherwise. */
  handler(request: Request): Promise<Response>;
  /** `GET …/login`: to Kakao (options from the query, or given here). */
  login(request: Request, options?: LoginOptions): Promise<Response>;
  /** `GET …/callback`: Kakao's redirect back. */
  callback(request: Request): Promise<Response>;
  /** `POST …/logout` (CSRF token required). */
  logout(request: Request): Promise<Response>;
  /** `POST …/unlink` (CSRF token required). */
  unlink(request: Request): Promise<Response>;
  /** `POST|GET …/unlink-webhook`: Kakao's unlink callback. */
  unlinkWebhook(request: Request): Promise<Response>;
  /** The signed-in user, or `null`. */
  getSession(request: Request): Promise<KakaoSession | null>;
  /**
   * A redirect through Kakao's additional consent when the session lacks one of `scopes`
   * (or to sign-in without a session), back to this page; `null` when all are granted.
   */
  requireScopes(request: Request, scopes: readonly string[]): Promise<Response | null>;
  /** For a `-402` `KakaoApiError`: a redirect through additional consent for its `required_scopes`. */
  consentRedirect(request: Request, error: unknown): Response | null;
  /** The login path for links, e.g. `/auth/kakao/login?returnTo=%2Faccount`. */
  loginPath(options?: { returnTo?: string; scopes?: readonly string[] }): string;
  /**
   * Runs a Kakao API call with the session's access token (refreshed when needed; on `-401`
   * refreshed and, for `idempotent` calls such as reads, run once more).
   */
  withAccessToken<T>(
    session: KakaoSession,
    call: (accessToken: string) => Promise<T>,
    options?: { idempotent?: boolean | undefined },
  ): Promise<T>;
  /** The page or JSON answer for an error (what happened, how to fix it). */
  errorResponse(request: Request, error: unknown): Response;
}

type Route = (ctx: WebContext, request: Request) => Promise<Response>;

const ROUTES: ReadonlyMap<string, Route> = new Map<string, Route>([
  ['/login', (ctx, request) => startLogin(ctx, request, loginOptionsFromQuery(new URL(request.url)))],
  ['/callback', finishLogin],
  ['/logout', logoutRoute],
  ['/unlink', unlinkRoute],
  ['/unlink-webhook', unlinkWebhookRoute],
]);

/**
 * Creates the Kakao Login routes and session helpers of an app.
 *
 * @throws KakaoWebConfigError when the configuration is wrong (the message says how to fix it).
 * @example
 * ```ts
 * import { createKakaoClient } from 'kakao-oauth';
 * import { createKakaoAuth } from 'kakao-oauth/web';
 *
 * const auth = createKakaoAuth({
 *   kakao: createKakaoClient({ restApiKey: 'REST_API_KEY', adminKey: 'ADMIN_KEY' }),
 *   secrets: ['at-least-32-characters-of-random-secret'],
 * });
 * // any fetch-style server: (request) => auth.handler(request)
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api
 */
export function createKakaoAuth(config: KakaoAuthConfig): KakaoAuth {
  const ctx = resolveContext(config);
  const errorResponse = (request: Request, error: unknown) =>
    problemResponse(request, describeProblem(error), `${ctx.basePath}/login`, cookiesOfError(error));
  const answer =
    (route: Route) =>
    async (request: Request): Promise<Response> => {
      try {
        return await route(ctx, request);
      } catch (error) {
        return errorResponse(request, error);
      }
    };
  const handler = answer(async (_ctx, request) => {
    const path = new URL(request.url).pathname;
    const route = path.startsWith(`${ctx.basePath}/`)
      ? ROUTES.get(path.slice(ctx.basePath.length))
      : undefined;
    if (route === undefined) throw new KakaoWebError('not_found');
    if (path.endsWith('/login') || path.endsWith('/callback')) requireGet(request);
    return route(ctx, request);
  });
  return {
    basePath: ctx.basePath,
    tokens: ctx.tokens,
    handler,
    login: (request, options) =>
      answer((c, r) => startLogin(c, r, options ?? loginOptionsFromQuery(new URL(r.url))))(request),
    callback: answer(finishLogin),
    logout: answer(logoutRoute),
    unlink: answer(unlinkRoute),
    unlinkWebhook: answer(unlinkWebhookRoute),
    getSession: (request) => readSession(ctx, request),
    requireScopes: async (request, scopes) =>
      consentDetour(ctx, request, await readSession(ctx, request), scopes),
    consentRedirect: (request, error) => consentDetourFor(ctx, request, error),
    loginPath: (options) => loginPath(ctx, options),
    withAccessToken: (session, call, options) => ctx.tokens.call(session.userId, call, options),
    errorResponse,
  };
}

function requireGet(request: Request): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') throw new KakaoWebError('method_not_allowed');
}
