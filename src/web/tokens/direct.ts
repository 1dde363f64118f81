/**
 * The default token manager of the web layer: token sets in memory, refreshed through the client,
 * one refresh at a time per key. Enough for one process; plug in `kakao-oauth/tokens` (a shared
 * store, refreshes single-flight across processes) for more.
 *
 * @module
 */
import {
  KakaoApiError,
  KakaoAuthError,
  type KakaoClient,
  type KakaoTokenSet,
  refreshTokens,
} from '../../client/index.js';
import { KakaoWebError } from '../errors/request-error.js';
import type { SignInReason, WebTokenManager } from './manager.js';

/**
 * Options of {@link createDirectTokens}.
 *
 * @example
 * ```ts
 * const options: DirectTokensOptions = { refreshMarginMs: 120_000 };
 * ```
 */
export interface DirectTokensOptions {
  /** Refresh this long before the access token expires. Default 5 minutes. */
  refreshMarginMs?: number | undefined;
}

/**
 * "Sign in again", with the same `code` and `reason` as `kakao-oauth/tokens` uses.
 *
 * @example
 * ```ts
 * signInRequired('no_tokens').reason; // 'no_tokens'
 * ```
 */
export function signInRequired(
  reason: SignInReason,
  cause?: unknown,
): KakaoWebError & { reason: SignInReason } {
  return Object.assign(new KakaoWebError('sign_in_required', { cause }), { reason });
}

/**
 * An in-memory {@link WebTokenManager} over the client (no `node:` import).
 *
 * @example
 * ```ts
 * import { createKakaoClient } from 'kakao-oauth';
 * import { createDirectTokens } from 'kakao-oauth/web';
 * const tokens = createDirectTokens(createKakaoClient({ restApiKey: 'key' }));
 * ```
 */
export function createDirectTokens(kakao: KakaoClient, options: DirectTokensOptions = {}): WebTokenManager {
  const sets = new Map<string, KakaoTokenSet>();
  const refreshing = new Map<string, Promise<KakaoTokenSet>>();
  const margin = options.refreshMarginMs ?? 5 * 60_000;

  const current = (key: string): KakaoTokenSet => {
    const set = sets.get(key);
    if (set === undefined) throw signInRequired('no_tokens');
    return set;
  };
  const refresh = (key: string, set: KakaoTokenSet): Promise<KakaoTokenSet> => {
    let pending = refreshing.get(key);
    if (pending === undefined) {
      pending = refreshOnce(kakao, set)
        .then((next) => {
          if (sets.get(key) === set) sets.set(key, next);
          return next;
        })
        .catch((error: unknown) => {
          if (error instanceof KakaoWebError) sets.delete(key);
          throw error;
        })
        .finally(() => refreshing.delete(key));
      refreshing.set(key, pending);
    }
    return pending;
  };
  const getAccessToken = async (key: string): Promise<string> => {
    const set = current(key);
    if (set.accessTokenExpiresAt - kakao.clock() > margin) return set.accessToken;
    return (await refresh(key, set)).accessToken;
  };
  return {
    async save(key, tokens) {
      sets.set(key, tokens);
    },
    getAccessToken,
    async call(key, fn, callOptions = {}) {
      const accessToken = await getAccessToken(key);
      try {
        return await fn(accessToken);
      } catch (error) {
        if (error instanceof KakaoApiError && error.apiCode === -101) {
          sets.delete(key);
          throw signInRequired('unlinked', error);
        }
        if (!(error instanceof KakaoApiError && error.apiCode === -401)) throw error;
        const set = current(key);
        const fresh = set.accessToken === accessToken ? await refresh(key, set) : set;
        if (callOptions.idempotent !== true) throw error;
        return fn(fresh.accessToken);
      }
    },
    async remove(key) {
      sets.delete(key);
    },
  };
}

async function refreshOnce(kakao: KakaoClient, set: KakaoTokenSet): Promise<KakaoTokenSet> {
  if (set.refreshToken === undefined) throw signInRequired('no_refresh_token');
  try {
    return await refreshTokens(kakao, set);
  } catch (error) {
    if (error instanceof KakaoAuthError && error.error === 'invalid_grant') {
      throw signInRequired('refresh_token_invalid', error);
    }
    throw error;
  }
}
