/**
 * The per-client JWKS cache: its settings, and export/import for serverless cold starts.
 *
 * @module
 */
import type { KakaoClient } from '../base/config.js';
import { pathOnAuthServer } from './http.js';
import { parseJwks, type RsaVerificationJwk } from './jwks-document.js';

/** Settings of a client's JWKS cache. */
export interface JwksCacheOptions {
  /** How long a fetched key set is used before it is fetched again. Default 24 hours. */
  ttlMs?: number | undefined;
  /**
   * Least time between two fetches. An id_token with an unknown `kid` triggers a refetch only when
   * the last fetch is older than this, so a flood of forged `kid`s costs Kakao one request per
   * cool-down. Also spaces out retries after a failed fetch. Default 30 seconds.
   */
  cooldownMs?: number | undefined;
  /**
   * Where the keys are; must be on the auth server (`kakao.authUrl`). Default: the discovery
   * document's `jwks_uri` once {@link getDiscovery} ran, else `${kakao.authUrl}/.well-known/jwks.json`.
   */
  jwksUri?: string | undefined;
}

/** A key set as {@link exportJwksCache} returns it: plain JSON, safe to store (public keys only). */
export interface ExportedJwksCache {
  /** Where the keys were fetched from. */
  uri: string;
  /** When they were fetched (epoch milliseconds, by the client's clock). */
  fetchedAt: number;
  /** The usable RS256 public keys (JWK). */
  keys: RsaVerificationJwk[];
}

/** One fetched key set, with its imported keys memoised. @internal */
export interface KeySet {
  readonly uri: string;
  readonly fetchedAt: number;
  readonly jwks: ReadonlyMap<string, RsaVerificationJwk>;
  readonly imported: Map<string, CryptoKey | Promise<CryptoKey>>;
  /** Header segments of verified tokens → their key: lets the hot path skip the `kid` lookup. */
  readonly byHeader: Map<string, CryptoKey>;
}

/** Mutable cache state of one client. @internal */
export interface JwksState {
  ttlMs: number;
  cooldownMs: number;
  jwksUri: string | undefined;
  keySet: KeySet | undefined;
  inflight: Promise<KeySet> | undefined;
  /** When the last fetch started (success or not); -Infinity before the first. */
  lastFetchAt: number;
}

/** Default TTL of a fetched key set: 24 hours. */
export const JWKS_TTL_MS = 24 * 60 * 60 * 1000;
/** Default least time between two JWKS fetches: 30 seconds. */
export const JWKS_COOLDOWN_MS = 30 * 1000;

const states = new WeakMap<KakaoClient, JwksState>();

/** The cache state of a client, created on first use. @internal */
export function jwksState(kakao: KakaoClient): JwksState {
  let state = states.get(kakao);
  if (!state) {
    state = {
      ttlMs: JWKS_TTL_MS,
      cooldownMs: JWKS_COOLDOWN_MS,
      jwksUri: undefined,
      keySet: undefined,
      inflight: undefined,
      lastFetchAt: Number.NEGATIVE_INFINITY,
    };
    states.set(kakao, state);
  }
  return state;
}

/** Builds a key set from parsed keys. @internal */
export function newKeySet(
  uri: string,
  fetchedAt: number,
  jwks: ReadonlyMap<string, RsaVerificationJwk>,
): KeySet {
  return { uri, fetchedAt, jwks, imported: new Map(), byHeader: new Map() };
}

/**
 * Tunes a client's JWKS cache (TTL, cool-down, key set URL). Cached keys are kept.
 *
 * @throws TypeError on a non-positive TTL, a negative cool-down or a non-http(s) URL.
 * @example
 * ```ts
 * import { configureJwksCache, createKakaoClient } from 'kakao-oauth';
 * const kakao = createKakaoClient({ restApiKey: 'rest-api-key' });
 * configureJwksCache(kakao, { ttlMs: 6 * 60 * 60 * 1000, cooldownMs: 60_000 });
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#oidc-find-public-key
 */
export function configureJwksCache(kakao: KakaoClient, options: JwksCacheOptions): void {
  const state = jwksState(kakao);
  if (options.ttlMs !== undefined) state.ttlMs = checkNumber('ttlMs', options.ttlMs, 1);
  if (options.cooldownMs !== undefined) state.cooldownMs = checkNumber('cooldownMs', options.cooldownMs, 0);
  if (options.jwksUri !== undefined) state.jwksUri = checkUrl(kakao, options.jwksUri);
}

/**
 * The client's cached key set as JSON (public keys only), or `undefined` before the first fetch.
 * Store it (KV, file, env) and hand it to {@link importJwksCache} on a cold start to skip a fetch.
 *
 * @example
 * ```ts
 * import { exportJwksCache, type KakaoClient } from 'kakao-oauth';
 * declare const kakao: KakaoClient;
 * const saved = JSON.stringify(exportJwksCache(kakao) ?? null);
 * ```
 */
export function exportJwksCache(kakao: KakaoClient): ExportedJwksCache | undefined {
  const keySet = jwksState(kakao).keySet;
  if (!keySet) return undefined;
  return { uri: keySet.uri, fetchedAt: keySet.fetchedAt, keys: [...keySet.jwks.values()] };
}

/**
 * Seeds the client's cache with a key set from {@link exportJwksCache}. It expires like a fetched
 * one (TTL counted from its `fetchedAt`), and an unknown `kid` still triggers a refetch.
 *
 * @throws TypeError when `exported` is not an exported cache.
 * @example
 * ```ts
 * import { createKakaoClient, type ExportedJwksCache, importJwksCache } from 'kakao-oauth';
 * const kakao = createKakaoClient({ restApiKey: 'rest-api-key' });
 * declare const saved: string | undefined; // what you stored from exportJwksCache
 * if (saved) importJwksCache(kakao, JSON.parse(saved) as ExportedJwksCache);
 * ```
 */
export function importJwksCache(kakao: KakaoClient, exported: ExportedJwksCache): void {
  if (typeof exported?.uri !== 'string' || !Number.isFinite(exported.fetchedAt)) {
    throw new TypeError(
      'importJwksCache expects the object exportJwksCache returned ({ uri, fetchedAt, keys }).',
    );
  }
  let jwks: ReadonlyMap<string, RsaVerificationJwk>;
  try {
    jwks = parseJwks(exported, 'The imported JWKS cache');
  } catch (cause) {
    throw new TypeError('importJwksCache: the exported cache holds no usable RS256 key.', { cause });
  }
  jwksState(kakao).keySet = newKeySet(exported.uri, exported.fetchedAt, jwks);
}

function checkNumber(name: string, value: number, min: number): number {
  if (!Number.isFinite(value) || value < min) throw new TypeError(`${name} must be a number >= ${min} (ms).`);
  return value;
}

function checkUrl(kakao: KakaoClient, value: string): string {
  if (typeof value !== 'string' || pathOnAuthServer(kakao, value) === undefined) {
    throw new TypeError(`jwksUri must be a URL on the auth server, starting with ${kakao.authUrl}/.`);
  }
  return value;
}
