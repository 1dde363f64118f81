/**
 * The token manager's rules, against the emulator in-process (memory store).
 */
import { describe, expect, it } from 'vitest';
import { armFault } from '../../src/emulator/index.js';
import { getUser, KakaoApiError } from '../../src/index.js';
import {
  createMemoryStore,
  createTokenManager,
  KakaoSignInRequiredError,
  KakaoTokenLockError,
  type TokenStore,
  type TokensEndedEvent,
  type TokensRefreshedEvent,
} from '../../src/tokens/index.js';
import { caught } from '../support/thrown.js';
import { INTO_ROTATION_MS, PAST_ACCESS_LIFE_MS, testKakao } from './support/kakao.js';

async function setup(options: Partial<Parameters<typeof createTokenManager>[0]> = {}) {
  const k = await testKakao();
  const refreshed: TokensRefreshedEvent[] = [];
  const rotated: TokensRefreshedEvent[] = [];
  const ended: TokensEndedEvent[] = [];
  const tokens = createTokenManager({
    kakao: k.kakao,
    onRefreshed: (e) => refreshed.push(e),
    onRotated: (e) => rotated.push(e),
    onEnded: (e) => ended.push(e),
    ...options,
  });
  const first = await k.signIn();
  await tokens.save('user-1', first);
  return { ...k, tokens, first, refreshed, rotated, ended };
}

describe('getAccessToken', () => {
  it('hands out the saved token while it is fresh, without a refresh', async () => {
    const t = await setup();
    expect(await t.tokens.getAccessToken('user-1')).toBe(t.first.accessToken);
    t.advance(5 * 3600_000);
    expect(await t.tokens.getAccessToken('user-1')).toBe(t.first.accessToken);
    expect(t.refreshes()).toEqual([]);
  });

  it('refreshes the configured margin before expiry, keeping the refresh token Kakao did not resend', async () => {
    const t = await setup({ refreshMarginMs: 10 * 60_000 });
    t.advance(6 * 3600_000 - 9 * 60_000); // 9 minutes left: inside the 10-minute margin
    const set = await t.tokens.getTokens('user-1');
    expect(set.accessToken).not.toBe(t.first.accessToken);
    expect(set.refreshToken).toBe(t.first.refreshToken);
    expect(set.refreshTokenExpiresAt).toBe(t.first.refreshTokenExpiresAt);
    expect(t.refreshes()).toEqual([{ status: 200, errorCode: undefined }]);
    expect(t.refreshed).toEqual([
      {
        key: 'user-1',
        rotated: false,
        accessTokenExpiresAt: set.accessTokenExpiresAt,
        refreshTokenExpiresAt: set.refreshTokenExpiresAt,
      },
    ]);
    expect(t.rotated).toEqual([]);
    // The refreshed token works at kapi.
    await expect(getUser(t.kakao, { accessToken: set.accessToken })).resolves.toBeDefined();
  });

  it('adopts a rotated refresh token and fires onRotated; the old one is dead at Kakao', async () => {
    const t = await setup();
    t.advance(INTO_ROTATION_MS);
    const set = await t.tokens.getTokens('user-1');
    expect(set.refreshToken).not.toBe(t.first.refreshToken);
    expect(t.rotated).toHaveLength(1);
    expect(t.rotated[0]?.rotated).toBe(true);
    // The stored set carries the new refresh token: the next expiry refreshes fine.
    t.advance(PAST_ACCESS_LIFE_MS);
    await t.tokens.getAccessToken('user-1');
    expect(t.refreshes().map((r) => r.status)).toEqual([200, 200]);
  });

  it('1,000 concurrent callers on an expired token: exactly one refresh, all get its token', async () => {
    const t = await setup();
    t.advance(PAST_ACCESS_LIFE_MS);
    const answers = await Promise.all(Array.from({ length: 1000 }, () => t.tokens.getAccessToken('user-1')));
    expect(t.refreshes()).toHaveLength(1);
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).not.toBe(t.first.accessToken);
    console.log(
      `[figures] 1 process, 1000 concurrent callers: ${t.refreshes().length} refresh, ${answers.length} answered`,
    );
  });

  it('callers that arrive while the refresh is in flight join it without a store read or a lock attempt', async () => {
    const k = await testKakao();
    const memory = createMemoryStore();
    const calls = { get: 0, lock: 0 };
    const store: TokenStore = {
      ...memory,
      get(key) {
        calls.get++;
        return memory.get(key);
      },
      lock(key, ttlMs) {
        calls.lock++;
        return memory.lock(key, ttlMs);
      },
    };
    const tokens = createTokenManager({ kakao: k.kakao, store });
    await tokens.save('user-1', await k.signIn());
    k.advance(PAST_ACCESS_LIFE_MS);
    const first = tokens.getAccessToken('user-1'); // the memory store answers at once: the flight is up
    const before = { ...calls };
    const later = Array.from({ length: 500 }, () => tokens.getAccessToken('user-1'));
    expect(calls).toEqual(before);
    const answers = await Promise.all([first, ...later]);
    expect(new Set(answers).size).toBe(1);
    expect(k.refreshes()).toHaveLength(1);
    expect(calls.lock).toBe(1);
  });

  it('after a remove in this process, callers no longer join the refresh that was in flight', async () => {
    const t = await setup();
    t.advance(PAST_ACCESS_LIFE_MS);
    armFault(t.emulator.state, { host: 'auth', path: '/oauth/token' }, { kind: 'latency', ms: 100 }, 1);
    const refreshing = t.tokens.getAccessToken('user-1');
    await t.tokens.remove('user-1');
    const error = await caught(t.tokens.getAccessToken('user-1'));
    expect(error).toMatchObject({ code: 'sign_in_required', reason: 'no_tokens' });
    await refreshing;
    expect(t.refreshes()).toHaveLength(1);
  });

  it('concurrent callers share the same typed error when the refresh fails', async () => {
    const t = await setup();
    t.advance(PAST_ACCESS_LIFE_MS);
    armFault(t.emulator.state, { host: 'auth', path: '/oauth/token' }, { kind: 'status', status: 503 }, 1);
    const errors = await Promise.all(
      Array.from({ length: 50 }, () => caught(t.tokens.getAccessToken('user-1'))),
    );
    expect(new Set(errors).size).toBe(1);
    expect(errors[0]).toMatchObject({ name: 'KakaoResponseError' });
    expect(t.refreshes()).toHaveLength(1);
    // The set is untouched: the next call refreshes and succeeds.
    await expect(t.tokens.getAccessToken('user-1')).resolves.toBeTypeOf('string');
  });

  it('an unknown key is a sign-in-required error (no_tokens)', async () => {
    const t = await setup();
    const error = await caught(t.tokens.getAccessToken('nobody'));
    expect(error).toBeInstanceOf(KakaoSignInRequiredError);
    expect(error).toMatchObject({ code: 'sign_in_required', reason: 'no_tokens' });
  });

  it('rejects bad keys and options with TypeErrors that say how to fix them', async () => {
    const t = await setup();
    await expect(t.tokens.getAccessToken('')).rejects.toThrow(/non-empty string/);
    expect(() => createTokenManager({ kakao: t.kakao, refreshMarginMs: -1 })).toThrow(/refreshMarginMs/);
    expect(() => createTokenManager({ kakao: t.kakao, store: {} as never })).toThrow(/store.get/);
    // biome-ignore lint/suspicious/noExplicitAny: a wrong call on purpose
    expect(() => createTokenManager({} as any)).toThrow(/createKakaoClient/);
  });
});

describe('dead refresh tokens', () => {
  it('KOE322: the entry is removed, onEnded fires once, every caller gets one sign-in error, no loop', async () => {
    const t = await setup();
    await t.unlink(); // Kakao revokes the tokens
    t.advance(PAST_ACCESS_LIFE_MS);
    const errors = await Promise.all(
      Array.from({ length: 20 }, () => caught(t.tokens.getAccessToken('user-1'))),
    );
    expect(new Set(errors).size).toBe(1);
    expect(errors[0]).toMatchObject({ code: 'sign_in_required', reason: 'refresh_token_invalid' });
    expect(t.ended).toEqual([{ key: 'user-1', reason: 'refresh_token_invalid', kakaoCode: 'KOE322' }]);
    // Later calls: same typed error, and no refresh request is sent again.
    await expect(t.tokens.getAccessToken('user-1')).rejects.toMatchObject({ reason: 'no_tokens' });
    expect(t.refreshes()).toEqual([{ status: 400, errorCode: 'KOE322' }]);
  });

  it('a set without a refresh token ends with no_refresh_token', async () => {
    const t = await setup();
    await t.tokens.save('user-1', { ...t.first, refreshToken: undefined });
    t.advance(PAST_ACCESS_LIFE_MS);
    await expect(t.tokens.getAccessToken('user-1')).rejects.toMatchObject({ reason: 'no_refresh_token' });
    expect(t.ended).toHaveLength(1);
    expect(t.refreshes()).toEqual([]);
  });
});

describe('call', () => {
  const me = (t: Awaited<ReturnType<typeof setup>>) => (accessToken: string) =>
    getUser(t.kakao, { accessToken });

  it('runs the call with a valid token', async () => {
    const t = await setup();
    const user = await t.tokens.call('user-1', me(t));
    expect(String(user.id)).toBe(t.emulator.autoLoginUserId);
  });

  it('on -401 refreshes once and retries an idempotent call once', async () => {
    const t = await setup();
    armFault(
      t.emulator.state,
      { host: 'api', path: '/v2/user/me' },
      { kind: 'kapi', code: -401, status: 401 },
      1,
    );
    const seen: string[] = [];
    const user = await t.tokens.call(
      'user-1',
      (accessToken) => {
        seen.push(accessToken);
        return me(t)(accessToken);
      },
      { idempotent: true },
    );
    expect(user).toBeDefined();
    expect(seen).toHaveLength(2);
    expect(seen[1]).not.toBe(seen[0]);
    expect(t.refreshes()).toHaveLength(1);
  });

  it('on -401 refreshes but does not repeat a non-idempotent call; a second -401 is not retried again', async () => {
    const t = await setup();
    armFault(
      t.emulator.state,
      { host: 'api', path: '/v2/user/me' },
      { kind: 'kapi', code: -401, status: 401 },
      3,
    );
    let runs = 0;
    const count = (accessToken: string) => {
      runs++;
      return me(t)(accessToken);
    };
    const first = await caught(t.tokens.call('user-1', count));
    expect(first).toBeInstanceOf(KakaoApiError);
    expect(runs).toBe(1);
    expect(t.refreshes()).toHaveLength(1);
    const second = await caught(t.tokens.call('user-1', count, { idempotent: true }));
    expect(second).toMatchObject({ apiCode: -401 });
    expect(runs).toBe(3);
    expect(t.refreshes()).toHaveLength(2);
  });

  it('on -101 (user unlinked) ends the entry and throws the sign-in error', async () => {
    const t = await setup();
    armFault(
      t.emulator.state,
      { host: 'api', path: '/v2/user/me' },
      { kind: 'kapi', code: -101, status: 400 },
      1,
    );
    await expect(t.tokens.call('user-1', me(t))).rejects.toMatchObject({ reason: 'unlinked' });
    expect(t.ended).toEqual([{ key: 'user-1', reason: 'unlinked', kakaoCode: 'not_linked' }]);
    await expect(t.tokens.getAccessToken('user-1')).rejects.toMatchObject({ reason: 'no_tokens' });
  });
});

describe('hooks and secrets', () => {
  it('events carry no token unless exposeTokens is set; a throwing hook does not break the refresh', async () => {
    const t = await setup({
      exposeTokens: true,
      onRefreshed: () => {
        throw new Error('app bug');
      },
      onRotated: (e) => t2.push(e),
    });
    const t2: TokensRefreshedEvent[] = [];
    t.advance(INTO_ROTATION_MS);
    const set = await t.tokens.getTokens('user-1');
    expect(t2[0]?.tokens).toBe(set);

    const plain = await setup();
    plain.advance(INTO_ROTATION_MS);
    await plain.tokens.getTokens('user-1');
    const text = JSON.stringify([...plain.refreshed, ...plain.rotated]);
    expect(plain.refreshed[0]).not.toHaveProperty('tokens');
    const stored = await plain.tokens.getTokens('user-1');
    for (const secret of [stored.accessToken, stored.refreshToken, plain.first.refreshToken])
      expect(text).not.toContain(secret);
  });

  it('the sign-in error and its message carry no token', async () => {
    const t = await setup();
    await t.unlink();
    t.advance(PAST_ACCESS_LIFE_MS);
    const error = (await caught(t.tokens.getAccessToken('user-1'))) as Error;
    const text = `${error.message} ${String((error.cause as Error)?.message)} ${JSON.stringify(error)}`;
    expect(text).not.toContain(t.first.refreshToken);
    expect(text).not.toContain(t.first.accessToken);
  });
});

describe('the lock', () => {
  it('a caller that finds the lock held waits (bounded), then gets a KakaoTokenLockError', async () => {
    const k = await testKakao();
    const store = createMemoryStore();
    const tokens = createTokenManager({ kakao: k.kakao, store, lockTtlMs: 60_000, lockWaitMs: 300 });
    await tokens.save('user-1', await k.signIn());
    await store.lock('user-1', 60_000); // a holder that never finishes
    k.advance(PAST_ACCESS_LIFE_MS);
    const started = Date.now();
    const error = await caught(tokens.getAccessToken('user-1'));
    expect(error).toBeInstanceOf(KakaoTokenLockError);
    expect(error).toMatchObject({ code: 'lock_timeout', retryable: true });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(k.refreshes()).toEqual([]);
  });

  it('a lock whose holder died expires and is taken over', async () => {
    const k = await testKakao();
    const store = createMemoryStore();
    const tokens = createTokenManager({ kakao: k.kakao, store, lockTtlMs: 200, lockWaitMs: 5_000 });
    await tokens.save('user-1', await k.signIn());
    await store.lock('user-1', 200); // the holder dies without unlocking
    k.advance(PAST_ACCESS_LIFE_MS);
    await expect(tokens.getAccessToken('user-1')).resolves.toBeTypeOf('string');
    expect(k.refreshes()).toHaveLength(1);
  });

  it('the refresh gives up 80% of the lock TTL after the lock was taken, a slow read under the lock included', async () => {
    const k = await testKakao();
    const memory = createMemoryStore();
    let slowNextRead = false;
    const store: TokenStore = {
      ...memory,
      async lock(key, ttlMs) {
        const token = await memory.lock(key, ttlMs);
        slowNextRead = token !== undefined;
        return token;
      },
      async get(key) {
        if (slowNextRead) {
          slowNextRead = false;
          await new Promise((resolve) => setTimeout(resolve, 600)); // 60% of the TTL spent reading
        }
        return memory.get(key);
      },
    };
    const tokens = createTokenManager({ kakao: k.kakao, store, lockTtlMs: 1_000 });
    await tokens.save('user-1', await k.signIn());
    k.advance(PAST_ACCESS_LIFE_MS);
    // Kakao takes 500 ms: 600 + 500 ms would end past the lock's 1,000 ms TTL.
    armFault(k.emulator.state, { host: 'auth', path: '/oauth/token' }, { kind: 'latency', ms: 500 }, 1);
    const error = await caught(tokens.getAccessToken('user-1'));
    expect(error).toMatchObject({ name: 'KakaoTransportError' });
  });

  it('a waiter adopts the set another process stored while it waited', async () => {
    const k = await testKakao();
    const store = createMemoryStore();
    const a = createTokenManager({ kakao: k.kakao, store });
    const b = createTokenManager({ kakao: k.kakao, store });
    await a.save('user-1', await k.signIn());
    k.advance(PAST_ACCESS_LIFE_MS);
    const [fromA, fromB] = await Promise.all([a.getAccessToken('user-1'), b.getAccessToken('user-1')]);
    expect(fromA).toBe(fromB);
    expect(k.refreshes()).toHaveLength(1);
  });
});

describe('compare-and-set', () => {
  it('a refresh that finishes after a newer set was saved does not replace it', async () => {
    const k = await testKakao();
    const store = createMemoryStore();
    const tokens = createTokenManager({ kakao: k.kakao, store });
    await tokens.save('user-1', await k.signIn());
    const newer = await k.signIn();
    k.advance(PAST_ACCESS_LIFE_MS);
    // A new sign-in lands while the refresh is on the wire.
    armFault(k.emulator.state, { host: 'auth', path: '/oauth/token' }, { kind: 'latency', ms: 50 }, 1);
    const refreshing = tokens.getAccessToken('user-1');
    await new Promise((resolve) => setTimeout(resolve, 10));
    const other = createTokenManager({ kakao: k.kakao, store });
    const fresh = { ...newer, accessTokenExpiresAt: k.emulator.state.clock.now() + 3600_000 };
    await other.save('user-1', fresh);
    await refreshing;
    expect((await other.getTokens('user-1')).refreshToken).toBe(newer.refreshToken);
  });
});

describe('saveIfAbsent', () => {
  it('writes only into an empty key: a set another manager on the store wrote first stays', async () => {
    const k = await testKakao();
    const store = createMemoryStore();
    const [first, second] = [await k.signIn(), await k.signIn()];
    const one = createTokenManager({ kakao: k.kakao, store });
    const two = createTokenManager({ kakao: k.kakao, store });
    expect(await one.saveIfAbsent('user-1', first)).toBe(true);
    expect(await two.saveIfAbsent('user-1', second)).toBe(false);
    expect((await two.getTokens('user-1')).accessToken).toBe(first.accessToken);
    await expect(one.saveIfAbsent('user-1', {} as never)).rejects.toThrow(/saveIfAbsent\(key, set\)/);
    // A set the store could not read back (no access token) is refused when written.
    await expect(one.save('user-2', { ...first, accessToken: '' })).rejects.toThrow(/save\(key, set\)/);
  });
});
