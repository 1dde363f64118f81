/**
 * Dropping what can no longer be used, so a long-running emulator does not grow without bound:
 * unredeemed codes past their TTL, and access and refresh tokens a day after they expired.
 *
 * Expired tokens are kept for a day first so that, as at Kakao, an expired access token is still
 * answered "this access token is already expired" (`-401`) rather than "does not exist"; after
 * that both read as unknown, which is what a client must handle anyway. An expired code and an
 * unknown one already get the same answer (`KOE320`), so codes go as soon as they expire.
 *
 * The sweep runs from the places that add entries (issuing a code, a token pair, a refreshed
 * token), at most once per minute of emulator time, so its cost is spread thin.
 *
 * @module
 */
import type { EmulatorState } from './state.js';

/** Emulator time between two sweeps. */
export const SWEEP_INTERVAL_MS = 60_000;

/** How long an expired token is still known as expired before it is dropped. */
export const EXPIRED_TOKEN_MEMORY_MS = 24 * 3_600_000;

const nextSweepAt = new WeakMap<EmulatorState, number>();

/**
 * Drops expired codes and long-expired tokens, when a sweep is due.
 *
 * @example
 * ```ts
 * import type { AuthCode } from './types.js';
 * declare const state: EmulatorState;
 * declare const code: AuthCode;
 * state.codes.set(code.code, code);
 * sweepExpired(state);
 * ```
 */
export function sweepExpired(state: EmulatorState): void {
  const now = state.clock.now();
  const due = nextSweepAt.get(state);
  // Not due yet, unless the clock was set back by more than an interval (then start over).
  if (due !== undefined && now < due && due - now <= SWEEP_INTERVAL_MS) return;
  nextSweepAt.set(state, now + SWEEP_INTERVAL_MS);
  dropWhere(state.codes, (code) => code.expiresAt <= now);
  const forgotten = now - EXPIRED_TOKEN_MEMORY_MS;
  dropWhere(state.accessTokens, (token) => token.expiresAt <= forgotten);
  dropWhere(state.refreshTokens, (token) => token.expiresAt <= forgotten);
}

function dropWhere<T>(map: Map<string, T>, gone: (value: T) => boolean): void {
  for (const [key, value] of map) if (gone(value)) map.delete(key);
}
