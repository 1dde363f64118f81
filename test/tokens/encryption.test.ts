/**
 * Encryption at rest: sets are stored as JWE (dir + A256GCM); keys rotate; a wrong key or a
 * tampered value is a typed error.
 */
import { inspect } from 'node:util';
import { decodeProtectedHeader } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import {
  createMemoryStore,
  createTokenManager,
  KakaoTokenStoreError,
  type TokenEncryptionKey,
} from '../../src/tokens/index.js';
import { caught } from '../support/thrown.js';
import { PAST_ACCESS_LIFE_MS, testKakao } from './support/kakao.js';

const key = (id: string): TokenEncryptionKey => ({ id, secret: crypto.getRandomValues(new Uint8Array(32)) });

describe('encryption at rest', () => {
  it('stores a JWE that holds no readable token, and reads it back', async () => {
    const k = await testKakao();
    const store = createMemoryStore();
    const k1 = key('k1');
    const tokens = createTokenManager({ kakao: k.kakao, store, encryption: { keys: [k1] } });
    const set = await k.signIn();
    await tokens.save('user-1', set);
    const raw = (await store.get('user-1'))!.value;
    expect(decodeProtectedHeader(raw)).toEqual({ alg: 'dir', enc: 'A256GCM', kid: 'k1' });
    for (const secret of [set.accessToken, set.refreshToken!]) expect(raw).not.toContain(secret);
    const reader = createTokenManager({ kakao: k.kakao, store, encryption: { keys: [k1] } });
    expect(await reader.getAccessToken('user-1')).toBe(set.accessToken);
  });

  it('rotates: a new first key seals the next write, the old key still opens old entries', async () => {
    const k = await testKakao();
    const store = createMemoryStore();
    const [k1, k2] = [key('k1'), key('k2')];
    await createTokenManager({ kakao: k.kakao, store, encryption: { keys: [k1] } }).save(
      'user-1',
      await k.signIn(),
    );
    const rotated = createTokenManager({ kakao: k.kakao, store, encryption: { keys: [k2, k1] } });
    k.advance(PAST_ACCESS_LIFE_MS);
    await rotated.getAccessToken('user-1'); // reads with k1, refreshes, writes with k2
    expect(decodeProtectedHeader((await store.get('user-1'))!.value).kid).toBe('k2');
    const onlyNew = createTokenManager({ kakao: k.kakao, store, encryption: { keys: [k2] } });
    await expect(onlyNew.getAccessToken('user-1')).resolves.toBeTypeOf('string');
  });

  it('an entry sealed with an unknown key, or tampered with, is a KakaoTokenStoreError', async () => {
    const k = await testKakao();
    const store = createMemoryStore();
    const k1 = key('k1');
    await createTokenManager({ kakao: k.kakao, store, encryption: { keys: [k1] } }).save(
      'user-1',
      await k.signIn(),
    );
    const other = createTokenManager({ kakao: k.kakao, store, encryption: { keys: [key('k1')] } });
    const error = await caught(other.getAccessToken('user-1'));
    expect(error).toBeInstanceOf(KakaoTokenStoreError);
    expect(error).toMatchObject({ code: 'unreadable_entry' });
    expect((error as Error).message).toMatch(/encryption\.keys/);

    const record = (await store.get('user-1'))!;
    const parts = record.value.split('.');
    parts[3] = `${parts[3]!.slice(0, -2)}AA`;
    await store.set('user-1', parts.join('.'), record.version);
    const fresh = createTokenManager({ kakao: k.kakao, store, encryption: { keys: [k1] } });
    await expect(fresh.getAccessToken('user-1')).rejects.toMatchObject({ code: 'unreadable_entry' });
  });

  it('a malformed plain entry is unreadable_entry, with nothing of the stored text in the error', async () => {
    const k = await testKakao();
    const store = createMemoryStore();
    const tokens = createTokenManager({ kakao: k.kakao, store });
    const set = await k.signIn();
    await tokens.save('user-1', set);
    const record = (await store.get('user-1'))!;
    // The refresh token's opening quote removed: JSON.parse's message quotes the text at the fault.
    const broken = record.value.replace('"refresh_token":"', '"refresh_token":');
    expect(broken).not.toBe(record.value);
    await store.set('user-1', broken, record.version);
    const error = await caught(createTokenManager({ kakao: k.kakao, store }).getAccessToken('user-1'));
    expect(error).toMatchObject({ code: 'unreadable_entry' });
    const seen = `${inspect(error, { depth: 5 })} ${JSON.stringify(error)}`;
    expect(seen).not.toContain(set.refreshToken!.slice(0, 8));
  });

  it('imports each key once, not on every seal and open', async () => {
    const k = await testKakao();
    const store = createMemoryStore();
    const k1 = key('k1');
    const tokens = createTokenManager({ kakao: k.kakao, store, encryption: { keys: [k1] } });
    const set = await k.signIn();
    const importKey = vi.spyOn(crypto.subtle, 'importKey');
    try {
      for (let i = 0; i < 4; i++) await tokens.save(`user-${i}`, set);
      const reader = createTokenManager({ kakao: k.kakao, store, encryption: { keys: [k1] } });
      for (let i = 0; i < 4; i++) await reader.getAccessToken(`user-${i}`);
      expect(importKey).toHaveBeenCalledTimes(2); // once per manager
    } finally {
      importKey.mockRestore();
    }
  });

  it('refuses keys that are not 32 bytes, or without a unique id', async () => {
    const { kakao } = await testKakao();
    const short = { id: 'a', secret: new Uint8Array(16) };
    expect(() => createTokenManager({ kakao, encryption: { keys: [short] } })).toThrow(/32 bytes/);
    expect(() => createTokenManager({ kakao, encryption: { keys: [] } })).toThrow(/at least one/);
    const k1 = key('same');
    expect(() => createTokenManager({ kakao, encryption: { keys: [k1, key('same')] } })).toThrow(/unique id/);
  });
});
