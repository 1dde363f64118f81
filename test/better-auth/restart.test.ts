/**
 * kakao-oauth/better-auth after a restart: the token manager is empty and seeds each user from
 * Better Auth's account row on the first refresh. Parallel first refreshes during a rotation must
 * still make one refresh at Kakao, serve every caller, and leave the fresh set in the manager.
 */
import { describe, expect, it } from 'vitest';
import { getUser } from '../../src/index.js';
import { createMemoryStore, type TokenStore } from '../../src/tokens/index.js';
import { apiCodeOf } from '../support/frameworks.js';
import { INTO_ROTATION_MS, PAST_ACCESS_LIFE_MS, refreshesIn } from '../tokens/support/kakao.js';
import { APP, type Fixture, fixture, MINJUN, postJson } from './fixture.js';

/** A memory store whose writes take `ms`, as a write over the network to Redis or a database does. */
function slowWrites(store: TokenStore, ms: number): TokenStore {
  const pause = () => new Promise((resolve) => setTimeout(resolve, ms));
  return {
    ...store,
    set: async (key, value, expectedVersion) => {
      await pause();
      return store.set(key, value, expectedVersion);
    },
  };
}

/** Signs in, moves into a rotation with the access token expired, and restarts the app. */
async function restartedDuringRotation(store?: TokenStore) {
  const f = await fixture({ tokenDelayMs: 150 });
  await f.signIn();
  f.emulator.state.clock.advance(INTO_ROTATION_MS + PAST_ACCESS_LIFE_MS);
  f.db.account![0]!.accessTokenExpiresAt = new Date(Date.now() - 60_000); // expired for Better Auth too
  return { f, app: f.restart(store) };
}

async function twoParallelGetAccessToken(f: Fixture, send: Fixture['send']) {
  const body = postJson({ accountId: f.db.account![0]!.id });
  const responses = await Promise.all([
    send(`${APP}/api/auth/get-access-token`, body),
    send(`${APP}/api/auth/get-access-token`, body),
  ]);
  return Promise.all(responses.map(async (r) => ({ status: r.status, body: (await r.json()) as unknown })));
}

describe('kakao-oauth/better-auth: the first refreshes after a restart', () => {
  for (const [name, store] of [
    ['the default memory store', () => undefined],
    ['a store whose writes take 40 ms', () => slowWrites(createMemoryStore(), 40)],
  ] as const) {
    it(`two parallel first refreshes during a rotation (${name}): one refresh, both served, the set kept`, async () => {
      const { f, app } = await restartedDuringRotation(store());
      const [a, b] = await twoParallelGetAccessToken(f, app.send);
      expect([a!.status, b!.status]).toEqual([200, 200]);
      const token = (a!.body as { accessToken: string }).accessToken;
      expect((b!.body as { accessToken: string }).accessToken).toBe(token);
      expect(refreshesIn(f.emulator.state.log)).toEqual([{ status: 200, errorCode: undefined }]);
      // The manager keeps the new set: the next caller gets it without another refresh.
      expect(await app.tokens.getAccessToken(MINJUN)).toBe(token);
      expect(refreshesIn(f.emulator.state.log)).toHaveLength(1);
    });
  }

  it('two processes restarted over one shared store, one request each: one refresh, both served', async () => {
    const store = slowWrites(createMemoryStore(), 40);
    const { f, app } = await restartedDuringRotation(store);
    const other = f.restart(store);
    const body = postJson({ accountId: f.db.account![0]!.id });
    const [a, b] = await Promise.all([
      app.send(`${APP}/api/auth/get-access-token`, body),
      other.send(`${APP}/api/auth/get-access-token`, body),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const [ta, tb] = (await Promise.all([a.json(), b.json()])) as { accessToken: string }[];
    expect(tb!.accessToken).toBe(ta!.accessToken);
    expect(refreshesIn(f.emulator.state.log)).toEqual([{ status: 200, errorCode: undefined }]);
    expect(await other.tokens.getAccessToken(MINJUN)).toBe(ta!.accessToken);
  });

  it('unlink after a restart (the manager holds no tokens) unlinks at Kakao with the admin key', async () => {
    const f = await fixture();
    await f.signIn();
    const accessToken = String(f.db.account![0]!.accessToken);
    const app = f.restart(); // the default memory manager: empty
    const response = await app.send(`${APP}/api/auth/kakao/unlink`, {
      method: 'POST',
      headers: { origin: APP },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ unlinked: true, kakaoId: MINJUN });
    // The link is gone at Kakao, not only in the database: the user's token is dead (-401) and the
    // admin key finds no linked user (-101).
    expect(await apiCodeOf(getUser(f.kakao, { accessToken }))).toBe(-401);
    expect(await apiCodeOf(getUser(f.kakao, { userId: MINJUN }))).toBe(-101);
    expect(f.db.account).toEqual([]);
    expect(f.db.session).toEqual([]);
  });
});
