// kakao-oauth/web/redis against a real redis-server: the WebStore contract through node-redis and
// ioredis, failures that carry nothing stored, and two app instances sharing one Redis (server-side
// sessions, the Redis token store): a session started on one is read, ended and unlinked on the other.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEFAULT_APP } from '../../src/emulator/index.js';
import { getUser } from '../../src/index.js';
import { createTokenManager, KakaoTokenStoreError } from '../../src/tokens/index.js';
import { createRedisStore } from '../../src/tokens/redis/index.js';
import { createKakaoAuth, type KakaoAuth } from '../../src/web/index.js';
import { createRedisWebStore } from '../../src/web/redis/index.js';
import { hasRedis, redisForSuite } from '../support/redis.js';
import { cookiePair, get, MINJUN, post, SECRET, WEBHOOK, webFixture } from './helpers.js';

describe.runIf(hasRedis())('createRedisWebStore', () => {
  const redis = redisForSuite();

  for (const kind of ['node-redis', 'ioredis'] as const) {
    it(`keeps JSON objects with their expiry and deletes them (${kind})`, async () => {
      const client = kind === 'ioredis' ? redis.ioredis : redis.nodeRedis;
      const store = createRedisWebStore({ client, prefix: `${kind}:` });
      expect(await store.get('s:1')).toBeUndefined();
      await store.set('s:1', { uid: MINJUN, sc: ['openid'], n: 1 }, 90);
      expect(await store.get('s:1')).toEqual({ uid: MINJUN, sc: ['openid'], n: 1 });
      const ttl = await redis.ioredis.ttl(`${kind}:s:1`);
      expect(ttl).toBeGreaterThan(80);
      expect(ttl).toBeLessThanOrEqual(90);
      await store.set('s:short', { at: 1 }, 0.2); // at least one second
      expect(await redis.ioredis.ttl(`${kind}:s:short`)).toBe(1);
      await store.delete('s:1');
      expect(await store.get('s:1')).toBeUndefined();
      expect(await redis.ioredis.exists('s:1')).toBe(0); // nothing written outside the prefix
    });
  }

  it('reads what it did not write (not JSON, an array, a number) as no entry', async () => {
    const store = createRedisWebStore({ client: redis.ioredis, prefix: 'foreign:' });
    await redis.ioredis.set('foreign:a', 'not json');
    await redis.ioredis.set('foreign:b', '[1,2]');
    await redis.ioredis.set('foreign:c', '42');
    await redis.ioredis.set('foreign:d', '{"__proto__":{"polluted":true}}');
    for (const key of ['a', 'b', 'c']) expect(await store.get(key)).toBeUndefined();
    const d = await store.get('d');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(d)).toBe(Object.prototype);
  });

  it('turns a Redis error into KakaoTokenStoreError(store_failed) without the key', async () => {
    await redis.ioredis.hset('wrong:s:secret-sid', 'csrf', 'CSRF-SECRET-0123'); // a hash, not our string
    for (const client of [redis.ioredis, redis.nodeRedis]) {
      const store = createRedisWebStore({ client, prefix: 'wrong:' });
      const error = await store.get('s:secret-sid').then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(KakaoTokenStoreError);
      expect(error).toMatchObject({ code: 'store_failed' });
      const seen = `${JSON.stringify(error)} ${inspect(error, { depth: 5 })}`;
      expect(seen).toContain('WRONGTYPE');
      expect(seen).not.toContain('secret-sid');
      expect(seen).not.toContain('CSRF-SECRET');
    }
  });

  it('refuses a client of another kind and a prefix that is not a string, naming itself', () => {
    expect(() => createRedisWebStore({ client: {} as never })).toThrow(/^createRedisWebStore: .*node-redis/);
    expect(() => createRedisWebStore({ client: redis.ioredis, prefix: 7 as never })).toThrow(TypeError);
  });

  it('two instances over one Redis: a session started on one is read, logged out and unlinked on the other', async () => {
    const fx = await webFixture();
    const instance = (): KakaoAuth =>
      createKakaoAuth({
        kakao: fx.kakao,
        secrets: [SECRET],
        sessions: 'store',
        store: createRedisWebStore({ client: redis.ioredis, prefix: 'app:web:' }),
        tokens: createTokenManager({
          kakao: fx.kakao,
          store: createRedisStore({ client: redis.nodeRedis, prefix: 'app:tokens:' }),
        }),
      });
    const [a, b] = [instance(), instance()];
    const signInOn = async (auth: KakaoAuth) => {
      const login = await auth.handler(get('/auth/kakao/login'));
      const authorize = await fx.emulator.fetch(new Request(login.headers.get('location')!));
      const callback = await auth.handler(
        get(authorize.headers.get('location')!, cookiePair(login, 'kakao_tx_')),
      );
      expect(callback.status).toBe(303);
      return cookiePair(callback, 'kakao_session=');
    };

    // signed in on A; B reads the same session, and the sealed cookie holds only its id
    const first = await signInOn(a);
    const onB = (await b.getSession(get('/', first)))!;
    expect(onB.userId).toBe(MINJUN);
    expect(await redis.ioredis.exists(`app:web:s:${onB.id}`)).toBe(1);
    const accessToken = await b.tokens.getAccessToken(MINJUN); // the tokens A saved, read through B

    // logout on B ends it on A, and logs the token out at Kakao
    const logout = await b.handler(post('/auth/kakao/logout', first, { csrf: onB.csrfToken }));
    expect(logout.status).toBe(303);
    expect(await a.getSession(get('/', first))).toBeNull();
    expect(await redis.ioredis.exists(`app:web:s:${onB.id}`)).toBe(0);
    await expect(getUser(fx.kakao, { accessToken })).rejects.toMatchObject({ apiCode: -401 });

    // signed in again on A; Kakao's unlink webhook reaches B and ends it on A too
    const second = await signInOn(a);
    expect((await a.getSession(get('/', second)))?.userId).toBe(MINJUN);
    const webhook = await b.handler(
      new Request(WEBHOOK, {
        method: 'POST',
        headers: {
          authorization: `KakaoAK ${DEFAULT_APP.adminKey}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ app_id: String(DEFAULT_APP.id), user_id: MINJUN }),
      }),
    );
    expect(webhook.status).toBe(200);
    expect(await a.getSession(get('/', second))).toBeNull();
    await expect(a.tokens.getAccessToken(MINJUN)).rejects.toMatchObject({ code: 'sign_in_required' });
  });
});
