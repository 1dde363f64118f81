/**
 * `kakao-oauth/web/redis`: the web layer's shared store (server-side sessions, ended-session and
 * ended-user marks, used login callbacks) in Redis 7+ or Valkey, through the app's own node-redis or
 * ioredis client — the same client the token manager's Redis store uses, so every instance of the
 * app sees the same sessions. Runs wherever that client runs (no `node:` import here).
 *
 * @packageDocumentation
 */
import { type RedisClientLike, redisCommands, redisFailed } from '../../tokens/redis/client.js';
import type { WebStore } from '../session/store.js';

/**
 * Options of {@link createRedisWebStore}.
 *
 * @example
 * ```ts
 * import type { RedisClientLike } from 'kakao-oauth/tokens/redis';
 * declare const client: RedisClientLike;
 * const options: RedisWebStoreOptions = { client, prefix: 'my-app:web:' };
 * ```
 */
export interface RedisWebStoreOptions {
  /** A connected node-redis or ioredis client. The store never connects, closes or configures it. */
  client: RedisClientLike;
  /** Prefix of every Redis key. Default `kakao-oauth:web:`. */
  prefix?: string | undefined;
}

/**
 * A {@link WebStore} in Redis: each entry is one JSON string written with `SET … EX` (Redis drops
 * it when it expires), read with one `GET`. A value that is not a JSON object (not written by this
 * store) reads as no entry. A failing Redis throws `KakaoTokenStoreError('store_failed')`, whose
 * cause names only the kind of failure; the routes answer it with 503.
 *
 * @throws TypeError when `client` is not a node-redis or ioredis client, or `prefix` not a string.
 * @example
 * ```ts
 * import { createKakaoClient } from 'kakao-oauth';
 * import { createTokenManager } from 'kakao-oauth/tokens';
 * import { createRedisStore, type RedisClientLike } from 'kakao-oauth/tokens/redis';
 * import { createKakaoAuth } from 'kakao-oauth/web';
 * import { createRedisWebStore } from 'kakao-oauth/web/redis';
 * declare const client: RedisClientLike; // createClient({ url }).connect() from "redis", or new Redis() from "ioredis"
 *
 * const kakao = createKakaoClient({ restApiKey: 'REST_API_KEY', adminKey: 'ADMIN_KEY' });
 * const auth = createKakaoAuth({
 *   kakao,
 *   secrets: ['at-least-32-characters-of-random-secret'],
 *   sessions: 'store',
 *   store: createRedisWebStore({ client }),
 *   tokens: createTokenManager({ kakao, store: createRedisStore({ client }) }),
 * });
 * ```
 */
export function createRedisWebStore(options: RedisWebStoreOptions): WebStore {
  const commands = redisCommands(options?.client, 'createRedisWebStore');
  const prefix = options.prefix ?? 'kakao-oauth:web:';
  if (typeof prefix !== 'string') throw new TypeError('createRedisWebStore: prefix must be a string.');
  return {
    async get(key) {
      return parseValue(await commands.get(`${prefix}${key}`).catch(redisFailed));
    },
    async set(key, value, ttlSec) {
      const seconds = String(Math.max(1, Math.ceil(ttlSec)));
      await commands
        .send(['SET', `${prefix}${key}`, JSON.stringify(value), 'EX', seconds])
        .catch(redisFailed);
    },
    async delete(key) {
      await commands.send(['DEL', `${prefix}${key}`]).catch(redisFailed);
    },
  };
}

/** A stored JSON object, or `undefined` for anything else (missing, not JSON, not an object). */
function parseValue(stored: unknown): Record<string, unknown> | undefined {
  if (typeof stored !== 'string') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return undefined;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
