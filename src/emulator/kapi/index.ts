/**
 * kapi.kakao.com routes (spec §0 rows 7, 9–22): one file per endpoint under `routes/`, declared
 * with their path, methods and caller (`route.ts`) and listed here, one line each. Kakao errors
 * thrown as `KapiFailure` become `{msg, code}` responses here, in one place; browser callers get
 * CORS headers. Faults and the request log are applied by the
 * router around this handler.
 *
 * @module
 */

import { kapiError } from '../http/kapi-error.js';
import { requestTarget } from '../http/url.js';
import { type Host, routeTable } from '../route/route.js';
import { preflight, withCors } from './cors.js';
import { failureResponse, KapiFailure } from './failure.js';
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

/** The kapi host: every endpoint (one line each), and its answers besides them. */
export const KAPI_HOST: Host = {
  routes: routeTable([
    oidcUserInfoRoute,
    accessTokenInfoRoute,
    logoutRoute,
    unlinkRoute,
    userMeRoute,
    appUsersRoute,
    userIdsRoute,
    updateProfileRoute,
    signupRoute,
    shippingAddressRoute,
    scopesRoute,
    revokeScopesRoute,
    serviceTermsRoute,
    revokeServiceTermsRoute,
    upgradeServiceTermsRoute,
  ]),
  pathOf: (request) => requestTarget(request).pathname,
  methodOf: (method) => (method === 'HEAD' ? 'GET' : method),
  preflight,
  notFound: (path) => kapiError(-9, `api not found: ${path}`, { status: 404 }),
  methodNotAllowed(method, allowed) {
    const response = kapiError(-2, `Request method '${method}' not supported`, { status: 405 });
    response.headers.set('allow', allowed.join(', '));
    return response;
  },
  failed(error) {
    if (error instanceof KapiFailure) return failureResponse(error);
    throw error;
  },
  finish: withCors,
};
