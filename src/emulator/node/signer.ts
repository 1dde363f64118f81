/**
 * The Node signer: RS256 with `node:crypto` on libuv's thread pool — the emulator's signing path
 * before the signer was injected, kept for Node; at most a little cheaper per signature than Web
 * Crypto on Node 20 (`bench/emulator/signers.mjs`, docs/benchmarks.md). `startEmulator` injects
 * it; the emulator core defaults to Web Crypto.
 *
 * @module
 */

import { KeyObject, sign } from 'node:crypto';
import type { JwsSigner } from '../model/jws.js';

const keyObjects = new WeakMap<CryptoKey, KeyObject>();

function keyObjectOf(key: CryptoKey): KeyObject {
  let keyObject = keyObjects.get(key);
  if (!keyObject) {
    keyObject = KeyObject.from(key);
    keyObjects.set(key, keyObject);
  }
  return keyObject;
}

/**
 * RS256 with `node:crypto` (asynchronous, on the thread pool). Pass it as `signer` to
 * `createEmulator` for in-process use on Node; `startEmulator` uses it by default.
 *
 * @example
 * ```ts
 * const emulator = createEmulator({ signer: nodeJwsSigner });
 * ```
 */
export const nodeJwsSigner: JwsSigner = (privateKey, signingInput) =>
  new Promise((resolve, reject) => {
    // The signing input is ASCII (two base64url segments), which latin1 encodes fastest.
    sign('sha256', Buffer.from(signingInput, 'latin1'), keyObjectOf(privateKey), (error, signature) => {
      if (error) reject(error);
      else resolve(signature.toString('base64url'));
    });
  });
