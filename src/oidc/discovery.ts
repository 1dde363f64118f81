/**
 * `GET /.well-known/openid-configuration`: Kakao's OIDC metadata, validated and cached per client.
 *
 * @module
 */
import type { KakaoClient } from '../base/config.js';
import { KakaoOidcMetadataError } from './errors.js';
import { getAuthJsonObject, type MetadataRequestOptions, pathOnAuthServer } from './http.js';

/** Kakao's OpenID Provider metadata, with the fields we use typed and the raw document kept. */
export interface KakaoDiscovery {
  /** Equal to `kakao.issuer` (checked). */
  readonly issuer: string;
  readonly authorizationEndpoint: string;
  readonly tokenEndpoint: string;
  /** Kakao serves it on kapi: `https://kapi.kakao.com/v1/oidc/userinfo`. */
  readonly userinfoEndpoint: string | undefined;
  readonly jwksUri: string;
  /** The document as served (snake_case), including fields we do not model. */
  readonly raw: Readonly<Record<string, unknown>>;
}

/** Options of {@link getDiscovery}. */
export interface DiscoveryOptions extends MetadataRequestOptions {
  /** Ignore the cached document and fetch again. */
  refresh?: boolean | undefined;
}

/** How long a fetched discovery document is reused: 24 hours (Kakao's is static). */
export const DISCOVERY_TTL_MS = 24 * 60 * 60 * 1000;

interface DiscoveryEntry {
  fetchedAt: number;
  promise: Promise<KakaoDiscovery>;
  value?: KakaoDiscovery;
}

const cache = new WeakMap<KakaoClient, DiscoveryEntry>();

/**
 * Fetches (once per client, then from cache for {@link DISCOVERY_TTL_MS}) and validates the OpenID
 * configuration at `${kakao.authUrl}/.well-known/openid-configuration`. Its `issuer` must equal
 * `kakao.issuer`. Concurrent callers share one request; a failed request is not cached. Once known,
 * its `jwks_uri` is where the JWKS cache fetches keys.
 *
 * @throws KakaoOidcMetadataError when the document is invalid (`OIDC_ISSUER_MISMATCH` when the
 *   issuer differs; `OIDC_RESPONSE_INVALID` for a missing endpoint or a `jwks_uri` off the auth
 *   server); the client's KakaoTransportError / KakaoResponseError when it cannot be fetched.
 * @example
 * ```ts
 * import { createKakaoClient, getDiscovery } from 'kakao-oauth';
 * const kakao = createKakaoClient({ restApiKey: 'rest-api-key' });
 * const { jwksUri, userinfoEndpoint } = await getDiscovery(kakao);
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#oidc-find-metadata
 */
export function getDiscovery(kakao: KakaoClient, options: DiscoveryOptions = {}): Promise<KakaoDiscovery> {
  const now = kakao.clock();
  const entry = cache.get(kakao);
  if (entry && !options.refresh && now - entry.fetchedAt < DISCOVERY_TTL_MS) return entry.promise;
  const fresh: DiscoveryEntry = { fetchedAt: now, promise: fetchDiscovery(kakao, options) };
  cache.set(kakao, fresh);
  fresh.promise.then(
    (value) => {
      fresh.value = value;
    },
    () => {
      if (cache.get(kakao) === fresh) cache.delete(kakao);
    },
  );
  return fresh.promise;
}

/** The `jwks_uri` of an already fetched discovery document, if any. @internal */
export function knownJwksUri(kakao: KakaoClient): string | undefined {
  return cache.get(kakao)?.value?.jwksUri;
}

async function fetchDiscovery(kakao: KakaoClient, options: MetadataRequestOptions): Promise<KakaoDiscovery> {
  const raw = await getAuthJsonObject(kakao, '/.well-known/openid-configuration', options);
  return parseDiscovery(raw, kakao);
}

/** Validates a discovery document against the client's issuer and auth server. */
function parseDiscovery(raw: Record<string, unknown>, kakao: KakaoClient): KakaoDiscovery {
  const expectedIssuer = kakao.issuer;
  if (raw.issuer !== expectedIssuer) {
    throw new KakaoOidcMetadataError(
      'OIDC_ISSUER_MISMATCH',
      `The discovery document's issuer is ${JSON.stringify(raw.issuer)}, expected ${JSON.stringify(expectedIssuer)}: set the client's issuer to match the server you talk to.`,
    );
  }
  return Object.freeze({
    issuer: expectedIssuer,
    authorizationEndpoint: httpUrl(raw, 'authorization_endpoint'),
    tokenEndpoint: httpUrl(raw, 'token_endpoint'),
    userinfoEndpoint: raw.userinfo_endpoint === undefined ? undefined : httpUrl(raw, 'userinfo_endpoint'),
    jwksUri: jwksUriOnAuthServer(raw, kakao),
    raw: Object.freeze({ ...raw }),
  });
}

/** Keys are fetched from the auth server only: a document cannot send us elsewhere for keys. */
function jwksUriOnAuthServer(raw: Record<string, unknown>, kakao: KakaoClient): string {
  const uri = httpUrl(raw, 'jwks_uri');
  if (pathOnAuthServer(kakao, uri) !== undefined) return uri;
  throw new KakaoOidcMetadataError(
    'OIDC_RESPONSE_INVALID',
    `The discovery document's jwks_uri is not on the auth server (${kakao.authUrl}).`,
  );
}

function httpUrl(raw: Record<string, unknown>, field: string): string {
  const value = raw[field];
  if (typeof value === 'string' && URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)) {
    return value;
  }
  throw new KakaoOidcMetadataError(
    'OIDC_RESPONSE_INVALID',
    `The discovery document's ${field} is not an http(s) URL.`,
  );
}
