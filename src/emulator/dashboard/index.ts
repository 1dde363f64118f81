/**
 * The emulator's dashboard at `/__emulator/`: a server-rendered page over the same state as the
 * test controls, its stylesheet and script, the live request log as server-sent events, and the
 * controls only the dashboard needed (expire a user's tokens, revoke one consent, disarm one
 * fault). Served by the control host beside the controls (the router joins both lists), so the
 * controls' origin rules apply to it.
 *
 * @module
 */

import { anyone, defineRoute, type Route, type RouteHandler } from '../route/route.js';
import { disarmFaultRoute } from './fault-routes.js';
import { expireTokensRoute, revokeConsentRoute } from './link-routes.js';
import { logStreamRoute } from './log-stream.js';
import { DASHBOARD_HEADERS, dashboardRoute } from './page.js';
import { DASHBOARD_JS } from './script.js';
import { DASHBOARD_CSS } from './style.js';

function asset(text: string, type: string): RouteHandler<undefined> {
  return () => new Response(text, { headers: { 'content-type': type, ...DASHBOARD_HEADERS } });
}

/** The dashboard's routes, by path under `/__emulator`. */
export const DASHBOARD_ROUTES: readonly Route<undefined>[] = [
  defineRoute('GET', '/', anyone, dashboardRoute),
  defineRoute('GET', '/dashboard.js', anyone, asset(DASHBOARD_JS, 'text/javascript;charset=UTF-8')),
  defineRoute('GET', '/dashboard.css', anyone, asset(DASHBOARD_CSS, 'text/css;charset=UTF-8')),
  defineRoute('GET', '/log/stream', anyone, logStreamRoute),
  defineRoute('POST', '/tokens/expire', anyone, expireTokensRoute),
  defineRoute('POST', '/users/consents/revoke', anyone, revokeConsentRoute),
  defineRoute('POST', '/faults/disarm', anyone, disarmFaultRoute),
];
