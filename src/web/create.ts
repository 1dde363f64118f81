/**
 * `createKakaoAuth`: Kakao Login for a web app as web-standard `Request → Response` handlers.
 *
 * @module
 */
import type { KakaoAuthConfig, WebErrorEvent } from './config.js';
import { consentDetour, consentDetourFor, loginPath } from './consent/incremental.js';
import { resolveContext, type WebContext } from './context.js';
import { cookiesOfError } from './errors/error-cookies.js';
import { problemResponse } from './errors/error-response.js';
import { describeProblem, type WebProblem } from './errors/problem.js';
import { KakaoWebError } from './errors/request-error.js';
import { finishLogin } from './routes/callback.js';
import { type LoginOptions, loginOptionsFromQuery, startLogin } from './routes/login.js';
import { logoutRoute } from './routes/logout.js';
import { unlinkRoute } from './routes/unlink.js';
import { unlinkWebhookRoute } from './routes/unlink-webhook.js';
import { endUser, type KakaoSession, readSession } from './session/session.js';
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
  /** `GET|POST …/login`: to Kakao (options from the query, or given here). */
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
  /**
   * Ends every session of a user and forgets their tokens, as the unlink webhook does: for your own
   * admin actions, or the token manager's "tokens ended" hook.
   */
  endUser(userId: string): Promise<void>;
}

/** A route: the methods it answers (others get 405 `method_not_allowed`) and what it does. */
interface Route {
  readonly methods: readonly string[];
  readonly run: (ctx: WebContext, request: Request) => Promise<Response>;
}

/** A login may also be a form's POST (a button that must not be prefetched); its body is not read. */
const LOGIN: readonly string[] = Object.freeze(['GET', 'HEAD', 'POST']);
/** Kakao redirects back with a GET; a HEAD must not trade the code and start a session. */
const CALLBACK: readonly string[] = Object.freeze(['GET']);
const loginRoute = (options?: LoginOptions): Route => ({
  methods: LOGIN,
  run: (ctx, request) => startLogin(ctx, request, options ?? loginOptionsFromQuery(new URL(request.url))),
});
const callbackRoute: Route = { methods: CALLBACK, run: finishLogin };
const logout: Route = { methods: ['POST'], run: logoutRoute };
const unlink: Route = { methods: ['POST'], run: unlinkRoute };
const unlinkWebhook: Route = { methods: ['POST', 'GET'], run: unlinkWebhookRoute };

const ROUTES: ReadonlyMap<string, Route> = new Map<string, Route>([
  ['/login', loginRoute()],
  ['/callback', callbackRoute],
  ['/logout', logout],
  ['/unlink', unlink],
  ['/unlink-webhook', unlinkWebhook],
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
  const answerProblem = (request: Request, error: unknown, problem: WebProblem) =>
    problemResponse(request, problem, `${ctx.basePath}/login`, cookiesOfError(error));
  const errorResponse = (request: Request, error: unknown) =>
    answerProblem(request, error, describeProblem(error));
  const fail = (request: Request, error: unknown): Response => {
    const problem = describeProblem(error);
    const response = answerProblem(request, error, problem);
    report(ctx, error, { method: request.method, path: new URL(request.url).pathname, problem });
    return response;
  };
  const run = async (route: Route | undefined, request: Request): Promise<Response> => {
    try {
      if (route === undefined) throw new KakaoWebError('not_found');
      if (!route.methods.includes(request.method)) {
        const response = fail(request, new KakaoWebError('method_not_allowed'));
        response.headers.set('allow', route.methods.join(', '));
        return response;
      }
      return await route.run(ctx, request);
    } catch (error) {
      return fail(request, error);
    }
  };
  const answer = (route: Route) => (request: Request) => run(route, request);
  return {
    basePath: ctx.basePath,
    tokens: ctx.tokens,
    handler: (request) => run(routeOf(ctx.basePath, request), request),
    login: (request, options) => run(loginRoute(options), request),
    callback: answer(callbackRoute),
    logout: answer(logout),
    unlink: answer(unlink),
    unlinkWebhook: answer(unlinkWebhook),
    getSession: (request) => readSession(ctx, request),
    requireScopes: async (request, scopes) =>
      consentDetour(ctx, request, await readSession(ctx, request), scopes),
    consentRedirect: (request, error) => consentDetourFor(ctx, request, error),
    loginPath: (options) => loginPath(ctx, options),
    withAccessToken: (session, call, options) => ctx.tokens.call(session.userId, call, options),
    errorResponse,
    endUser: (userId) => endUser(ctx, userId),
  };
}

/** Hands a route's error to `onError` without waiting for it or letting it fail the answer. */
function report(ctx: WebContext, error: unknown, event: WebErrorEvent): void {
  if (ctx.onError === undefined) return;
  try {
    Promise.resolve(ctx.onError(error, event)).catch(() => undefined);
  } catch {
    // a throwing onError changes nothing
  }
}

/** The route a request's path names under `basePath`, if any. */
function routeOf(basePath: string, request: Request): Route | undefined {
  const path = new URL(request.url).pathname;
  return path.startsWith(`${basePath}/`) ? ROUTES.get(path.slice(basePath.length)) : undefined;
}
