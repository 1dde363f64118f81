/**
 * The store interface: five methods a team implements to keep token sets in their own database.
 *
 * @module
 */

/**
 * One stored entry: the encoded token set and the version that names this exact write.
 *
 * @example
 * ```ts
 * const record: StoredRecord = { version: '7f3a…', value: '{"access_token":…}' };
 * ```
 */
export interface StoredRecord {
  /** Opaque, unique per write (never reused, also after a delete): compare-and-set compares it. */
  readonly version: string;
  /** The encoded set (JSON, or a JWE when encryption is on). Never empty. */
  readonly value: string;
}

/**
 * Where a token manager keeps sets, keyed by the app's own key (user id, session id …). A store
 * shared by several processes makes the manager refresh once across all of them.
 *
 * Rules an implementation must keep:
 * - `set` is atomic: it writes only when the current version is `expectedVersion` (`null`: no entry),
 *   and a version is never handed out twice for a key (use random values or a counter that a
 *   delete does not reset), so a stale writer can never replace a newer set.
 * - `lock` is exclusive and expires by itself after `ttlMs`: a holder that died never blocks the key
 *   for longer than that.
 *
 * @example
 * ```ts
 * declare const store: TokenStore;
 * const record = await store.get('user-1');
 * const lock = await store.lock('user-1', 15_000);
 * if (lock !== undefined && record) {
 *   await store.set('user-1', '{"access_token":"…"}', record.version);
 *   await store.unlock('user-1', lock);
 * }
 * ```
 */
export interface TokenStore {
  /** The entry, or `undefined`. May answer synchronously (the memory store does). */
  get(key: string): Promise<StoredRecord | undefined> | StoredRecord | undefined;
  /**
   * Writes `value` if the entry's version is `expectedVersion` (`null` = there is no entry).
   * Resolves the new version, or `undefined` when the version differed (nothing written).
   */
  set(key: string, value: string, expectedVersion: string | null): Promise<string | undefined>;
  /** Removes the entry if its version is `expectedVersion`; resolves whether it did. */
  delete(key: string, expectedVersion: string): Promise<boolean>;
  /** Takes the key's lock for `ttlMs`; resolves a token for `unlock`, or `undefined` when it is held. */
  lock(key: string, ttlMs: number): Promise<string | undefined>;
  /** Releases the lock if `lockToken` still holds it (an expired lock taken over is left alone). */
  unlock(key: string, lockToken: string): Promise<void>;
}

/**
 * A new version or lock token: 128 random bits as hex (Web Crypto, any runtime).
 *
 * @example
 * ```ts
 * const version = newVersion(); // '9c1f…' (32 hex digits)
 * ```
 */
export function newVersion(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
