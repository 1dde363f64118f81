/**
 * Fault injection (test controls): latency, 5xx, dropped connections, a chosen KOE or kapi error,
 * armed for the next N matching requests. The router applies them before any route runs.
 *
 * @module
 */

import type { EmulatorState } from './state.js';
import type { Fault, FaultAction, FaultMatch } from './types.js';

let nextFaultId = 1;

/**
 * Arms a fault for the next `count` requests that match.
 *
 * @example
 * ```ts
 * declare const state: EmulatorState;
 * armFault(state, { path: '/oauth/token' }, { kind: 'status', status: 503 }, 2);
 * ```
 */
export function armFault(state: EmulatorState, match: FaultMatch, action: FaultAction, count = 1): Fault {
  if (!Number.isSafeInteger(count) || count < 1)
    throw new TypeError('fault count must be a positive integer');
  const fault = { id: nextFaultId++, match, action, remaining: count };
  state.faults.push(fault);
  return fault;
}

function matches(match: FaultMatch, host: 'auth' | 'api', method: string, path: string): boolean {
  if (match.host && match.host !== host) return false;
  if (match.method && match.method.toUpperCase() !== method) return false;
  return !match.path || match.path === path;
}

/** Takes one use of the first fault matching this request (removing it when used up). */
export function takeFault(
  state: EmulatorState,
  host: 'auth' | 'api',
  method: string,
  path: string,
): FaultAction | undefined {
  const fault = state.faults.find((f) => matches(f.match, host, method, path));
  if (!fault) return undefined;
  fault.remaining -= 1;
  if (fault.remaining <= 0) state.faults = state.faults.filter((f) => f !== fault);
  return fault.action;
}
