/**
 * Where the web layer keeps what must be shared by every instance of the app: server-side
 * sessions, "this session/user has ended" marks, used login callbacks. Three methods, so any
 * database or Redis can back it; the memory store is the default for one instance.
 *
 * @module
 */

/**
 * A key-value store with per-entry expiry. Values are JSON-safe objects. For Redis use
 * `createRedisWebStore` of `kakao-oauth/web/redis`; any other database fits these three methods,
 * as in this sketch.
 *
 * @example
 * ```ts
 * const redisStore: WebStore = {
 *   async get(key) {
 *     const text = await redis.get(key);
 *     return text === null ? undefined : JSON.parse(text);
 *   },
 *   async set(key, value, ttlSec) {
 *     await redis.set(key, JSON.stringify(value), { EX: ttlSec });
 *   },
 *   async delete(key) {
 *     await redis.del(key);
 *   },
 * };
 * declare const redis: {
 *   get(key: string): Promise<string | null>;
 *   set(key: string, value: string, options: { EX: number }): Promise<unknown>;
 *   del(key: string): Promise<unknown>;
 * };
 * ```
 */
export interface WebStore {
  get(key: string): Promise<Record<string, unknown> | undefined>;
  /** Stores `value` for `ttlSec` seconds (at least 1). */
  set(key: string, value: Record<string, unknown>, ttlSec: number): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Entries kept by a memory store before the oldest are dropped. */
const MAX_ENTRIES = 100_000;
/** Keys of "this session/user has ended" marks, which are never dropped before they expire. */
const END_MARK_PREFIX = 'end:';

type Entry = { value: Record<string, unknown>; expiresAt: number };

/**
 * An in-memory {@link WebStore} for one process, bounded to 100,000 entries. Expired entries are
 * dropped when read or when the store is full. When it is still full, the oldest entry is dropped,
 * but never a still-valid session-end mark (`end:` keys: a logged-out session or user must stay
 * logged out); if only such marks remain, `set` throws an `Error` saying the store is full and a
 * shared store such as Redis is needed.
 *
 * @example
 * ```ts
 * import { createMemoryWebStore } from 'kakao-oauth/web';
 * const store = createMemoryWebStore();
 * ```
 */
export function createMemoryWebStore(clock: () => number = Date.now): WebStore {
  const marks = new Map<string, Entry>();
  const others = new Map<string, Entry>();
  const mapOf = (key: string) => (key.startsWith(END_MARK_PREFIX) ? marks : others);
  return {
    async get(key) {
      const map = mapOf(key);
      const entry = map.get(key);
      if (entry === undefined) return undefined;
      if (entry.expiresAt <= clock()) {
        map.delete(key);
        return undefined;
      }
      return entry.value;
    },
    async set(key, value, ttlSec) {
      const map = mapOf(key);
      map.delete(key);
      if (marks.size + others.size >= MAX_ENTRIES) makeRoom(marks, others, clock());
      map.set(key, { value, expiresAt: clock() + Math.max(1, ttlSec) * 1000 });
    },
    async delete(key) {
      mapOf(key).delete(key);
    },
  };
}

function makeRoom(marks: Map<string, Entry>, others: Map<string, Entry>, now: number): void {
  for (const map of [marks, others]) {
    for (const [key, entry] of map) if (entry.expiresAt <= now) map.delete(key);
  }
  if (marks.size + others.size < MAX_ENTRIES) return;
  const oldest = others.keys().next().value;
  if (oldest === undefined) {
    throw new Error(
      `The memory web store is full: ${marks.size} session-end marks are still valid and cannot be dropped. ` +
        'Use a shared store such as Redis (the `store` option of createKakaoAuth).',
    );
  }
  others.delete(oldest);
}
