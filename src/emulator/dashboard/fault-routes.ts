/**
 * Disarming one fault from the dashboard (`DELETE /__emulator/faults` disarms them all).
 *
 * @module
 */

import { CONTROL_SCHEMAS } from '../model/control-schemas.js';
import { ControlError, readJsonBody, reply } from '../route/json-body.js';
import type { Emulator } from '../types.js';

/** `POST /__emulator/faults/disarm` with `{ "id": n }` → `{ disarmed: boolean }` (false: no such fault armed). */
export async function disarmFaultRoute(emulator: Emulator, request: Request): Promise<Response> {
  const { id } = await readJsonBody(request, CONTROL_SCHEMAS.faultsDisarm, 'faults/disarm');
  if (typeof id !== 'number' || !Number.isSafeInteger(id))
    throw new ControlError('id must be the integer id of an armed fault (see GET /__emulator/faults)');
  const { state } = emulator;
  const before = state.faults.length;
  state.faults = state.faults.filter((fault) => fault.id !== id);
  return reply({ disarmed: state.faults.length < before });
}
