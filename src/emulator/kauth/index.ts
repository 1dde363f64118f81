/**
 * kauth.kakao.com routes: one entry per path and method.
 *
 * @module
 */

import { routeTable } from '../http/route-table.js';
import { requestTarget } from '../http/url.js';
import { CONSENT_PATH } from '../pages/consent.js';
import { renderNotFoundPage } from '../pages/error.js';
import { SIGNIN_PATH } from '../pages/signin.js';
import type { Emulator } from '../types.js';
import { handleAuthorize } from './authorize.js';
import { handleConsent, handleSignIn } from './authorize-forms.js';
import { handleDiscovery, handleJwks } from './discovery.js';
import { handleLogout } from './logout.js';
import { handleToken } from './token.js';
import { handleTokenInfo } from './tokeninfo.js';

type Handler = (emulator: Emulator, request: Request) => Response | Promise<Response>;

/** Routes by path, then method. */
const ROUTES = routeTable<Handler>({
  '/oauth/authorize': { GET: handleAuthorize },
  [SIGNIN_PATH]: { POST: handleSignIn },
  [CONSENT_PATH]: { POST: handleConsent },
  '/oauth/token': { POST: handleToken },
  '/oauth/tokeninfo': { POST: handleTokenInfo },
  '/oauth/logout': { GET: handleLogout },
  '/.well-known/openid-configuration': { GET: handleDiscovery },
  '/.well-known/jwks.json': { GET: handleJwks },
});

function methodNotAllowed(allowed: string[]): Response {
  return new Response(null, { status: 405, headers: { allow: allowed.join(', '), 'content-length': '0' } });
}

/**
 * Answers one kauth request.
 *
 * @example
 * ```ts
 * declare const emulator: Emulator;
 * const res = await handleKauth(emulator, new Request(`${emulator.authUrl}/.well-known/jwks.json`));
 * ```
 */
export async function handleKauth(emulator: Emulator, request: Request): Promise<Response> {
  const path = requestTarget(request).pathname;
  const routes = ROUTES.get(path);
  if (!routes) return renderNotFoundPage(path);
  const method = request.method === 'HEAD' ? 'GET' : request.method;
  const handler = routes.get(method);
  return handler ? handler(emulator, request) : methodNotAllowed([...routes.keys()]);
}
