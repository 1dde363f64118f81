/**
 * Sliding-window rate limits (spec §22): KOE237 on token issuance, 429 `-10` on `/v1/user/ids`.
 * Counted always; enforced only while `settings.rateLimits` is on.
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
 * if (!takeRateLimit(state, `ids:${app.id}`, 100, 60_000)) return kapiError(-10, undefined, { status: 429 });
 * ```
 */
export function takeRateLimit(state: EmulatorState, key: string, limit: number, windowMs: number): boolean {
  const now = state.clock.now();
  const recent = (state.rateWindows.get(key) ?? []).filter((t) => t > now - windowMs);
  const allowed = !state.settings.rateLimits || recent.length < limit;
  if (allowed) recent.push(now);
  state.rateWindows.set(key, recent);
  return allowed;
}
