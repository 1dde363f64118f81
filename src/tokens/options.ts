/**
 * The token manager's options, checked once.
 *
 * @module
 */
import type { KakaoClient } from '../base/config.js';
import { createCodec, type TokenCodec, type TokenEncryption } from './codec.js';
import type { TokenHooks } from './events.js';
import { createMemoryStore } from './memory-store.js';
import type { TokenStore } from './store.js';

/**
 * What {@link createTokenManager} takes. Only `kakao` is required.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const store: TokenStore;
 * const options: TokenManagerOptions = { kakao, store, refreshMarginMs: 60_000 };
 * ```
 */
export interface TokenManagerOptions extends TokenHooks {
  /** The client that refreshes (its `clock` also decides expiry unless `clock` is given). */
  kakao: KakaoClient;
  /** Where sets live. Default: a memory store (this process only). */
  store?: TokenStore | undefined;
  /** Refresh this long before the access token expires. Default 5 minutes. */
  refreshMarginMs?: number | undefined;
  /** How long a refresh may hold the key's lock. Default 15 s (above the client's request timeout). */
  lockTtlMs?: number | undefined;
  /**
   * How long a caller waits for another process's refresh before a {@link KakaoTokenLockError}.
   * Default: 20 s, or `lockTtlMs` + 5 s when that is longer.
   */
  lockWaitMs?: number | undefined;
  /** Encrypt sets at rest. */
  encryption?: TokenEncryption | undefined;
  /** Epoch ms for expiry decisions. Default: `kakao.clock`. */
  clock?: (() => number) | undefined;
}

/** The options resolved and frozen. */
export interface ManagerConfig {
  readonly kakao: KakaoClient;
  readonly store: TokenStore;
  readonly codec: TokenCodec;
  readonly hooks: TokenHooks;
  readonly refreshMarginMs: number;
  readonly lockTtlMs: number;
  readonly lockWaitMs: number;
  readonly clock: () => number;
}

/**
 * Checks the options and fills in defaults.
 *
 * @throws TypeError naming the option that is wrong and what it takes.
 */
export function resolveOptions(options: TokenManagerOptions): ManagerConfig {
  if (typeof options?.kakao?.clock !== 'function') {
    throw new TypeError('createTokenManager: pass { kakao } with a client from createKakaoClient().');
  }
  const store = options.store ?? createMemoryStore();
  for (const method of ['get', 'set', 'delete', 'lock', 'unlock'] as const) {
    if (typeof store[method] !== 'function') {
      throw new TypeError(
        `createTokenManager: store.${method} is not a function; a store implements TokenStore.`,
      );
    }
  }
  const lockTtlMs = duration('lockTtlMs', options.lockTtlMs, 15_000);
  return Object.freeze({
    kakao: options.kakao,
    store,
    codec: createCodec(options.encryption),
    hooks: {
      onRefreshed: options.onRefreshed,
      onRotated: options.onRotated,
      onEnded: options.onEnded,
      exposeTokens: options.exposeTokens,
    },
    refreshMarginMs: duration('refreshMarginMs', options.refreshMarginMs, 5 * 60_000, 0),
    lockTtlMs,
    lockWaitMs: duration('lockWaitMs', options.lockWaitMs, Math.max(20_000, lockTtlMs + 5_000)),
    clock: options.clock ?? options.kakao.clock,
  });
}

function duration(name: string, value: number | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    throw new TypeError(`createTokenManager: ${name} must be a number of milliseconds >= ${min}.`);
  }
  return value;
}
