/**
 * The emulator's dashboard at `/__emulator/`: a server-rendered page over the same state as the
 * test controls, its stylesheet and script, the live request log as server-sent events, and the
 * controls only the dashboard needed (expire a user's tokens, revoke one consent, disarm one fault). Mounted
 * by the controls router, so the controls' origin rules apply to it.
 *
 * @module
 */

import type { Emulator } from '../types.js';
import { disarmFaultRoute } from './fault-routes.js';
import { expireTokensRoute, revokeConsentRoute } from './link-routes.js';
import { logStreamRoute } from './log-stream.js';
import { DASHBOARD_HEADERS, dashboardRoute } from './page.js';
import { DASHBOARD_JS } from './script.js';
import { DASHBOARD_CSS } from './style.js';

type Handler = (emulator: Emulator, request: Request) => Response | Promise<Response>;

function asset(text: string, type: string): Handler {
  return () => new Response(text, { headers: { 'content-type': type, ...DASHBOARD_HEADERS } });
}

/** The dashboard's routes, by path under `/__emulator` and method. */
export const DASHBOARD_ROUTES: Readonly<Record<string, Partial<Record<string, Handler>>>> = {
  '/': { GET: dashboardRoute },
  '/dashboard.js': { GET: asset(DASHBOARD_JS, 'text/javascript;charset=UTF-8') },
  '/dashboard.css': { GET: asset(DASHBOARD_CSS, 'text/css;charset=UTF-8') },
  '/log/stream': { GET: logStreamRoute },
  '/tokens/expire': { POST: expireTokensRoute },
  '/users/consents/revoke': { POST: revokeConsentRoute },
  '/faults/disarm': { POST: disarmFaultRoute },
};
