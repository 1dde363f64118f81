/**
 * Controls over time and keys: read/advance/set the clock, rotate the signing keys.
 *
 * @module
 */

import type { Emulator } from '../types.js';
import { ControlError, numberField, readJsonBody, reply } from './body.js';

/** `GET /__emulator/clock` → `{ now }` (epoch ms). */
export function getClockRoute(emulator: Emulator): Response {
  return reply({ now: emulator.state.clock.now() });
}

/**
 * `POST /__emulator/clock` with `{ "advanceMs": n }`, `{ "advanceSeconds": n }` or `{ "set": epochMs }`.
 */
export async function setClockRoute(emulator: Emulator, request: Request): Promise<Response> {
  const body = await readJsonBody(request);
  const set = numberField(body, 'set');
  const advance = (numberField(body, 'advanceMs') ?? 0) + (numberField(body, 'advanceSeconds') ?? 0) * 1000;
  if (set === undefined && advance === 0 && !('advanceMs' in body || 'advanceSeconds' in body)) {
    throw new ControlError('give advanceMs, advanceSeconds or set');
  }
  if (set !== undefined) emulator.state.clock.set(set);
  emulator.state.clock.advance(advance);
  return reply({ now: emulator.state.clock.now() });
}

/** `POST /__emulator/keys/rotate` with optional `{ "retain": n }` (older keys kept published, default 1). */
export async function rotateKeysRoute(emulator: Emulator, request: Request): Promise<Response> {
  const retain = numberField(await readJsonBody(request), 'retain');
  const key = await emulator.state.keys.rotate(retain);
  const published = await emulator.state.keys.published();
  return reply({ kid: key.kid, published: published.map((k) => k.kid) });
}
