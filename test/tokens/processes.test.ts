/**
 * The proof under load and faults: 4 Node processes (test/tokens/load/worker.mjs, loading dist/)
 * share one real redis-server; Kakao is the emulator on loopback. Each cycle moves the emulator's
 * clock past the access token's life (and, every few cycles, into the refresh-token rotation
 * window), then 250 callers in every process ask for the token at once.
 *
 * Default cycle counts keep CI short; TOKENS_LOAD_FULL=1 runs the full counts (200 cycles).
 * Figures are printed as `[figures] …` lines.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeCode } from '../../src/client/index.js';
import { DEFAULT_REST_API_KEY, type RunningEmulator, startEmulator } from '../../src/emulator/index.js';
import { createTokenManager, type TokenManager } from '../../src/tokens/index.js';
import { createRedisStore } from '../../src/tokens/redis/index.js';
import { autoCode } from '../emulator/helpers.js';
import { hasRedis, type RedisServer, startRedis } from '../support/redis.js';
import {
  type CycleReply,
  killWorker,
  marksOf,
  startWorker,
  stopWorker,
  type Worker,
  type WorkerInit,
} from './load/cluster.js';
import { emulatorClient, INTO_ROTATION_MS, PAST_ACCESS_LIFE_MS, refreshesIn } from './support/kakao.js';

/** The parts of a reply the checks compare. */
function summary({ cycle, ok, distinctTokens, errors }: CycleReply) {
  return { cycle, ok, distinctTokens, errors };
}

const FULL = process.env.TOKENS_LOAD_FULL === '1';
const PROCESSES = 4;
const CALLERS = 250;
const ROTATE_EVERY = 5;
/**
 * Lock lifetime in the workers: short enough that a lock held by a killed worker frees within a
 * cycle's time budget, long enough for a refresh on a loaded 2-core machine.
 */
const LOCK_TTL_MS = 3_000;
const KEY = '1376016924426111111';

describe.runIf(hasRedis())('4 processes sharing Redis', () => {
  let redis: RedisServer;
  let kakaoServer: RunningEmulator;
  let markDir: string;
  let client: ReturnType<typeof createClient>;
  let prefixes = 0;

  beforeAll(async () => {
    redis = await startRedis();
    kakaoServer = await startEmulator({ autoLogin: true });
    markDir = mkdtempSync(join(tmpdir(), 'kakao-marks-'));
    client = createClient({ socket: { path: redis.socket, tls: false } });
    await client.connect();
  });
  afterAll(async () => {
    await client?.close();
    await kakaoServer?.close();
    await redis?.stop();
    if (markDir) rmSync(markDir, { recursive: true, force: true });
  });

  /** The parent's own manager (to sign in and to read what the processes stored). */
  function setup() {
    const { emulator } = kakaoServer;
    const prefix = `load${prefixes++}:`;
    const kakao = emulatorClient(emulator);
    const tokens = createTokenManager({ kakao, store: createRedisStore({ client, prefix }) });
    const init: WorkerInit = {
      socket: redis.socket,
      authUrl: kakaoServer.authUrl,
      apiUrl: kakaoServer.apiUrl,
      restApiKey: DEFAULT_REST_API_KEY,
      key: KEY,
      prefix,
      callers: CALLERS,
      lockTtlMs: LOCK_TTL_MS,
    };
    const signIn = async () =>
      tokens.save(KEY, await exchangeCode(kakao, { code: await autoCode(emulator) }));
    return { emulator, tokens, init, signIn };
  }

  /** Moves the clock past the access token's life (and into rotation every few cycles). */
  function expire(emulator: RunningEmulator['emulator'], cycle: number): boolean {
    const rotation = cycle % ROTATE_EVERY === 0;
    emulator.state.clock.advance(PAST_ACCESS_LIFE_MS + (rotation ? INTO_ROTATION_MS : 0));
    emulator.state.log.length = 0;
    return rotation;
  }

  /** Whether the stored refresh token is the one Kakao holds live (none lost). */
  async function storedRefreshTokenIsLive(tokens: TokenManager, emulator: RunningEmulator['emulator']) {
    const set = await tokens.getTokens(KEY);
    const live = emulator.state.refreshTokens.get(set.refreshToken ?? '');
    return live !== undefined && live.expiresAt > emulator.state.clock.now();
  }

  function cycleOf(
    workers: Worker[],
    cycle: number,
    emulator: RunningEmulator['emulator'],
    dieAfterAnswer = false,
  ) {
    const offset = emulator.state.clock.now() - Date.now();
    for (const worker of workers) worker.child.send({ type: 'cycle', cycle, offset, dieAfterAnswer });
  }

  it(`exactly one refresh per expiry cycle, 0 refresh tokens lost, every caller answered (${FULL ? 200 : 40} cycles)`, async () => {
    const cycles = FULL ? 200 : 40;
    const { emulator, tokens, init, signIn } = setup();
    await signIn();
    const workers = await Promise.all(
      Array.from({ length: PROCESSES }, (_, i) => startWorker(init, markDir, i)),
    );
    const started = Date.now();
    let rotations = 0;
    let answered = 0;
    let lost = 0;
    try {
      for (let cycle = 1; cycle <= cycles; cycle++) {
        if (expire(emulator, cycle)) rotations++;
        cycleOf(workers, cycle, emulator);
        const replies: CycleReply[] = await Promise.all(workers.map((w) => w.next('done', 30_000)));
        for (const reply of replies) {
          expect(summary(reply), `cycle ${cycle}`).toEqual({
            cycle,
            ok: CALLERS,
            distinctTokens: 1,
            errors: {},
          });
          answered += reply.ok;
        }
        expect(refreshesIn(emulator.state.log), `cycle ${cycle}`).toEqual([
          { status: 200, errorCode: undefined },
        ]);
        if (!(await storedRefreshTokenIsLive(tokens, emulator))) lost++;
      }
    } finally {
      await Promise.all(workers.map(stopWorker));
    }
    expect(lost).toBe(0);
    expect(answered).toBe(cycles * PROCESSES * CALLERS);
    console.log(
      `[figures] ${PROCESSES} processes × ${CALLERS} callers, ${cycles} expiry cycles (${rotations} with rotation): ` +
        `${cycles} refreshes (1 per cycle), 0 refresh tokens lost, ${answered}/${cycles * PROCESSES * CALLERS} callers answered, ${Date.now() - started} ms`,
    );
  }, 600_000);

  it(`a random SIGKILL of a worker each cycle: survivors carry on; only the crash window ends a session, cleanly (${FULL ? 200 : 20} cycles)`, async () => {
    const cycles = FULL ? 200 : 20;
    const { emulator, tokens, init, signIn } = setup();
    await signIn();
    let spawned = 0;
    const workers = await Promise.all(
      Array.from({ length: PROCESSES }, () => startWorker(init, markDir, spawned++)),
    );
    const figures = {
      kills: 0,
      windowHits: 0,
      windowRotation: 0,
      endedCleanly: 0,
      extraRefreshes: 0,
      answered: 0,
    };
    try {
      for (let cycle = 1; cycle <= cycles; cycle++) {
        const rotation = expire(emulator, cycle);
        cycleOf(workers, cycle, emulator);
        const victim = Math.floor(Math.random() * PROCESSES);
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 25));
        await killWorker(workers[victim]!);
        figures.kills++;
        const replacement = startWorker(init, markDir, spawned++);
        const survivors = workers.filter((_, i) => i !== victim);
        const replies = await Promise.all(survivors.map((w) => w.next('done', 30_000)));
        const victimMarks = marksOf(workers[victim]!, cycle);
        const hit = victimMarks.includes('answer 200') && !victimMarks.some((m) => m.startsWith('stored'));
        const refreshes = refreshesIn(emulator.state.log);
        const ended = refreshes.some((r) => r.errorCode === 'KOE322');
        for (const reply of replies) {
          if (ended) {
            // The session ends cleanly: every surviving caller gets the one typed error, none hangs.
            expect(reply.ok + (reply.errors.sign_in_required ?? 0), `cycle ${cycle}`).toBe(CALLERS);
          } else {
            expect(summary(reply), `cycle ${cycle}`).toEqual({
              cycle,
              ok: CALLERS,
              distinctTokens: 1,
              errors: {},
            });
          }
          figures.answered += reply.ok + (reply.errors.sign_in_required ?? 0);
        }
        if (hit) figures.windowHits++;
        if (hit && rotation) figures.windowRotation++;
        // Only a kill inside the window may cost anything: a second refresh (old token still valid)
        // or, after a rotation, the session.
        if (!hit) expect(refreshes, `cycle ${cycle}`).toEqual([{ status: 200, errorCode: undefined }]);
        else figures.extraRefreshes += refreshes.length - 1;
        if (ended) {
          expect(hit && rotation, `cycle ${cycle}: a session ended outside the crash window`).toBe(true);
          await expect(tokens.getTokens(KEY)).rejects.toMatchObject({ reason: 'no_tokens' });
          figures.endedCleanly++;
          await signIn();
        } else {
          expect(await storedRefreshTokenIsLive(tokens, emulator), `cycle ${cycle}`).toBe(true);
        }
        workers[victim] = await replacement;
      }
    } finally {
      await Promise.all(workers.map(stopWorker));
    }
    console.log(
      `[figures] SIGKILL each cycle, ${cycles} cycles: ${figures.kills} kills, crash window hit ${figures.windowHits} times ` +
        `(${figures.windowRotation} in a rotation cycle → ${figures.endedCleanly} sessions ended with KakaoSignInRequiredError, ` +
        `${figures.extraRefreshes} extra refreshes with a still-valid token), ${figures.answered} surviving callers all answered`,
    );
  }, 900_000);

  it('a kill inside the crash window: after a rotation the session ends cleanly; otherwise the next holder refreshes again', async () => {
    const { emulator, tokens, init, signIn } = setup();
    await signIn();
    let spawned = 0;
    const workers = await Promise.all(
      Array.from({ length: PROCESSES }, () => startWorker(init, markDir, spawned++)),
    );
    const outcomes: string[] = [];
    try {
      for (let cycle = 1; cycle <= 4; cycle++) {
        const rotation = cycle % 2 === 0;
        emulator.state.clock.advance(PAST_ACCESS_LIFE_MS + (rotation ? INTO_ROTATION_MS : 0));
        emulator.state.log.length = 0;
        // Whichever worker refreshes kills itself right after Kakao's answer, before the store write.
        cycleOf(workers, cycle, emulator, true);
        const victim = await Promise.race(
          workers.map((w, i) => new Promise<number>((resolve) => w.child.once('exit', () => resolve(i)))),
        );
        expect(marksOf(workers[victim]!, cycle)).toEqual(['answer 200']);
        const replacement = startWorker(init, markDir, spawned++);
        // The survivors must not die as well: from here on nobody kills itself.
        const survivors = workers.filter((_, i) => i !== victim);
        for (const w of survivors) w.child.send({ type: 'calm' });
        const replies = await Promise.all(survivors.map((w) => w.next('done', 60_000)));
        const refreshes = refreshesIn(emulator.state.log);
        if (rotation) {
          // The rotated refresh token died with the victim: one KOE322, the entry removed, and every
          // surviving caller gets the typed sign-in error — no hang, no loop, no corrupt entry.
          expect(refreshes).toEqual([
            { status: 200, errorCode: undefined },
            { status: 400, errorCode: 'KOE322' },
          ]);
          for (const reply of replies)
            expect(summary(reply)).toEqual({
              cycle,
              ok: 0,
              distinctTokens: 0,
              errors: { sign_in_required: CALLERS },
            });
          await expect(tokens.getTokens(KEY)).rejects.toMatchObject({ reason: 'no_tokens' });
          outcomes.push('ended');
          await signIn();
        } else {
          // The old refresh token is still valid: a second refresh, nothing lost.
          expect(refreshes).toEqual([
            { status: 200, errorCode: undefined },
            { status: 200, errorCode: undefined },
          ]);
          for (const reply of replies)
            expect(summary(reply)).toEqual({ cycle, ok: CALLERS, distinctTokens: 1, errors: {} });
          expect(await storedRefreshTokenIsLive(tokens, emulator)).toBe(true);
          outcomes.push('refreshed again');
        }
        workers[victim] = await replacement;
      }
    } finally {
      await Promise.all(workers.map(stopWorker));
    }
    expect(outcomes).toEqual(['refreshed again', 'ended', 'refreshed again', 'ended']);
    console.log(`[figures] kills placed inside the crash window: ${outcomes.join(', ')}`);
  }, 300_000);
});
