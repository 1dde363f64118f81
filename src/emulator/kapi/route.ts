/**
 * The shape of a kapi route: which methods it answers, how its caller authenticates, and its
 * handler. The constructors run authentication before the handler, so handlers only see a
 * resolved caller and the request's parameters.
 *
 * @module
 */

import { paramsOf } from '../http/params.js';
import type { Emulator } from '../types.js';
import {
  type AppCaller,
  appCaller,
  type BearerCaller,
  bearerOnlyCaller,
  type UserCaller,
  userCaller,
} from './auth.js';

/** What a handler receives. */
export interface KapiContext<C> {
  emulator: Emulator;
  request: Request;
  /** Query (GET) or query + form body (POST). */
  params: URLSearchParams;
  caller: C;
}

/** A handler over a resolved caller. */
export type KapiHandler<C> = (context: KapiContext<C>) => Response | Promise<Response>;

/** A routable endpoint. */
export interface KapiRoute {
  /** Accepted HTTP methods (upper case). */
  readonly methods: readonly string[];
  /** Authenticates, then answers; throws `KapiFailure` for Kakao errors. */
  run(emulator: Emulator, request: Request): Response | Promise<Response>;
}

type Resolver<C> = (emulator: Emulator, request: Request, params: URLSearchParams) => C;

function makeRoute<C>(methods: readonly string[], resolve: Resolver<C>, handle: KapiHandler<C>): KapiRoute {
  return {
    methods,
    run(emulator, request) {
      const answer = (params: URLSearchParams) =>
        handle({ emulator, request, params, caller: resolve(emulator, request, params) });
      // A GET needs no body: its parameters are there at once, and no promise is made.
      const params = paramsOf(request);
      return params instanceof Promise ? params.then(answer) : answer(params);
    },
  };
}

/**
 * An endpoint for `Bearer` or `KakaoAK` + `target_id_type=user_id&target_id=…`.
 *
 * @example
 * ```ts
 * import { jsonId, jsonResponse } from '../http/json.js';
 * export const logoutRoute = userRoute(['POST'], ({ caller }) => jsonResponse({ id: jsonId(caller.user.id) }));
 * ```
 */
export function userRoute(methods: readonly string[], handle: KapiHandler<UserCaller>): KapiRoute {
  return makeRoute(methods, (e, r, p) => userCaller(e.state, r, p), handle);
}

/**
 * An endpoint for `Bearer` only.
 *
 * @example
 * ```ts
 * import { jsonId, jsonResponse } from '../http/json.js';
 * export const signupRoute = bearerRoute(['POST'], ({ caller }) => jsonResponse({ id: jsonId(caller.user.id) }));
 * ```
 */
export function bearerRoute(methods: readonly string[], handle: KapiHandler<BearerCaller>): KapiRoute {
  return makeRoute(methods, (e, r, p) => bearerOnlyCaller(e.state, r, p), handle);
}

/**
 * An endpoint for `KakaoAK` only, about the app (no target user).
 *
 * @example
 * ```ts
 * import { jsonResponse } from '../http/json.js';
 * export const idsRoute = adminRoute(['GET'], ({ caller }) => jsonResponse({ app_id: caller.app.id }));
 * ```
 */
export function adminRoute(methods: readonly string[], handle: KapiHandler<AppCaller>): KapiRoute {
  return makeRoute(methods, (e, r) => appCaller(e.state, r), handle);
}
