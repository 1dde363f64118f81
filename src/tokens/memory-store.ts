/**
 * The memory store: one process, no persistence; the default of a token manager.
 *
 * @module
 */
import { newVersion, type StoredRecord, type TokenStore } from './store.js';

interface HeldLock {
  readonly token: string;
  readonly expiresAt: number;
}

/**
 * A store in a `Map`, for one process (tests, scripts, a single server instance). Nothing survives
 * a restart; use the file or Redis store to share sets between processes.
 *
 * @param now - the clock of lock expiry (default `Date.now`)
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * const tokens = createTokenManager({ kakao, store: createMemoryStore() });
 * ```
 */
export function createMemoryStore(now: () => number = Date.now): TokenStore {
  const entries = new Map<string, StoredRecord>();
  const locks = new Map<string, HeldLock>();
  return {
    get: (key) => entries.get(key),
    async set(key, value, expectedVersion) {
      if ((entries.get(key)?.version ?? null) !== expectedVersion) return undefined;
      const version = newVersion();
      entries.set(key, { version, value });
      return version;
    },
    async delete(key, expectedVersion) {
      if (entries.get(key)?.version !== expectedVersion) return false;
      return entries.delete(key);
    },
    async lock(key, ttlMs) {
      const held = locks.get(key);
      if (held !== undefined && held.expiresAt > now()) return undefined;
      const token = newVersion();
      locks.set(key, { token, expiresAt: now() + ttlMs });
      return token;
    },
    async unlock(key, lockToken) {
      if (locks.get(key)?.token === lockToken) locks.delete(key);
    },
  };
}
