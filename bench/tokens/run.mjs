// kakao-oauth/tokens benchmark, one run, same machine, loopback only:
//   1. hot path, memory store: getAccessToken of a valid set vs a bare Map.get + expiry check
//      (behind the same `await`, and as a plain synchronous loop for reference);
//   2. hot path, Redis (a real redis-server on a unix socket, node-redis): getAccessToken vs one
//      raw GET of the same key through the same client; Redis's own command counters check that
//      a call costs one round trip;
//   3. refresh storm: 10,000 concurrent callers on an expired token (emulator in its own process,
//      over HTTP) → refresh requests counted in the emulator's log, time from the first call until
//      all are answered vs the same for one caller (one getAccessToken on an expired set, the same
//      manager, measured the same way); with no added latency, and with 50 ms added to /oauth/token (about a
//      real round trip to kauth.kakao.com).
// Throughput rounds are interleaved; each figure is the median round. Prints a table, writes
// bench/results/tokens.json.
//
//   npm run build && node bench/tokens/run.mjs     (or `npm run bench`, which builds first)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from 'redis';
import { startChildServer } from '../lib/child-server.mjs';
import { measureThroughput } from '../oidc/throughput.mjs';
import { startRedis } from './redis-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
if (!existsSync(join(root, 'dist', 'tokens', 'index.js'))) {
  console.error('dist/tokens/index.js is missing: run `npm run build` first (`npm run bench` does).');
  process.exit(1);
}
const { createKakaoClient, tokenSetFromJson } = await import('../../dist/index.js');
const { createMemoryStore, createTokenManager } = await import('../../dist/tokens/index.js');
const { createRedisStore } = await import('../../dist/tokens/redis/index.js');

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 300);
const STORM = 10_000;
const STORM_ROUNDS = Number(process.env.BENCH_STORM_ROUNDS ?? 15);
const MARGIN = 5 * 60_000;
const SIX_HOURS = 6 * 3600_000 + 60_000;
const TARGETS = { memoryVsMapGet: 0.5, redisVsRawGet: 0.8, stormVsSingleRefresh: 2 };

/** A made-up valid set (no network): the hot path never refreshes. */
function validSet() {
  return tokenSetFromJson({
    token_type: 'bearer',
    access_token: 'A'.repeat(60),
    expires_in: 21599,
    refresh_token: 'R'.repeat(60),
    refresh_token_expires_in: 5183999,
    scope: 'profile_nickname',
  });
}

const offline = createKakaoClient({
  restApiKey: 'bench',
  fetch: () => Promise.reject(new Error('the hot path must not refresh')),
});

/** Medians of interleaved rounds: `wall` ops/s, and `cpu` ops per CPU-second of this process. */
function throughput(contenders, workers) {
  return measureThroughput(contenders, { workers, ms: ROUND_MS, rounds: ROUNDS });
}

async function memoryHotPath() {
  const set = validSet();
  const tokens = createTokenManager({ kakao: offline, store: createMemoryStore() });
  await tokens.save('user-1', set);
  const map = new Map([['user-1', { accessToken: set.accessToken, expiresAt: set.accessTokenExpiresAt }]]);
  const bare = (key) => {
    const entry = map.get(key);
    if (entry === undefined || entry.expiresAt - Date.now() <= MARGIN) throw new Error('expired');
    return entry.accessToken;
  };
  const { wall: ops } = await throughput(
    {
      'tokens.getAccessToken (memory store)': () => tokens.getAccessToken('user-1'),
      'await Map.get + expiry check': async () => bare('user-1'),
    },
    1,
  );
  // The same check with no promise at all, for reference (no async getter can match it).
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ROUND_MS) for (let i = 0; i < 1024; i++, n++) bare('user-1');
  ops['sync Map.get + expiry check (reference)'] = Math.round((n * 1000) / (performance.now() - start));
  return ops;
}

async function commandCalls(client) {
  const info = await client.sendCommand(['INFO', 'commandstats']);
  const calls = {};
  for (const match of String(info).matchAll(/cmdstat_(\w+):calls=(\d+)/g)) calls[match[1]] = Number(match[2]);
  return calls;
}

async function redisHotPath() {
  const redis = await startRedis();
  const client = createClient({ socket: { path: redis.socket } });
  await client.connect();
  try {
    const tokens = createTokenManager({
      kakao: offline,
      store: createRedisStore({ client, prefix: 'bench:' }),
    });
    await tokens.save('user-1', validSet());
    await tokens.getAccessToken('user-1'); // the decoded set is cached from here on
    const before = await commandCalls(client);
    for (let i = 0; i < 1000; i++) await tokens.getAccessToken('user-1');
    const after = await commandCalls(client);
    const perCall = Object.fromEntries(
      Object.keys(after)
        .filter((name) => name !== 'info' && after[name] !== before[name])
        .map((name) => [name, (after[name] - (before[name] ?? 0)) / 1000]),
    );
    const contenders = {
      'tokens.getAccessToken (Redis store)': () => tokens.getAccessToken('user-1'),
      'raw GET, same client': () => client.get('bench:user-1'),
    };
    const c1 = await throughput(contenders, 1);
    const c16 = await throughput(contenders, 16);
    return { commandsPerCall: perCall, c1: c1.wall, c16: c16.wall, cpu1: c1.cpu, cpu16: c16.cpu };
  } finally {
    await client.close();
    await redis.stop();
  }
}

async function storm(kakaoServer, latencyMs) {
  let offset = 0;
  const kakao = createKakaoClient({
    restApiKey: kakaoServer.info.restApiKey,
    authUrl: kakaoServer.url,
    apiUrl: kakaoServer.url,
    clock: () => Date.now() + offset,
  });
  const tokens = createTokenManager({ kakao });
  const expire = async () => {
    ({ offset } = await kakaoServer.call({ type: 'advance', ms: SIX_HOURS }));
  };
  const refreshes = async () => (await kakaoServer.call({ type: 'refreshes' })).count;
  const single = [];
  const all = [];
  const counts = [];
  /** `callers` concurrent getAccessToken calls on a freshly expired set: ms from the first call to the last answer. */
  const round = async (callers) => {
    await tokens.save(
      'user-1',
      tokenSetFromJson(await kakaoServer.call({ type: 'signIn' }), Date.now() + offset),
    );
    await expire();
    if (latencyMs) await kakaoServer.call({ type: 'latency', ms: latencyMs, count: 1 });
    const before = await refreshes();
    const start = performance.now();
    const answers = await Promise.all(Array.from({ length: callers }, () => tokens.getAccessToken('user-1')));
    const answered = performance.now() - start;
    const count = (await refreshes()) - before;
    if (count !== 1) throw new Error(`${callers} callers: ${count} refresh requests, expected 1`);
    if (answers.length !== callers || new Set(answers).size !== 1)
      throw new Error(`${callers} callers: callers got different answers`);
    return { answered, count };
  };
  // Two warm-up rounds (not kept): a storm hits a server that has run its code paths before.
  for (let r = -2; r < STORM_ROUNDS; r++) {
    // One refresh alone, through the same manager call as the storm's callers, measured the same way.
    const one = await round(1);
    const storm = await round(STORM);
    if (r < 0) continue;
    single.push(one.answered);
    all.push(storm.answered);
    counts.push(storm.count);
  }
  const med = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    addedLatencyMs: latencyMs,
    refreshesPerStorm: counts,
    singleRefreshMs: Number(med(single).toFixed(2)),
    allAnsweredMs: Number(med(all).toFixed(2)),
    ratio: Number((med(all) / med(single)).toFixed(2)),
    // The fastest round of each: what is left when no other process took the CPU meanwhile.
    fastest: { singleMs: Number(Math.min(...single).toFixed(2)), allMs: Number(Math.min(...all).toFixed(2)) },
    roundsMs: {
      single: single.map((ms) => Number(ms.toFixed(2))),
      all: all.map((ms) => Number(ms.toFixed(2))),
    },
  };
}

const startLoad = loadavg().map((x) => Number(x.toFixed(2)));
const memory = await memoryHotPath();
const redis = await redisHotPath();
const kakaoServer = await startChildServer(join(root, 'bench', 'tokens', 'kakao-server.mjs'), [], {
  ipc: true,
});
let storms;
try {
  storms = [await storm(kakaoServer, 0), await storm(kakaoServer, 50)];
} finally {
  await kakaoServer.stop();
}

const ratio = (a, b) => Number((a / b).toFixed(2));
const memoryRatio = ratio(
  memory['tokens.getAccessToken (memory store)'],
  memory['await Map.get + expiry check'],
);
const redisRatio1 = ratio(redis.c1['tokens.getAccessToken (Redis store)'], redis.c1['raw GET, same client']);
const redisRatio16 = ratio(
  redis.c16['tokens.getAccessToken (Redis store)'],
  redis.c16['raw GET, same client'],
);
const redisCpuRatio16 = ratio(
  redis.cpu16['tokens.getAccessToken (Redis store)'],
  redis.cpu16['raw GET, same client'],
);
const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: `${cpus()[0]?.model.split(' ').slice(0, 2).join(' ')} × ${cpus().length}`,
  loadAverage: startLoad,
  method: `median of ${ROUNDS} interleaved ${ROUND_MS} ms rounds per contender (rotating order, bench/oidc/throughput.mjs); wall = ops per wall-clock second, cpu = ops per CPU-second of this process; storms: median of ${STORM_ROUNDS} rounds after 2 warm-up rounds, each round one caller then 10,000, both timed from the first getAccessToken call to the last answer`,
  targets: TARGETS,
  memory: { opsPerSec: memory, ratio: memoryRatio },
  redis: { ...redis, ratio: { c1: redisRatio1, c16: redisRatio16, cpu16: redisCpuRatio16 } },
  storms,
};
console.log('\nhot path, memory store (ops/s, 1 await loop)');
for (const [name, ops] of Object.entries(memory))
  console.log(`  ${name.padEnd(44)} ${String(ops).padStart(12)}`);
console.log(`  ratio getAccessToken / await Map.get: ${memoryRatio} (target >= ${TARGETS.memoryVsMapGet})`);
console.log('\nhot path, Redis store (ops/s)');
for (const c of ['c1', 'c16'])
  for (const [name, ops] of Object.entries(redis[c]))
    console.log(`  ${c.padEnd(4)} ${name.padEnd(40)} ${String(ops).padStart(10)}`);
console.log(`  commands per getAccessToken: ${JSON.stringify(redis.commandsPerCall)}`);
console.log(
  `  ratio getAccessToken / raw GET: ${redisRatio1} (1 loop), ${redisRatio16} (16 loops); per CPU-second of this process ${redisCpuRatio16} (16 loops) (target >= ${TARGETS.redisVsRawGet})`,
);
console.log(`\nrefresh storm: ${STORM} concurrent callers on an expired token`);
for (const s of storms)
  console.log(
    `  +${s.addedLatencyMs} ms: refreshes per storm ${JSON.stringify(s.refreshesPerStorm)}, single refresh ${s.singleRefreshMs} ms, all answered ${s.allAnsweredMs} ms, ratio ${s.ratio} (target <= ${TARGETS.stormVsSingleRefresh}); fastest rounds ${s.fastest.singleMs} / ${s.fastest.allMs} ms = ${(s.fastest.allMs / s.fastest.singleMs).toFixed(2)}`,
  );
const out = process.env.BENCH_OUT ?? join(root, 'bench', 'results', 'tokens.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nwrote ${out}`);
