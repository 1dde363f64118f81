/**
 * Controls over time and keys: read/advance/set the clock, rotate the signing keys.
 *
 * @module
 */

import { CONTROL_SCHEMAS, EARLIEST_CLOCK_MS, LATEST_CLOCK_MS } from '../model/control-schemas.js';
import { ControlError, readJsonBody, reply } from '../route/json-body.js';
import type { Emulator } from '../types.js';

/** `GET /__emulator/clock` → `{ now }` (epoch ms). */
export function getClockRoute(emulator: Emulator): Response {
  return reply({ now: emulator.state.clock.now() });
}

/**
 * `POST /__emulator/clock` with `{ "advanceMs": n }`, `{ "advanceSeconds": n }` (forward only) or
 * `{ "set": epochMs }` (2000-01-01 to 9999-12-31, so seconds given by mistake are refused).
 */
export async function setClockRoute(emulator: Emulator, request: Request): Promise<Response> {
  const body = await readJsonBody(request, CONTROL_SCHEMAS.clock, 'clock');
  const { set, advanceMs, advanceSeconds } = body as {
    set?: number;
    advanceMs?: number;
    advanceSeconds?: number;
  };
  if (set === undefined && advanceMs === undefined && advanceSeconds === undefined) {
    throw new ControlError('give advanceMs, advanceSeconds (forward) or set (epoch milliseconds)');
  }
  const advance = Math.round((advanceMs ?? 0) + (advanceSeconds ?? 0) * 1000);
  const target = (set ?? emulator.state.clock.now()) + advance;
  if (target < EARLIEST_CLOCK_MS || target > LATEST_CLOCK_MS) {
    throw new ControlError(
      `the clock must stay between ${EARLIEST_CLOCK_MS} (2000-01-01) and ${LATEST_CLOCK_MS} (9999-12-31) epoch ms`,
    );
  }
  emulator.state.clock.set(target);
  return reply({ now: emulator.state.clock.now() });
}

/** `POST /__emulator/keys/rotate` with optional `{ "retain": n }` (older keys kept published, default 1). */
export async function rotateKeysRoute(emulator: Emulator, request: Request): Promise<Response> {
  const body = await readJsonBody(request, CONTROL_SCHEMAS.keysRotate, 'keys/rotate');
  const retain = body.retain as number | undefined;
  const key = await emulator.state.keys.rotate(retain);
  const published = await emulator.state.keys.published();
  return reply({ kid: key.kid, published: published.map((k) => k.kid) });
}
