/**
 * Where the web layer keeps what must be shared by every instance of the app: server-side
 * sessions, "this session/user has ended" marks, used login callbacks. Three methods, so any
 * database or Redis can back it; the memory store is the default for one instance.
 *
 * @module
 */

/**
 * A key-value store with per-entry expiry. Values are JSON-safe objects.
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

/**
 * An in-memory {@link WebStore} for one process (bounded; expired entries are dropped when read
 * or when the store is full).
 *
 * @example
 * ```ts
 * import { createMemoryWebStore } from 'kakao-oauth/web';
 * const store = createMemoryWebStore();
 * ```
 */
export function createMemoryWebStore(clock: () => number = Date.now): WebStore {
  const entries = new Map<string, { value: Record<string, unknown>; expiresAt: number }>();
  return {
    async get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      if (entry.expiresAt <= clock()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    async set(key, value, ttlSec) {
      entries.delete(key);
      if (entries.size >= MAX_ENTRIES) dropOldest(entries, clock());
      entries.set(key, { value, expiresAt: clock() + Math.max(1, ttlSec) * 1000 });
    },
    async delete(key) {
      entries.delete(key);
    },
  };
}

function dropOldest(entries: Map<string, { expiresAt: number }>, now: number): void {
  for (const [key, entry] of entries) if (entry.expiresAt <= now) entries.delete(key);
  if (entries.size < MAX_ENTRIES) return;
  const oldest = entries.keys().next().value;
  if (oldest !== undefined) entries.delete(oldest);
}
