/**
 * kauth.kakao.com routes on the emulator's one route contract (`route/route.ts`), one line each.
 * Kakao's JSON errors thrown as `KauthFailure` become responses here, in one place; the
 * authorization endpoints answer with HTML error pages, which they return.
 *
 * @module
 */

import { KauthFailure, kauthErrorResponse } from '../http/kauth-error.js';
import { requestTarget } from '../http/url.js';
import { CONSENT_PATH } from '../pages/consent.js';
import { renderNotFoundPage } from '../pages/error.js';
import { SIGNIN_PATH } from '../pages/signin.js';
import { anyone, defineRoute, type Host, routeTable } from '../route/route.js';
import { handleAuthorize } from './authorize.js';
import { handleConsent, handleSignIn } from './authorize-forms.js';
import { handleDiscovery, handleJwks } from './discovery.js';
import { handleLogout } from './logout.js';
import { handleToken } from './token.js';
import { handleTokenInfo } from './tokeninfo.js';

/** The kauth host: every endpoint (one line each), and its answers besides them. */
export const KAUTH_HOST: Host = {
  routes: routeTable([
    defineRoute('GET', '/oauth/authorize', anyone, handleAuthorize),
    defineRoute('POST', SIGNIN_PATH, anyone, handleSignIn),
    defineRoute('POST', CONSENT_PATH, anyone, handleConsent),
    defineRoute('POST', '/oauth/token', anyone, handleToken),
    defineRoute('POST', '/oauth/tokeninfo', anyone, handleTokenInfo),
    defineRoute('GET', '/oauth/logout', anyone, handleLogout),
    defineRoute('GET', '/.well-known/openid-configuration', anyone, handleDiscovery),
    defineRoute('GET', '/.well-known/jwks.json', anyone, handleJwks),
  ]),
  pathOf: (request) => requestTarget(request).pathname,
  methodOf: (method) => (method === 'HEAD' ? 'GET' : method),
  notFound: renderNotFoundPage,
  methodNotAllowed: (_method, allowed) =>
    new Response(null, { status: 405, headers: { allow: allowed.join(', '), 'content-length': '0' } }),
  failed(error) {
    if (error instanceof KauthFailure) return kauthErrorResponse(error);
    throw error;
  },
};
