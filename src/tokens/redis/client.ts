/**
 * The user's Redis client, whichever of the two well-kept Node clients it is: node-redis
 * (`redis`, v4+) or ioredis (v5+). Only their command-sending methods are used.
 *
 * @module
 */

import { KakaoTokenStoreError } from '../errors.js';

/**
 * A node-redis client (`createClient()` from `redis`), connected.
 *
 * @example
 * ```ts
 * declare const client: NodeRedisLike;
 * await client.sendCommand(['PING']);
 * ```
 */
export interface NodeRedisLike {
  get(key: string): Promise<string | null | unknown>;
  sendCommand(args: string[]): Promise<unknown>;
}

/**
 * An ioredis client (`new Redis()` from `ioredis`).
 *
 * @example
 * ```ts
 * declare const client: IoRedisLike;
 * await client.call('PING');
 * ```
 */
export interface IoRedisLike {
  get(key: string): Promise<string | null | unknown>;
  call(command: string, ...args: string[]): Promise<unknown>;
}

/**
 * Either client.
 *
 * @example
 * ```ts
 * declare const client: RedisClientLike;
 * ```
 */
export type RedisClientLike = NodeRedisLike | IoRedisLike;

/** How the store talks to Redis: a GET (the hot path) and any other command. */
export interface RedisCommands {
  get(key: string): Promise<string | null>;
  send(args: string[]): Promise<unknown>;
}

/**
 * Adapts the client.
 *
 * @param caller The public function that was given the client, named in the error.
 * @throws TypeError when `client` is neither kind.
 */
export function redisCommands(client: RedisClientLike, caller = 'createRedisStore'): RedisCommands {
  const get = (key: string) => client.get(key) as Promise<string | null>;
  if (typeof (client as IoRedisLike)?.call === 'function') {
    const io = client as IoRedisLike;
    return { get, send: ([command, ...args]) => io.call(command!, ...args) };
  }
  if (typeof (client as NodeRedisLike)?.sendCommand === 'function') {
    const node = client as NodeRedisLike;
    return { get, send: (args) => node.sendCommand(args) };
  }
  throw new TypeError(
    `${caller}: pass { client }, a connected node-redis client (createClient() from "redis") or an ioredis client.`,
  );
}

/**
 * A client's error as a `KakaoTokenStoreError('store_failed')` whose cause keeps only the error's
 * kind (`WRONGTYPE`, `READONLY`, `Connection`…): ioredis attaches the failed command to its errors,
 * arguments included, and those hold what was stored (token sets, sessions) and the key — nothing
 * of them may reach a log.
 *
 * @throws KakaoTokenStoreError always.
 */
export function redisFailed(error: unknown): never {
  const text = error instanceof Error ? error.message : String(error);
  const kind = /^[A-Za-z_]+/.exec(text)?.[0] ?? 'Error';
  throw new KakaoTokenStoreError('store_failed', new Error(`Redis: ${kind}`));
}
