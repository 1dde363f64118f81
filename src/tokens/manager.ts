/**
 * The token manager: sets saved under the app's keys, handed out valid, refreshed once.
 *
 * @module
 */
import { KakaoApiError } from '../base/errors/api-error.js';
import type { KakaoTokenSet } from '../client/tokens/token-set.js';
import { createEntries, type Entries } from './entries.js';
import { KakaoSignInRequiredError, KakaoTokenStoreError } from './errors.js';
import { type ManagerConfig, resolveOptions, type TokenManagerOptions } from './options.js';
import { createRefresher, endEntry, type Picker, type Refresher } from './refresh.js';
import type { StoredRecord } from './store.js';

/**
 * Options of {@link TokenManager.call}.
 *
 * @example
 * ```ts
 * const options: TokenCallOptions = { idempotent: true };
 * ```
 */
export interface TokenCallOptions {
  /**
   * Run `fn` a second time (with the refreshed token) after a `-401`. Only for calls that are safe
   * to repeat (reads); default `false`: the tokens are refreshed and the `-401` error is thrown.
   */
  idempotent?: boolean | undefined;
}

/**
 * Keeps each key's Kakao tokens valid. See {@link createTokenManager}.
 *
 * @example
 * ```ts
 * declare const tokens: TokenManager;
 * const accessToken = await tokens.getAccessToken('user-1');
 * ```
 */
export interface TokenManager {
  /** Stores a set (after sign-in), replacing whatever the key held. */
  save(key: string, set: KakaoTokenSet): Promise<void>;
  /**
   * Stores a set only when the key holds none, in one compare-and-set: a set another caller or
   * process wrote first (a seed, a sign-in, a refresh) stays. Resolves whether it wrote. For seeding
   * the manager from tokens kept elsewhere (an auth framework's account row) after a restart.
   */
  saveIfAbsent(key: string, set: KakaoTokenSet): Promise<boolean>;
  /**
   * A set whose access token is good for longer than `refreshMarginMs`, refreshed first when needed.
   *
   * @throws KakaoSignInRequiredError, KakaoTokenLockError, KakaoTokenStoreError, or the client's
   *   errors when Kakao cannot be reached.
   */
  getTokens(key: string): Promise<KakaoTokenSet>;
  /** {@link TokenManager.getTokens}, access token only. */
  getAccessToken(key: string): Promise<string>;
  /**
   * Runs a kapi call with the key's access token. On `-401` the tokens are refreshed once and, for
   * an idempotent call, `fn` runs once more; on `-101` (user unlinked) the entry ends.
   */
  call<T>(key: string, fn: (accessToken: string) => Promise<T>, options?: TokenCallOptions): Promise<T>;
  /** Removes the key's set (sign-out). Does not fire `onEnded`. */
  remove(key: string): Promise<void>;
}

/** Attempts of `save`/`remove` against concurrent writers. */
const WRITE_ATTEMPTS = 5;

/**
 * Creates a token manager over a store (default: memory).
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const signedIn: KakaoTokenSet;
 * const tokens = createTokenManager({ kakao, onEnded: ({ key }) => console.log('sign out', key) });
 * await tokens.save('user-1', signedIn);
 * const me = await tokens.call('user-1', (accessToken) => getUser(kakao, { accessToken }), { idempotent: true });
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#refresh-token
 */
export function createTokenManager(options: TokenManagerOptions): TokenManager {
  const config = resolveOptions(options);
  const entries = createEntries(config);
  const flights = createRefresher(config, entries);
  // While the key's refresh is in flight here, a caller joins it before anything else — no key
  // check (the flights' keys are checked strings), no store read, no allocation — so a storm's
  // 10,000th caller costs what its first waiter did.
  const handOut = <T>(key: string, pick: Picker<T>): Promise<T> =>
    flights.joining(key, pick) ?? settle(() => validSet(config, entries, flights, checkKey(key), pick));
  return {
    save: (key, set) => settle(() => save(config, entries, flights, checkKey(key), set)),
    saveIfAbsent: (key, set) => settle(() => saveIfAbsent(config, entries, flights, checkKey(key), set)),
    getTokens: (key) => handOut(key, wholeSet),
    getAccessToken: (key) => handOut(key, accessTokenOf),
    call: (key, fn, callOptions) =>
      settle(() => call(config, entries, flights, checkKey(key), fn, callOptions)),
    remove: (key) => settle(() => remove(config, entries, flights, checkKey(key))),
  };
}

/**
 * `pick` of a valid set. The hot path (store answered, decoded set cached and fresh) creates one
 * promise: with a synchronous store (memory) the resolved one, otherwise the store's own.
 */
function validSet<T>(
  config: ManagerConfig,
  entries: Entries,
  flights: Refresher,
  key: string,
  pick: Picker<T>,
): Promise<T> {
  const answer = config.store.get(key);
  // A store may answer with a foreign thenable: treat it as the promise it stands for.
  const got =
    answer instanceof Promise || typeof (answer as { then?: unknown })?.then !== 'function'
      ? answer
      : Promise.resolve(answer);
  if (!(got instanceof Promise)) {
    const set = got === undefined ? undefined : entries.cached(key, got);
    if (set === undefined) return slowPath(entries, flights, key, got).then(pick);
    return entries.isFresh(set) ? Promise.resolve(pick(set)) : flights.refresh(key, set.accessToken, pick);
  }
  return got.then((record) => {
    const set = record === undefined ? undefined : entries.cached(key, record);
    return set !== undefined && entries.isFresh(set)
      ? pick(set)
      : slowPath(entries, flights, key, record).then(pick);
  });
}

/** Decodes the record, refreshing when the set is not fresh. */
async function slowPath(
  entries: Entries,
  flights: Refresher,
  key: string,
  record: StoredRecord | undefined,
): Promise<KakaoTokenSet> {
  if (record === undefined) throw new KakaoSignInRequiredError('no_tokens');
  const set = await entries.decode(key, record);
  return entries.isFresh(set) ? set : flights.refresh(key, set.accessToken);
}

async function call<T>(
  config: ManagerConfig,
  entries: Entries,
  flights: Refresher,
  key: string,
  fn: (accessToken: string) => Promise<T>,
  options: TokenCallOptions = {},
): Promise<T> {
  const set = await validSet(config, entries, flights, key, wholeSet);
  try {
    return await fn(set.accessToken);
  } catch (error) {
    await endIfUnlinked(config, entries, key, error);
    if (!(error instanceof KakaoApiError && error.apiCode === -401)) throw error;
    const next = await flights.refresh(key, set.accessToken);
    if (options.idempotent !== true) throw error;
    try {
      return await fn(next.accessToken);
    } catch (again) {
      await endIfUnlinked(config, entries, key, again);
      throw again;
    }
  }
}

async function endIfUnlinked(
  config: ManagerConfig,
  entries: Entries,
  key: string,
  error: unknown,
): Promise<void> {
  if (!(error instanceof KakaoApiError && error.apiCode === -101)) return;
  const entry = await entries.read(key);
  if (entry === undefined) throw new KakaoSignInRequiredError('unlinked', error);
  await endEntry(config, entries, key, entry, 'unlinked', error);
}

async function save(
  config: ManagerConfig,
  entries: Entries,
  flights: Refresher,
  key: string,
  set: KakaoTokenSet,
): Promise<void> {
  const value = await encodeSet(config, set, 'save');
  for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
    const current = await config.store.get(key);
    if ((await config.store.set(key, value, current?.version ?? null)) !== undefined) {
      entries.remember(key, value, set);
      flights.detach(key);
      return;
    }
  }
  throw new KakaoTokenStoreError('write_conflict');
}

async function saveIfAbsent(
  config: ManagerConfig,
  entries: Entries,
  flights: Refresher,
  key: string,
  set: KakaoTokenSet,
): Promise<boolean> {
  const value = await encodeSet(config, set, 'saveIfAbsent');
  if ((await config.store.set(key, value, null)) === undefined) return false;
  entries.remember(key, value, set);
  flights.detach(key);
  return true;
}

/** The set encoded for the store. A set without an access token is refused: it could not be read back. */
function encodeSet(config: ManagerConfig, set: KakaoTokenSet, method: string): Promise<string> {
  if (
    typeof set?.accessToken !== 'string' ||
    set.accessToken === '' ||
    typeof set.accessTokenExpiresAt !== 'number'
  ) {
    throw new TypeError(
      `${method}(key, set): set must be a token set from exchangeCode() or refreshTokens().`,
    );
  }
  return config.codec.encode(set, config.clock());
}

async function remove(
  config: ManagerConfig,
  entries: Entries,
  flights: Refresher,
  key: string,
): Promise<void> {
  entries.forget(key);
  for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
    const current = await config.store.get(key);
    if (current === undefined || (await config.store.delete(key, current.version))) {
      flights.detach(key);
      return;
    }
  }
  throw new KakaoTokenStoreError('write_conflict');
}

function checkKey(key: string): string {
  if (typeof key !== 'string' || key === '' || key.length > 512) {
    throw new TypeError(
      'The key must be a non-empty string of at most 512 characters (a user id, a session id …).',
    );
  }
  return key;
}

/** Runs `fn`, turning a synchronous throw into a rejected promise. */
function settle<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return fn();
  } catch (error) {
    return Promise.reject(error);
  }
}

function wholeSet(set: KakaoTokenSet): KakaoTokenSet {
  return set;
}

function accessTokenOf(set: KakaoTokenSet): string {
  return set.accessToken;
}
