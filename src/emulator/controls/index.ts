/**
 * Test controls under `/__emulator/` (never part of Kakao's surface). JSON in, JSON out; bad input
 * → 400 `{ "error": "…" }`. The control host admits only trusted callers (see `guard.ts`) before
 * any route, so its routes are open to {@link anyone} it admitted.
 *
 * @module
 */

import { reply } from '../route/json-body.js';
import { anyone, defineRoute, type Host, type Route, routeTable } from '../route/route.js';
import { armFaultRoute, clearFaultsRoute, listFaultsRoute } from './fault-routes.js';
import { refuseUntrusted } from './guard.js';
import { clearLogRoute, getLogRoute, webhooksRoute } from './log-routes.js';
import { configRoute, resetRoute, seedRoute, settingsRoute } from './state-routes.js';
import { getClockRoute, rotateKeysRoute, setClockRoute } from './time-routes.js';
import { disconnectRoute } from './user-routes.js';

/** The reserved path prefix. */
export const controlsPrefix = '/__emulator';

/** The test controls, by path under {@link controlsPrefix}. */
export const CONTROL_ROUTES: readonly Route<undefined>[] = [
  defineRoute('POST', '/reset', anyone, resetRoute),
  defineRoute('POST', '/seed', anyone, seedRoute),
  defineRoute('GET', '/config', anyone, configRoute),
  defineRoute('POST', '/settings', anyone, settingsRoute),
  defineRoute('GET', '/clock', anyone, getClockRoute),
  defineRoute('POST', '/clock', anyone, setClockRoute),
  defineRoute('POST', '/keys/rotate', anyone, rotateKeysRoute),
  defineRoute('GET', '/faults', anyone, listFaultsRoute),
  defineRoute('POST', '/faults', anyone, armFaultRoute),
  defineRoute('DELETE', '/faults', anyone, clearFaultsRoute),
  defineRoute('GET', '/log', anyone, getLogRoute),
  defineRoute('DELETE', '/log', anyone, clearLogRoute),
  defineRoute('GET', '/webhooks', anyone, webhooksRoute),
  defineRoute('POST', '/users/disconnect', anyone, disconnectRoute),
];

/**
 * The control host over `routes` (the controls, and the dashboard's routes beside them): the
 * guard first, then the route; a `TypeError` (a `ControlError`, or a configuration check) → 400.
 *
 * @example
 * ```ts
 * const host = controlHost(CONTROL_ROUTES);
 * ```
 */
export function controlHost(routes: readonly Route<undefined>[]): Host {
  return {
    routes: routeTable(routes),
    pathOf: (request) => new URL(request.url).pathname.slice(controlsPrefix.length) || '/',
    admit: refuseUntrusted,
    notFound: (path) => reply({ error: `unknown control ${path}; see docs/emulator.md` }, 404),
    methodNotAllowed: (method, _allowed, path) =>
      reply({ error: `method ${method} not allowed on ${path}` }, 405),
    failed(error) {
      if (error instanceof TypeError) return reply({ error: error.message }, 400);
      throw error;
    },
  };
}
