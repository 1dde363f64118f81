/**
 * kapi routes on the emulator's one route contract (`route/route.ts`): each constructor declares
 * how the caller authenticates, and that runs before the handler, so a handler only sees a
 * resolved caller and the request's parameters.
 *
 * @module
 */

import { readParams } from '../http/params.js';
import { defineRoute, type Route } from '../route/route.js';
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

/** An admitted kapi call: the request's parameters and the caller they resolved. */
export interface KapiCall<C> {
  params: URLSearchParams;
  caller: C;
}

type Resolver<C> = (emulator: Emulator, request: Request, params: URLSearchParams) => C;

function kapiRoute<C>(
  methods: readonly string[],
  path: string,
  resolve: Resolver<C>,
  handle: KapiHandler<C>,
): Route<KapiCall<C>> {
  return defineRoute(
    methods,
    path,
    (emulator, request) =>
      readParams(request).then((params) => ({ params, caller: resolve(emulator, request, params) })),
    (emulator, request, { params, caller }) => handle({ emulator, request, params, caller }),
  );
}

/**
 * An endpoint for `Bearer` or `KakaoAK` + `target_id_type=user_id&target_id=…`.
 *
 * @example
 * ```ts
 * import { jsonId, jsonResponse } from '../http/json.js';
 * export const logoutRoute = userRoute(['POST'], '/v1/user/logout', ({ caller }) =>
 *   jsonResponse({ id: jsonId(caller.user.id) }),
 * );
 * ```
 */
export function userRoute(
  methods: readonly string[],
  path: string,
  handle: KapiHandler<UserCaller>,
): Route<KapiCall<UserCaller>> {
  return kapiRoute(methods, path, (e, r, p) => userCaller(e.state, r, p), handle);
}

/**
 * An endpoint for `Bearer` only.
 *
 * @example
 * ```ts
 * import { jsonId, jsonResponse } from '../http/json.js';
 * export const signupRoute = bearerRoute(['POST'], '/v1/user/signup', ({ caller }) =>
 *   jsonResponse({ id: jsonId(caller.user.id) }),
 * );
 * ```
 */
export function bearerRoute(
  methods: readonly string[],
  path: string,
  handle: KapiHandler<BearerCaller>,
): Route<KapiCall<BearerCaller>> {
  return kapiRoute(methods, path, (e, r, p) => bearerOnlyCaller(e.state, r, p), handle);
}

/**
 * An endpoint for `KakaoAK` only, about the app (no target user).
 *
 * @example
 * ```ts
 * import { jsonResponse } from '../http/json.js';
 * export const idsRoute = adminRoute(['GET'], '/v1/user/ids', ({ caller }) =>
 *   jsonResponse({ app_id: caller.app.id }),
 * );
 * ```
 */
export function adminRoute(
  methods: readonly string[],
  path: string,
  handle: KapiHandler<AppCaller>,
): Route<KapiCall<AppCaller>> {
  return kapiRoute(methods, path, (e, r) => appCaller(e.state, r), handle);
}
