/**
 * The request log (secrets redacted) and unlink webhook deliveries.
 *
 * @module
 */

import { ControlError, reply } from '../route/json-body.js';
import type { Emulator } from '../types.js';

/** `GET /__emulator/log?limit=N` → `{ entries }`, oldest first (the last N). */
export function getLogRoute(emulator: Emulator, request: Request): Response {
  const text = new URL(request.url).searchParams.get('limit');
  if (text !== null && !/^\d{1,9}$/.test(text))
    throw new ControlError('limit must be a non-negative integer');
  const limit = text === null ? Number.POSITIVE_INFINITY : Number(text);
  const entries = emulator.state.log;
  return reply({ entries: Number.isFinite(limit) ? entries.slice(-limit || entries.length) : entries });
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
