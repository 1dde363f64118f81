/**
 * Fault-injection controls: arm (`POST /__emulator/faults`), list (`GET`), clear (`DELETE`).
 *
 * Body of `POST`: `{ "match": { "host"?: "auth"|"api", "method"?: "POST", "path"?: "/oauth/token" },
 * "action": { "kind": "latency", "ms": 500 } | { "kind": "status", "status": 503 } | { "kind": "drop" }
 * | { "kind": "koe", "error": "invalid_request", "errorCode": "KOE237" } | { "kind": "kapi", "code": -1 },
 * "count"?: 1 }`.
 *
 * @module
 */

import { armFault } from '../model/faults.js';
import type { FaultAction, FaultMatch } from '../model/types.js';
import type { Emulator } from '../types.js';
import { ControlError, readJsonBody, reply } from './body.js';

function checkAction(action: unknown): FaultAction {
  const a = action as Record<string, unknown> | undefined;
  const ok =
    (a?.kind === 'latency' && typeof a.ms === 'number' && a.ms >= 0) ||
    (a?.kind === 'status' && typeof a.status === 'number' && a.status >= 100 && a.status <= 599) ||
    a?.kind === 'drop' ||
    (a?.kind === 'koe' && typeof a.error === 'string' && typeof a.errorCode === 'string') ||
    (a?.kind === 'kapi' && typeof a.code === 'number');
  if (!ok)
    throw new ControlError(
      'action must be latency{ms}, status{status}, drop, koe{error,errorCode} or kapi{code}',
    );
  return a as unknown as FaultAction;
}

function checkMatch(match: unknown): FaultMatch {
  if (match === undefined) return {};
  const m = match as Record<string, unknown>;
  if (typeof m !== 'object' || m === null) throw new ControlError('match must be an object');
  if (m.host !== undefined && m.host !== 'auth' && m.host !== 'api')
    throw new ControlError('match.host must be auth or api');
  return m as FaultMatch;
}

/** Arms a fault for the next `count` matching requests. */
export async function armFaultRoute(emulator: Emulator, request: Request): Promise<Response> {
  const body = await readJsonBody(request);
  const count = body.count ?? 1;
  if (typeof count !== 'number') throw new ControlError('count must be a positive integer');
  const fault = armFault(emulator.state, checkMatch(body.match), checkAction(body.action), count);
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
