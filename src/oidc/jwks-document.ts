/**
 * Reading a JSON Web Key Set defensively: keep only keys that can verify RS256, indexed by `kid`.
 *
 * @module
 */
import type { JWK } from 'jose';
import { KakaoOidcMetadataError } from './errors.js';

/** An RSA public key usable for RS256, reduced to the members needed to import it. */
export interface RsaVerificationJwk {
  readonly kty: 'RSA';
  readonly kid: string;
  readonly n: string;
  readonly e: string;
  readonly alg?: 'RS256';
  readonly use?: 'sig';
}

/** Parses `{ keys: [...] }`, keeping usable RS256 keys (first one wins on a repeated `kid`). */
export function parseJwks(document: unknown, source: string): ReadonlyMap<string, RsaVerificationJwk> {
  const keys = (document as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys)) throw invalid(`${source} has no "keys" array.`);
  const byKid = new Map<string, RsaVerificationJwk>();
  for (const key of keys) {
    const usable = toRsaVerificationJwk(key);
    if (usable && !byKid.has(usable.kid)) byKid.set(usable.kid, usable);
  }
  if (byKid.size === 0) throw invalid(`${source} holds no RSA key usable for RS256 with a "kid".`);
  return byKid;
}

function toRsaVerificationJwk(key: unknown): RsaVerificationJwk | undefined {
  if (typeof key !== 'object' || key === null) return undefined;
  const { kty, kid, n, e, alg, use } = key as JWK;
  if (kty !== 'RSA' || !isText(kid) || !isText(n) || !isText(e)) return undefined;
  if ((alg !== undefined && alg !== 'RS256') || (use !== undefined && use !== 'sig')) return undefined;
  return { kty, kid, n, e, ...(alg ? { alg } : {}), ...(use ? { use } : {}) } as RsaVerificationJwk;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function invalid(message: string): KakaoOidcMetadataError {
  return new KakaoOidcMetadataError('OIDC_RESPONSE_INVALID', message);
}
