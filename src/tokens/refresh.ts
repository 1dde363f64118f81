/**
 * The refresh: single-flight per key in this process, under the store's lock across processes,
 * written back with compare-and-set so that a stale writer never replaces a newer set.
 *
 * @module
 */
import { KakaoAuthError } from '../base/errors/auth-error.js';
import { refreshTokens } from '../client/tokens/refresh-tokens.js';
import type { KakaoTokenSet } from '../client/tokens/token-set.js';
import type { Entries, Entry } from './entries.js';
import { KakaoSignInRequiredError, KakaoTokenLockError, type SignInReason } from './errors.js';
import { fireEnded, fireRefreshed } from './events.js';
import type { ManagerConfig } from './options.js';

/** What a caller wants of the refreshed set (the whole set, or its access token). */
export type Picker<T> = (set: KakaoTokenSet) => T;

/**
 * The refreshes of a manager: at most one flight per key in this process. A storm's callers find
 * the flight synchronously and get one shared promise per `pick`, so a waiter costs two `Map`
 * lookups and allocates nothing: no store read, no lock attempt, no closure, timer or listener.
 */
export interface Refresher {
  /** The key's refresh in flight in this process, as `pick` of its set; `undefined` when none. */
  joining<T>(key: string, pick: Picker<T>): Promise<T> | undefined;
  /**
   * Gets a set newer than the one whose access token is `stale` (expired, or refused with `-401`),
   * as `pick` of it: joins the key's flight, or starts one.
   */
  refresh<T = KakaoTokenSet>(key: string, stale: string, pick?: Picker<T>): Promise<T>;
  /**
   * Lets the key's later callers read the store again instead of joining the flight (after a
   * `save` or `remove` in this process, whose set the flight may not have seen).
   */
  detach(key: string): void;
}

interface Flight {
  readonly set: Promise<KakaoTokenSet>;
  readonly picked: Map<Picker<unknown>, Promise<unknown>>;
}

/** Longest pause between two looks at the store while another process refreshes. */
const MAX_POLL_MS = 200;

/** The single-flight refresher of a manager. */
export function createRefresher(config: ManagerConfig, entries: Entries): Refresher {
  const flights = new Map<string, Flight>();
  const start = (key: string, stale: string): Flight => {
    const flight: Flight = {
      set: underLock(config, entries, key, stale).finally(() => {
        if (flights.get(key) === flight) flights.delete(key);
      }),
      picked: new Map(),
    };
    flights.set(key, flight);
    return flight;
  };
  return {
    joining(key, pick) {
      const flight = flights.get(key);
      return flight === undefined ? undefined : picked(flight, pick);
    },
    refresh<T>(key: string, stale: string, pick?: Picker<T>): Promise<T> {
      const flight = flights.get(key) ?? start(key, stale);
      return pick === undefined ? (flight.set as Promise<T>) : picked(flight, pick);
    },
    detach: (key) => void flights.delete(key),
  };
}

/** The flight's set as `pick` of it: one promise per `pick`, shared by all its callers. */
function picked<T>(flight: Flight, pick: Picker<T>): Promise<T> {
  let promise = flight.picked.get(pick) as Promise<T> | undefined;
  if (promise === undefined) {
    promise = flight.set.then(pick);
    flight.picked.set(pick, promise);
  }
  return promise;
}

/** Takes the lock, or waits (backing off) for the holder's new set; bounded by `lockWaitMs`. */
async function underLock(
  config: ManagerConfig,
  entries: Entries,
  key: string,
  stale: string,
): Promise<KakaoTokenSet> {
  const started = Date.now();
  for (let pause = 5; ; pause = Math.min(pause * 2, MAX_POLL_MS)) {
    const lock = await config.store.lock(key, config.lockTtlMs);
    if (lock !== undefined) {
      // Counted from the moment the lock is held: the refresh gives up before the lock expires.
      const deadline = Date.now() + config.lockTtlMs * 0.8;
      try {
        return await refreshLocked(config, entries, key, stale, deadline);
      } finally {
        await config.store.unlock(key, lock).catch(() => undefined);
      }
    }
    const waited = Date.now() - started;
    if (waited + pause > config.lockWaitMs) throw new KakaoTokenLockError(waited);
    await new Promise((resolve) => setTimeout(resolve, pause));
    const newer = await newerEntry(entries, key, stale);
    if (newer !== undefined) return newer.set;
  }
}

/** The current entry if another writer already replaced the stale set with a fresh one. */
async function newerEntry(entries: Entries, key: string, stale: string): Promise<Entry | undefined> {
  const entry = await entries.read(key);
  if (entry === undefined) throw new KakaoSignInRequiredError('no_tokens');
  return entry.set.accessToken !== stale && entries.isFresh(entry.set) ? entry : undefined;
}

async function refreshLocked(
  config: ManagerConfig,
  entries: Entries,
  key: string,
  stale: string,
  deadline: number,
): Promise<KakaoTokenSet> {
  const entry = await entries.read(key);
  if (entry === undefined) throw new KakaoSignInRequiredError('no_tokens');
  if (entry.set.accessToken !== stale && entries.isFresh(entry.set)) return entry.set;
  if (entry.set.refreshToken === undefined) return endEntry(config, entries, key, entry, 'no_refresh_token');
  let next: KakaoTokenSet;
  try {
    // Give up before the lock expires, so that no second holder refreshes while this one still may
    // (the time spent reading the entry under the lock counts too).
    next = await refreshTokens(config.kakao, entry.set, {
      signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
    });
  } catch (error) {
    if (isDeadRefreshToken(error))
      return endEntry(config, entries, key, entry, 'refresh_token_invalid', error);
    throw error;
  }
  return store(config, entries, key, entry, next);
}

async function store(
  config: ManagerConfig,
  entries: Entries,
  key: string,
  entry: Entry,
  next: KakaoTokenSet,
): Promise<KakaoTokenSet> {
  const value = await config.codec.encode(next, config.clock());
  const version = await config.store.set(key, value, entry.record.version);
  if (version === undefined) {
    // Someone wrote meanwhile (a new sign-in, or a holder after our lock expired): theirs stays.
    const current = await entries.read(key);
    return current !== undefined && entries.isFresh(current.set) ? current.set : next;
  }
  entries.remember(key, value, next);
  fireRefreshed(config.hooks, key, entry.set, next);
  return next;
}

/**
 * Removes the entry (if it is still the one that failed), fires `onEnded`, and throws the one
 * "sign in again" error.
 */
export async function endEntry(
  config: ManagerConfig,
  entries: Entries,
  key: string,
  entry: Entry,
  reason: SignInReason,
  cause?: unknown,
): Promise<never> {
  const removed = await config.store.delete(key, entry.record.version);
  entries.forget(key);
  const kakaoCode = cause instanceof Error && 'code' in cause ? String(cause.code) : undefined;
  if (removed) fireEnded(config.hooks, { key, reason, kakaoCode });
  throw new KakaoSignInRequiredError(reason, cause);
}

function isDeadRefreshToken(error: unknown): boolean {
  return error instanceof KakaoAuthError && (error.code === 'KOE322' || error.error === 'invalid_grant');
}
