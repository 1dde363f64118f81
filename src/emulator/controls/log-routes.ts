/**
 * The request log (secrets redacted) and unlink webhook deliveries.
 *
 * @module
 */

import type { Emulator } from '../types.js';
import { reply } from './body.js';

/** `GET /__emulator/log?limit=N` → `{ entries }`, oldest first (the last N). */
export function getLogRoute(emulator: Emulator, request: Request): Response {
  const limit = Number(new URL(request.url).searchParams.get('limit') ?? Number.POSITIVE_INFINITY);
  const entries = emulator.state.log;
  return reply({
    entries: Number.isFinite(limit) && limit >= 0 ? entries.slice(-limit || entries.length) : entries,
  });
}

/** `DELETE /__emulator/log`. */
export function clearLogRoute(emulator: Emulator): Response {
  emulator.state.log = [];
  return reply({ ok: true });
}

/** `GET /__emulator/webhooks` → `{ deliveries }`. */
export function webhooksRoute(emulator: Emulator): Response {
  return reply({ deliveries: emulator.state.webhooks });
}
