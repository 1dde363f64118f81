/**
 * Finding the verification key for an id_token's `kid`: warm cache first, then one coalesced,
 * cool-down-limited fetch.
 *
 * @module
 */
import type { KakaoClient } from '../base/config.js';
import { knownJwksUri } from './discovery.js';
import { KakaoIdTokenError } from './errors.js';
import { getAuthJsonObject, pathOnAuthServer } from './http.js';
import { type JwksState, jwksState, type KeySet, newKeySet } from './jwks-cache.js';
import { parseJwks } from './jwks-document.js';

/** Web Crypto's name for RS256 keys; the same key algorithm jose expects for RS256 verification. */
const RS256_KEY = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };

/**
 * The CryptoKey for `kid`. Synchronous when the key set is fresh and the key already imported (the
 * hot path); otherwise imports, fetches or refetches as needed.
 */
export function resolveVerificationKey(kakao: KakaoClient, kid: unknown): CryptoKey | Promise<CryptoKey> {
  if (typeof kid !== 'string' || kid === '') {
    throw new KakaoIdTokenError('ID_TOKEN_KID_UNKNOWN', 'The id_token header has no "kid".');
  }
  const state = jwksState(kakao);
  const keySet = state.keySet;
  if (keySet && kakao.clock() - keySet.fetchedAt < state.ttlMs) {
    const key = keySet.imported.get(kid);
    if (key) return key;
    if (keySet.jwks.has(kid)) return importKey(keySet, kid);
    return refetchForUnknownKid(kakao, state, kid);
  }
  return loadExpired(kakao, state, kid);
}

/** Most distinct header segments remembered per key set (Kakao uses one per key). */
const MAX_REMEMBERED_HEADERS = 8;

/**
 * The key that verified a token with exactly this header segment before, while the key set is
 * fresh. The header holds the `kid`, so the same segment means the same key; jose still checks
 * `alg` and the signature.
 */
export function keyForKnownHeader(kakao: KakaoClient, headerSegment: string): CryptoKey | undefined {
  const state = jwksState(kakao);
  const keySet = state.keySet;
  if (!keySet || kakao.clock() - keySet.fetchedAt >= state.ttlMs) return undefined;
  return keySet.byHeader.get(headerSegment);
}

/** Remembers the key of a header segment whose signature just verified (current set only). */
export function rememberHeader(kakao: KakaoClient, headerSegment: string, key: CryptoKey): void {
  const keySet = jwksState(kakao).keySet;
  if (!keySet || keySet.byHeader.size >= MAX_REMEMBERED_HEADERS) return;
  if ([...keySet.imported.values()].includes(key)) keySet.byHeader.set(headerSegment, key);
}

/** A fresh set lacks `kid`: refetch once, unless a fetch ran within the cool-down. */
async function refetchForUnknownKid(kakao: KakaoClient, state: JwksState, kid: string): Promise<CryptoKey> {
  const coolingDown = kakao.clock() - state.lastFetchAt < state.cooldownMs;
  if (!state.inflight && coolingDown) throw unknownKid();
  let keySet: KeySet;
  try {
    keySet = await refresh(kakao, state);
  } catch (cause) {
    throw unknownKid(cause);
  }
  return lookUp(keySet, kid);
}

/** No set yet, or its TTL ran out: fetch (coalesced); on failure fall back to the stale set. */
async function loadExpired(kakao: KakaoClient, state: JwksState, kid: string): Promise<CryptoKey> {
  const stale = state.keySet;
  const coolingDown = kakao.clock() - state.lastFetchAt < state.cooldownMs;
  if (!state.inflight && coolingDown) {
    if (stale) return lookUp(stale, kid);
    throw unavailable('the last fetch failed less than the cool-down ago');
  }
  try {
    return lookUp(await refresh(kakao, state), kid);
  } catch (cause) {
    if (cause instanceof KakaoIdTokenError) throw cause;
    if (stale) return lookUp(stale, kid);
    throw unavailable('it could not be fetched', cause);
  }
}

function refresh(kakao: KakaoClient, state: JwksState): Promise<KeySet> {
  state.inflight ??= fetchKeySet(kakao, state).finally(() => {
    state.inflight = undefined;
  });
  return state.inflight;
}

async function fetchKeySet(kakao: KakaoClient, state: JwksState): Promise<KeySet> {
  state.lastFetchAt = kakao.clock();
  const uri = state.jwksUri ?? knownJwksUri(kakao) ?? `${kakao.authUrl}/.well-known/jwks.json`;
  const path = pathOnAuthServer(kakao, uri) ?? '/.well-known/jwks.json';
  const jwks = parseJwks(await getAuthJsonObject(kakao, path), `The JWKS at ${uri}`);
  const keySet = newKeySet(uri, kakao.clock(), jwks);
  state.keySet = keySet;
  return keySet;
}

function lookUp(keySet: KeySet, kid: string): CryptoKey | Promise<CryptoKey> {
  const key = keySet.imported.get(kid);
  if (key) return key;
  if (keySet.jwks.has(kid)) return importKey(keySet, kid);
  throw unknownKid();
}

function importKey(keySet: KeySet, kid: string): Promise<CryptoKey> {
  const { kty, n, e } = keySet.jwks.get(kid)!;
  const jwk = { kty, n, e, alg: 'RS256', ext: true };
  const pending = crypto.subtle.importKey('jwk', jwk, RS256_KEY, false, ['verify']).then(
    (key) => {
      keySet.imported.set(kid, key);
      return key;
    },
    (cause: unknown) => {
      keySet.imported.delete(kid);
      throw unavailable(`its key for this kid could not be imported`, cause);
    },
  );
  keySet.imported.set(kid, pending);
  return pending;
}

function unknownKid(cause?: unknown): KakaoIdTokenError {
  return new KakaoIdTokenError(
    'ID_TOKEN_KID_UNKNOWN',
    'The id_token was signed with a key (kid) that is not in the issuer JWKS.',
    { cause },
  );
}

function unavailable(why: string, cause?: unknown): KakaoIdTokenError {
  return new KakaoIdTokenError('ID_TOKEN_JWKS_UNAVAILABLE', `The issuer JWKS is unavailable: ${why}.`, {
    cause,
  });
}
