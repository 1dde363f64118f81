/**
 * How a token set becomes a store value and back: Kakao's snake_case JSON with absolute expiry
 * instants, optionally sealed as a JWE (`dir` + `A256GCM`: authenticated encryption).
 *
 * @module
 */
import { CompactEncrypt, compactDecrypt } from 'jose';
import { tokenSetFromJson, toTokenResponse } from '../client/tokens/token-json.js';
import type { KakaoTokenSet } from '../client/tokens/token-set.js';
import { KakaoTokenStoreError } from './errors.js';

/**
 * One encryption key: 32 random bytes and a short id written into each value's header, so that
 * values sealed with an older key stay readable after a new key is put first.
 *
 * @example
 * ```ts
 * const key: TokenEncryptionKey = { id: '2026-11', secret: crypto.getRandomValues(new Uint8Array(32)) };
 * ```
 */
export interface TokenEncryptionKey {
  /** Short id (letters, digits, `.`, `_`, `-`), stored in clear beside the value. */
  readonly id: string;
  /** 32 bytes (AES-256-GCM). Keep it outside the store. */
  readonly secret: Uint8Array;
}

/**
 * Encryption at rest: the first key seals new values; every key opens values sealed with it.
 * Rotate by putting a new key first and keeping the old one second until every set was rewritten
 * (each refresh rewrites its set).
 *
 * @example
 * ```ts
 * declare const current: TokenEncryptionKey;
 * declare const previous: TokenEncryptionKey;
 * const encryption: TokenEncryption = { keys: [current, previous] };
 * ```
 */
export interface TokenEncryption {
  readonly keys: readonly TokenEncryptionKey[];
}

/** Encodes and decodes sets for the store. */
export interface TokenCodec {
  encode(set: KakaoTokenSet, now: number): Promise<string>;
  decode(value: string): Promise<KakaoTokenSet>;
}

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The codec for the options: plain JSON, or JWE when `encryption` is given (checked here).
 *
 * @throws TypeError when a key is not 32 bytes, an id is malformed or repeated, or the list is empty.
 */
export function createCodec(encryption: TokenEncryption | undefined): TokenCodec {
  if (encryption === undefined)
    return { encode: async (set, now) => plain(set, now), decode: async (v) => parse(v) };
  const keys = checkKeys(encryption);
  const [first] = keys;
  // Each secret imported once as a CryptoKey (jose would import raw bytes again on every call).
  const imported = new Map<string, Promise<CryptoKey>>();
  const cryptoKey = (key: TokenEncryptionKey) => {
    let promise = imported.get(key.id);
    if (promise === undefined) {
      promise = crypto.subtle.importKey('raw', key.secret as Uint8Array<ArrayBuffer>, 'AES-GCM', false, [
        'encrypt',
        'decrypt',
      ]);
      imported.set(key.id, promise);
    }
    return promise;
  };
  return {
    async encode(set, now) {
      return new CompactEncrypt(new TextEncoder().encode(plain(set, now)))
        .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', kid: first!.id })
        .encrypt(await cryptoKey(first!));
    },
    async decode(value) {
      let text: string;
      try {
        const { plaintext } = await compactDecrypt(value, (header) => cryptoKey(keyFor(keys, header.kid)), {
          keyManagementAlgorithms: ['dir'],
          contentEncryptionAlgorithms: ['A256GCM'],
        });
        text = new TextDecoder().decode(plaintext);
      } catch (error) {
        throw new KakaoTokenStoreError('unreadable_entry', error);
      }
      return parse(text);
    },
  };
}

function plain(set: KakaoTokenSet, now: number): string {
  return JSON.stringify(toTokenResponse(set, now));
}

function parse(value: string): KakaoTokenSet {
  try {
    return tokenSetFromJson(JSON.parse(value));
  } catch (error) {
    // Only the error's kind: a JSON.parse message quotes the text around the fault, tokens included.
    throw new KakaoTokenStoreError('unreadable_entry', new Error((error as Error)?.name ?? 'Error'));
  }
}

function keyFor(keys: readonly TokenEncryptionKey[], kid: string | undefined): TokenEncryptionKey {
  const key = keys.find((candidate) => candidate.id === kid);
  if (key === undefined) throw new Error('no configured key has this id');
  return key;
}

function checkKeys(encryption: TokenEncryption): readonly TokenEncryptionKey[] {
  const keys = encryption?.keys;
  if (!Array.isArray(keys) || keys.length === 0) {
    throw new TypeError(
      'encryption.keys must list at least one { id, secret } key (secret: 32 random bytes).',
    );
  }
  const seen = new Set<string>();
  for (const key of keys as readonly TokenEncryptionKey[]) {
    if (typeof key?.id !== 'string' || !KEY_ID.test(key.id) || seen.has(key.id)) {
      throw new TypeError('Each encryption key needs a unique id of 1-64 letters, digits, ".", "_" or "-".');
    }
    if (!(key.secret instanceof Uint8Array) || key.secret.byteLength !== 32) {
      throw new TypeError(
        `Encryption key "${key.id}" must be 32 bytes (a Uint8Array), e.g. crypto.getRandomValues(new Uint8Array(32)).`,
      );
    }
    seen.add(key.id);
  }
  return keys;
}
