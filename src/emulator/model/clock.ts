/**
 * The emulator's clock: a time source plus an offset that tests (and `/__emulator/clock`) move.
 *
 * @module
 */

/** A controllable clock in epoch milliseconds. */
export interface EmulatorClock {
  /** Current time, epoch ms. */
  now(): number;
  /** Moves the clock forward (or back, with a negative value) by `ms`. */
  advance(ms: number): void;
  /** Sets the current time to `epochMs`. */
  set(epochMs: number): void;
}

/**
 * Wraps a time source (default `Date.now`) in a clock that can be moved.
 *
 * @example
 * ```ts
 * const clock = createClock(() => Date.UTC(2026, 0, 1));
 * clock.advance(60_000);
 * ```
 */
export function createClock(source: () => number = Date.now): EmulatorClock {
  let offset = 0;
  return {
    now: () => source() + offset,
    advance(ms) {
      if (!Number.isFinite(ms)) throw new TypeError('clock.advance(ms): ms must be a finite number');
      offset += ms;
    },
    set(epochMs) {
      if (!Number.isFinite(epochMs))
        throw new TypeError('clock.set(epochMs): epochMs must be a finite number');
      offset = epochMs - source();
    },
  };
}

/** Seconds since the epoch, floored (JWT `iat`/`exp`). */
export function epochSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}

/** RFC 3339 UTC without fractional seconds, as kapi writes dates (`2024-05-29T08:00:00Z`). */
export function rfc3339(ms: number): string {
  let text = rfc3339Memo.get(ms);
  if (text === undefined) {
    text = new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (rfc3339Memo.size >= 256) rfc3339Memo.clear();
    rfc3339Memo.set(ms, text);
  }
  return text;
}

/** Recent {@link rfc3339} results: kapi writes the same link times (`connected_at`) again and again. */
const rfc3339Memo = new Map<number, string>();
