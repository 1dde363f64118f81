/**
 * Every store against the contract: memory, file (temporary directory), Redis through node-redis
 * and through ioredis (a real redis-server).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileStore } from '../../src/tokens/file/index.js';
import { createMemoryStore, KakaoTokenStoreError } from '../../src/tokens/index.js';
import { createRedisStore } from '../../src/tokens/redis/index.js';
import { hasRedis, redisForSuite } from '../support/redis.js';
import { storeContract } from './support/store-contract.js';

storeContract('memory store', () => createMemoryStore());

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
storeContract('file store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kakao-file-store-'));
  dirs.push(dir);
  return createFileStore({ dir });
});

describe('file store', () => {
  it('leaves nothing behind for reads, deletes and unlocks of unknown keys', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kakao-file-store-'));
    dirs.push(dir);
    const store = createFileStore({ dir });
    for (let i = 0; i < 5; i++) {
      expect(await store.get(`unknown-${i}`)).toBeUndefined();
      expect(await store.delete(`unknown-${i}`, '1')).toBe(false);
      await store.unlock(`unknown-${i}`, 'token');
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe.runIf(hasRedis())('redis', () => {
  const redis = redisForSuite();
  let n = 0;

  storeContract('redis store (node-redis)', () =>
    createRedisStore({ client: redis.nodeRedis, prefix: `t${n++}:` }),
  );
  storeContract('redis store (ioredis)', () =>
    createRedisStore({ client: redis.ioredis, prefix: `t${n++}:` }),
  );

  it('loads its scripts again after SCRIPT FLUSH (NOSCRIPT → EVAL)', async () => {
    const store = createRedisStore({ client: redis.nodeRedis, prefix: 'flush:' });
    const v1 = (await store.set('k', 'one', null))!;
    await redis.nodeRedis.sendCommand(['SCRIPT', 'FLUSH']);
    expect(await store.set('k', 'two', v1)).toBeTypeOf('string');
  });

  it('turns a Redis error into KakaoTokenStoreError without the command, its value or key', async () => {
    const value = '{"refresh_token":"SECRET-RT-0123456789"}';
    for (const [client, prefix] of [
      [redis.ioredis, 'wrongtype-io:'],
      [redis.nodeRedis, 'wrongtype-node:'],
    ] as const) {
      await redis.ioredis.hset(`${prefix}user-7`, 'f', 'v'); // a hash where the store expects a string
      const store = createRedisStore({ client, prefix });
      const attempts: (() => unknown)[] = [() => store.set('user-7', value, null), () => store.get('user-7')];
      for (const attempt of attempts) {
        const error = await Promise.resolve()
          .then(attempt)
          .then(
            () => undefined,
            (thrown: unknown) => thrown,
          );
        expect(error).toBeInstanceOf(KakaoTokenStoreError);
        expect(error).toMatchObject({ code: 'store_failed', retryable: true });
        const seen = `${JSON.stringify(error)} ${inspect(error, { depth: 5 })}`;
        expect(seen).toContain('WRONGTYPE');
        expect(seen).not.toContain('SECRET-RT');
        expect(seen).not.toContain('user-7');
      }
    }
  });

  it('refuses a client of another kind with a TypeError', () => {
    expect(() => createRedisStore({ client: {} as never })).toThrow(/node-redis client/);
  });
});
