/**
 * Sliding-window rate limits (spec §22): KOE237 on token issuance, 429 `-10` on `/v1/user/ids`.
 * Counted and enforced only while `settings.rateLimits` is on (switching them on starts empty
 * windows).
 *
 * @module
 */

import type { EmulatorState } from './state.js';

/**
 * Records one event under `key` and says whether it stays within `limit` events per `windowMs`.
 * A refused event is not recorded.
 *
 * @example
 * ```ts
 * import { kapiError } from '../http/kapi-error.js';
 * declare const state: EmulatorState;
 * declare const app: App;
 * const allowed = takeRateLimit(state, `ids:${app.id}`, 100, 60_000);
 * const failure = allowed ? undefined : kapiError(-10, undefined, { status: 429 });
 * ```
 */
export function takeRateLimit(state: EmulatorState, key: string, limit: number, windowMs: number): boolean {
  if (!state.settings.rateLimits) return true;
  const now = state.clock.now();
  const recent = (state.rateWindows.get(key) ?? []).filter((t) => t > now - windowMs);
  const allowed = recent.length < limit;
  if (allowed) recent.push(now);
  state.rateWindows.set(key, recent);
  return allowed;
}
