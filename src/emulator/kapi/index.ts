/**
 * kapi.kakao.com routes (spec §0 rows 7, 9–22): one file per endpoint under `routes/`, dispatched
 * here by path and method. Kakao errors thrown as `KapiFailure` become `{msg, code}` responses
 * in one place; browser callers get CORS headers. Faults and the request log are applied by the
 * router around this handler.
 *
 * @module
 */

import { kapiError } from '../http/kapi-error.js';
import { requestTarget } from '../http/url.js';
import type { Emulator } from '../types.js';
import { preflight, withCors } from './cors.js';
import { failureResponse, KapiFailure } from './failure.js';
import type { KapiRoute } from './route.js';
import { accessTokenInfoRoute } from './routes/access-token-info.js';
import { appUsersRoute } from './routes/app-users.js';
import { logoutRoute } from './routes/logout.js';
import { oidcUserInfoRoute } from './routes/oidc-userinfo.js';
import { revokeScopesRoute } from './routes/revoke-scopes.js';
import { revokeServiceTermsRoute } from './routes/revoke-service-terms.js';
import { scopesRoute } from './routes/scopes.js';
import { serviceTermsRoute } from './routes/service-terms.js';
import { shippingAddressRoute } from './routes/shipping-address.js';
import { signupRoute } from './routes/signup.js';
import { unlinkRoute } from './routes/unlink.js';
import { updateProfileRoute } from './routes/update-profile.js';
import { upgradeServiceTermsRoute } from './routes/upgrade-service-terms.js';
import { userIdsRoute } from './routes/user-ids.js';
import { userMeRoute } from './routes/user-me.js';

/** Every kapi endpoint by path (a `Map`: the path comes from the request). */
export const KAPI_ROUTES: ReadonlyMap<string, KapiRoute> = new Map(
  Object.entries({
    '/v1/oidc/userinfo': oidcUserInfoRoute,
    '/v1/user/access_token_info': accessTokenInfoRoute,
    '/v1/user/logout': logoutRoute,
    '/v1/user/unlink': unlinkRoute,
    '/v2/user/me': userMeRoute,
    '/v2/app/users': appUsersRoute,
    '/v1/user/ids': userIdsRoute,
    '/v1/user/update_profile': updateProfileRoute,
    '/v1/user/signup': signupRoute,
    '/v1/user/shipping_address': shippingAddressRoute,
    '/v2/user/scopes': scopesRoute,
    '/v2/user/revoke/scopes': revokeScopesRoute,
    '/v2/user/service_terms': serviceTermsRoute,
    '/v2/user/revoke/service_terms': revokeServiceTermsRoute,
    '/v2/user/upgrade/service_terms': upgradeServiceTermsRoute,
  }),
);

function notFound(path: string): Response {
  return kapiError(-9, `api not found: ${path}`, { status: 404 });
}

function methodNotAllowed(method: string, route: KapiRoute): Response {
  const response = kapiError(-2, `Request method '${method}' not supported`, { status: 405 });
  response.headers.set('allow', route.methods.join(', '));
  return response;
}

/**
 * Answers one kapi request.
 *
 * @example
 * ```ts
 * declare const emulator: Emulator;
 * declare const accessToken: string;
 * const response = await handleKapi(emulator, new Request(`${emulator.apiUrl}/v2/user/me`, {
 *   headers: { authorization: `Bearer ${accessToken}` },
 * }));
 * ```
 */
export async function handleKapi(emulator: Emulator, request: Request): Promise<Response> {
  return kapiResponse(emulator, request);
}

/**
 * {@link handleKapi} without a promise when the route answered synchronously (the router's
 * path: every kapi GET route does).
 *
 * @example
 * ```ts
 * declare const emulator: Emulator;
 * declare const request: Request;
 * const answer = kapiResponse(emulator, request);
 * const response = answer instanceof Promise ? await answer : answer;
 * ```
 */
export function kapiResponse(emulator: Emulator, request: Request): Response | Promise<Response> {
  const response = answer(emulator, request);
  return response instanceof Promise
    ? response.then((r) => withCors(request, r))
    : withCors(request, response);
}

function answer(emulator: Emulator, request: Request): Response | Promise<Response> {
  const path = requestTarget(request).pathname;
  const route = KAPI_ROUTES.get(path);
  if (!route) return notFound(path);
  if (request.method === 'OPTIONS') return preflight(request, route.methods);
  const method = request.method === 'HEAD' ? 'GET' : request.method;
  if (!route.methods.includes(method)) return methodNotAllowed(request.method, route);
  let response: Response | Promise<Response>;
  try {
    response = route.run(emulator, request);
  } catch (error) {
    return failed(error);
  }
  return response instanceof Promise ? response.catch(failed) : response;
}

/** A Kakao error thrown by a route, as its response; anything else is rethrown. */
function failed(error: unknown): Response {
  if (error instanceof KapiFailure) return failureResponse(error);
  throw error;
}
