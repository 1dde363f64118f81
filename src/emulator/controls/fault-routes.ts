/**
 * Fault-injection controls: arm (`POST /__emulator/faults`), list (`GET`), clear (`DELETE`).
 *
 * Body of `POST`: `{ "match": { "host"?: "auth"|"api", "method"?: "POST", "path"?: "/oauth/token" },
 * "action": { "kind": "latency", "ms": 500 } | { "kind": "status", "status": 503 } | { "kind": "drop" }
 * | { "kind": "koe", "error": "invalid_request", "errorCode": "KOE237" } | { "kind": "kapi", "code": -1 },
 * "count"?: 1 }`. The action is checked against its kind's schema, then its response is built
 * once: an action that could not be answered later (a status without a body, such as 204) is
 * refused now rather than turning the matching request into a 500.
 *
 * @module
 */

import { applyFault } from '../faults.js';
import { CONTROL_SCHEMAS, FAULT_ACTION_SCHEMAS } from '../model/control-schemas.js';
import { armFault } from '../model/faults.js';
import { schemaProblem } from '../model/schema-check.js';
import type { FaultAction, FaultMatch } from '../model/types.js';
import { ControlError, readJsonBody, reply } from '../route/json-body.js';
import type { Emulator } from '../types.js';

const NO_BODY_STATUSES = new Set([204, 205, 304]);

function checkAction(action: Record<string, unknown>): FaultAction {
  const kind = String(action.kind);
  const schema = Object.hasOwn(FAULT_ACTION_SCHEMAS, kind) ? FAULT_ACTION_SCHEMAS[kind] : undefined;
  const problem = schema
    ? schemaProblem(schema, action, 'faults.action')
    : `faults.action.kind ${kind} is unknown`;
  if (problem) throw new ControlError(problem);
  if (action.kind === 'status' && NO_BODY_STATUSES.has(action.status as number)) {
    throw new ControlError(
      'faults.action.status must be a status with a body: 200–599 except 204, 205 and 304',
    );
  }
  return action as unknown as FaultAction;
}

/** Builds the action's response once, so that a value `Response` refuses is caught now. */
async function tryAction(action: FaultAction): Promise<void> {
  if (action.kind === 'latency' || action.kind === 'drop') return;
  try {
    await applyFault(action, 'auth');
  } catch (error) {
    throw new ControlError(`faults.action cannot be answered: ${(error as Error).message}`);
  }
}

/** Arms a fault for the next `count` matching requests. */
export async function armFaultRoute(emulator: Emulator, request: Request): Promise<Response> {
  const body = await readJsonBody(request, CONTROL_SCHEMAS.faults, 'faults');
  const action = checkAction(body.action as Record<string, unknown>);
  await tryAction(action);
  const count = (body.count as number | undefined) ?? 1;
  const fault = armFault(emulator.state, (body.match ?? {}) as FaultMatch, action, count);
  return reply(fault, 201);
}

/** Lists armed faults. */
export function listFaultsRoute(emulator: Emulator): Response {
  return reply({ faults: emulator.state.faults });
}

/** Disarms every fault. */
export function clearFaultsRoute(emulator: Emulator): Response {
  emulator.state.faults = [];
  return reply({ ok: true });
}
