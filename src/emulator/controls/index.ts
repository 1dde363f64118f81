/**
 * Test controls under `/__emulator/` (never part of Kakao's surface). JSON in, JSON out; bad input
 * → 400 `{ "error": "…" }`.
 *
 * @module
 */

import { DASHBOARD_ROUTES } from '../dashboard/index.js';
import { routeTable } from '../http/route-table.js';
import type { Emulator } from '../types.js';
import { reply } from './body.js';
import { armFaultRoute, clearFaultsRoute, listFaultsRoute } from './fault-routes.js';
import { refuseUntrusted } from './guard.js';
import { clearLogRoute, getLogRoute, webhooksRoute } from './log-routes.js';
import { configRoute, resetRoute, seedRoute, settingsRoute } from './state-routes.js';
import { getClockRoute, rotateKeysRoute, setClockRoute } from './time-routes.js';
import { disconnectRoute } from './user-routes.js';

/** The reserved path prefix. */
export const controlsPrefix = '/__emulator';

type Handler = (emulator: Emulator, request: Request) => Response | Promise<Response>;

const ROUTES = routeTable<Handler>({
  '/reset': { POST: resetRoute },
  '/seed': { POST: seedRoute },
  '/config': { GET: configRoute },
  '/settings': { POST: settingsRoute },
  '/clock': { GET: getClockRoute, POST: setClockRoute },
  '/keys/rotate': { POST: rotateKeysRoute },
  '/faults': { GET: listFaultsRoute, POST: armFaultRoute, DELETE: clearFaultsRoute },
  '/log': { GET: getLogRoute, DELETE: clearLogRoute },
  '/webhooks': { GET: webhooksRoute },
  '/users/disconnect': { POST: disconnectRoute },
  ...DASHBOARD_ROUTES,
});

/** Answers one control request. */
export async function handleControls(emulator: Emulator, request: Request): Promise<Response> {
  const refused = refuseUntrusted(emulator, request);
  if (refused) return refused;
  const path = new URL(request.url).pathname.slice(controlsPrefix.length) || '/';
  const routes = ROUTES.get(path);
  if (!routes) return reply({ error: `unknown control ${path}; see docs/emulator.md` }, 404);
  const handler = routes.get(request.method);
  if (!handler) return reply({ error: `method ${request.method} not allowed on ${path}` }, 405);
  try {
    return await handler(emulator, request);
  } catch (error) {
    if (error instanceof TypeError) return reply({ error: error.message }, 400);
    throw error;
  }
}
