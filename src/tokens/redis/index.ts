/**
 * `kakao-oauth/tokens/redis`: a token store in Redis (7+) or Valkey, through the app's own
 * node-redis or ioredis client. Runs wherever that client runs (no `node:` import here).
 *
 * @packageDocumentation
 */
import { newVersion, type StoredRecord, type TokenStore } from '../store.js';
import { type RedisClientLike, redisCommands, redisFailed } from './client.js';
import { DELETE_IF_VERSION, SET_IF_VERSION, scriptRunner, UNLOCK_IF_TOKEN } from './scripts.js';

/** `<version>:<value>` as a record; anything else (not ours) reads as no entry. */
function parseEntry(stored: string | null): StoredRecord | undefined {
  if (typeof stored !== 'string') return undefined;
  const colon = stored.indexOf(':');
  return colon <= 0 ? undefined : { version: stored.slice(0, colon), value: stored.slice(colon + 1) };
}

export type { IoRedisLike, NodeRedisLike, RedisClientLike } from './client.js';

/**
 * Options of {@link createRedisStore}.
 *
 * @example
 * ```ts
 * declare const client: RedisClientLike;
 * const options: RedisStoreOptions = { client, prefix: 'my-app:kakao:' };
 * ```
 */
export interface RedisStoreOptions {
  /** A connected node-redis or ioredis client. The store never connects, closes or configures it. */
  client: RedisClientLike;
  /** Prefix of every Redis key. Default `kakao-oauth:tokens:`. */
  prefix?: string | undefined;
}

/**
 * A store in Redis: the entry is one string `<version>:<value>` (one `GET` per read), written by a
 * Lua compare-and-set; the lock is `SET … NX PX ttl` (it expires by itself), released by a Lua
 * check of its token. Versions are random, so a delete never lets an old version match again.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const client: RedisClientLike; // createClient({ url }).connect() from "redis"
 * const tokens = createTokenManager({ kakao, store: createRedisStore({ client }) });
 * ```
 */
export function createRedisStore(options: RedisStoreOptions): TokenStore {
  const commands = redisCommands(options?.client);
  const prefix = options.prefix ?? 'kakao-oauth:tokens:';
  if (typeof prefix !== 'string') throw new TypeError('createRedisStore: prefix must be a string.');
  const run = scriptRunner(commands);
  const entryKey = (key: string) => `${prefix}${key}`;
  const lockKey = (key: string) => `${prefix}${key}:lock`;
  return {
    get: (key) => commands.get(entryKey(key)).then(parseEntry, redisFailed),
    async set(key, value, expectedVersion) {
      const version = newVersion();
      const written = await run(SET_IF_VERSION, entryKey(key), [expectedVersion ?? '', version, value]).catch(
        redisFailed,
      );
      return Number(written) === 1 ? version : undefined;
    },
    async delete(key, expectedVersion) {
      return Number(await run(DELETE_IF_VERSION, entryKey(key), [expectedVersion]).catch(redisFailed)) === 1;
    },
    async lock(key, ttlMs) {
      const token = newVersion();
      const reply = await commands
        .send(['SET', lockKey(key), token, 'NX', 'PX', String(Math.ceil(ttlMs))])
        .catch(redisFailed);
      return reply === 'OK' ? token : undefined;
    },
    async unlock(key, lockToken) {
      await run(UNLOCK_IF_TOKEN, lockKey(key), [lockToken]).catch(redisFailed);
    },
  };
}
