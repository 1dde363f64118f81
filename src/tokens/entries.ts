/**
 * Reading entries: the store's record decoded into a set, with the last decoded set of each key
 * kept so that an unchanged entry is not parsed (or decrypted) again.
 *
 * @module
 */
import type { KakaoTokenSet } from '../client/index.js';
import type { ManagerConfig } from './options.js';
import type { StoredRecord } from './store.js';

/** A record and its decoded set. */
export interface Entry {
  readonly record: StoredRecord;
  readonly set: KakaoTokenSet;
}

/** Decoded entries of one manager. */
export interface Entries {
  /** The cached set when `record` is the value it was decoded from (no promise). */
  cached(key: string, record: StoredRecord): KakaoTokenSet | undefined;
  /** The record decoded (from the cache when unchanged). */
  decode(key: string, record: StoredRecord): Promise<KakaoTokenSet>;
  /** Reads and decodes the key's entry. */
  read(key: string): Promise<Entry | undefined>;
  /** Remembers a set just written. */
  remember(key: string, value: string, set: KakaoTokenSet): void;
  forget(key: string): void;
  /** Whether the access token is good for longer than the margin. */
  isFresh(set: KakaoTokenSet): boolean;
}

/** Decoded sets kept at most; the oldest is dropped first. */
const CACHE_LIMIT = 10_000;

/** The entry reader of a manager. */
export function createEntries(config: ManagerConfig): Entries {
  const cache = new Map<string, { readonly value: string; readonly set: KakaoTokenSet }>();
  const remember = (key: string, value: string, set: KakaoTokenSet) => {
    cache.delete(key);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, { value, set });
  };
  const entries: Entries = {
    cached(key, record) {
      const hit = cache.get(key);
      return hit !== undefined && hit.value === record.value ? hit.set : undefined;
    },
    async decode(key, record) {
      const hit = entries.cached(key, record);
      if (hit !== undefined) return hit;
      const set = await config.codec.decode(record.value);
      remember(key, record.value, set);
      return set;
    },
    async read(key) {
      const record = await config.store.get(key);
      return record === undefined ? undefined : { record, set: await entries.decode(key, record) };
    },
    remember,
    forget: (key) => cache.delete(key),
    isFresh: (set) => set.accessTokenExpiresAt - config.clock() > config.refreshMarginMs,
  };
  return entries;
}
