/**
 * The default token manager of the web layer: token sets in memory, refreshed through the client,
 * one refresh at a time per key. Enough for one process; plug in `kakao-oauth/tokens` (a shared
 * store, refreshes single-flight across processes) for more.
 *
 * @module
 */
import { KakaoApiError, type KakaoClient, type KakaoTokenSet, refreshTokens } from '../../client/index.js';
import { KakaoWebError } from '../errors/request-error.js';
import type { WebTokenManager } from './manager.js';

/**
 * Options of {@link createDirectTokens}.
 *
 * @example
 * ```ts
 * const options: DirectTokensOptions = { refreshMarginMs: 120_000 };
 * ```
 */
export interface DirectTokensOptions {
  /** Refresh this long before the access token expires. Default 60 000 ms. */
  refreshMarginMs?: number | undefined;
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
  const margin = options.refreshMarginMs ?? 60_000;

  const refresh = (key: string, current: KakaoTokenSet): Promise<KakaoTokenSet> => {
    let pending = refreshing.get(key);
    if (pending === undefined) {
      pending = refreshTokens(kakao, current)
        .then((next) => {
          if (sets.get(key) === current) sets.set(key, next);
          return next;
        })
        .catch((error: unknown) => {
          sets.delete(key);
          throw error;
        })
        .finally(() => refreshing.delete(key));
      refreshing.set(key, pending);
    }
    return pending;
  };
  const current = (key: string): KakaoTokenSet => {
    const set = sets.get(key);
    if (set === undefined) throw new KakaoWebError('not_signed_in');
    return set;
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
    async withAccessToken(key, call) {
      const accessToken = await getAccessToken(key);
      try {
        return await call(accessToken);
      } catch (error) {
        if (!(error instanceof KakaoApiError && error.apiCode === -401)) throw error;
        const set = current(key);
        const fresh = set.accessToken === accessToken ? await refresh(key, set) : set;
        return call(fresh.accessToken);
      }
    },
    async remove(key) {
      sets.delete(key);
    },
  };
}
