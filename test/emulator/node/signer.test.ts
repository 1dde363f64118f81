/**
 * The two id_token signers: Web Crypto (the core's default) and `node:crypto` (injected by
 * `startEmulator`). RSASSA-PKCS1-v1_5 is deterministic, so both must write the same bytes.
 */
import { importJWK, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  createEmulator,
  nodeJwsSigner,
  startEmulator,
  webCryptoSigner,
} from '../../../src/emulator/index.js';
import { signRs256 } from '../../../src/emulator/model/jws.js';
import { testKey } from '../helpers.js';

describe('id_token signers', () => {
  it('Web Crypto and node:crypto write the same verifiable RS256 JWS', async () => {
    const key = await testKey();
    const payload = { sub: '1', nickname: '민준', iat: 1 };
    const web = await signRs256(key, payload, webCryptoSigner);
    const node = await signRs256(key, payload, nodeJwsSigner);
    expect(node).toBe(web);
    const { payload: verified, protectedHeader } = await jwtVerify(
      web,
      await importJWK(key.publicJwk, 'RS256'),
    );
    expect(verified).toEqual(payload);
    expect(Object.keys(protectedHeader)).toEqual(['kid', 'typ', 'alg']);
  });

  it('startEmulator signs with the node:crypto signer, createEmulator defaults to Web Crypto', async () => {
    expect(createEmulator().state.signer).toBe(webCryptoSigner);
    const running = await startEmulator({ signingKeys: [await testKey()] });
    try {
      expect(running.emulator.state.signer).toBe(nodeJwsSigner);
    } finally {
      await running.close();
    }
    const custom = await startEmulator({ signingKeys: [await testKey()], signer: webCryptoSigner });
    try {
      expect(custom.emulator.state.signer).toBe(webCryptoSigner);
    } finally {
      await custom.close();
    }
  });
});
