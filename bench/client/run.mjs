// kakao-oauth client transport benchmark, one run: code exchanges and profile reads per second
// against a bare loopback server (in its own process), at 1 and 64 callers, for our client (Node
// entry = undici pool, and the core's fetch transport), openid-client 6, arctic's generic OAuth2
// client, raw fetch, raw undici.request with a pool and raw node:http with a keep-alive agent.
// Prints a table and writes bench/results/client.json.
//
//   npm run build && node bench/client/run.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startChildServer } from '../lib/child-server.mjs';
import { measureThroughput } from '../oidc/throughput.mjs';
import { arctic, openidClient, ours, rawFetch, rawNodeHttp, rawUndici } from './contenders.mjs';

if (!globalThis.gc) {
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
  });
  process.exit(child.status ?? 1);
}

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
if (!existsSync(join(root, 'dist', 'node', 'index.js'))) {
  console.error('dist/node/index.js is missing: run `npm run build` first.');
  process.exit(1);
}
const nodeEntry = await import('kakao-oauth'); // the package's `node` condition: the Node entry
const coreEntry = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
if (typeof nodeEntry.createNodeTransport !== 'function')
  throw new Error('kakao-oauth did not resolve to the Node entry');

const server = await startChildServer(join(here, 'server.mjs'));
const base = server.url;
await (await fetch(`${base}/v2/user/me`)).json(); // Node's fetch dispatcher first (see rawUndici)
const sides = {
  'kakao-oauth (undici pool, default on Node)': ours(nodeEntry.createKakaoClient, nodeEntry, base),
  'kakao-oauth (fetch transport)': ours(coreEntry.createKakaoClient, coreEntry, base),
  'openid-client 6 authorizationCodeGrant': openidClient(base),
  'arctic 3 OAuth2Client': arctic(base),
  'raw fetch': rawFetch(base),
  'raw undici.request (Pool)': await rawUndici(base),
  'raw node:http (keep-alive Agent)': rawNodeHttp(base),
};
const OURS = 'kakao-oauth (undici pool, default on Node)';
const RAW = ['raw fetch', 'raw undici.request (Pool)', 'raw node:http (keep-alive Agent)'];

const pick = (kind) =>
  Object.fromEntries(
    Object.entries(sides).flatMap(([name, side]) => (side[kind] ? [[name, side[kind]]] : [])),
  );
const jobs = { exchangeCode: pick('exchange'), getUser: pick('getUser') };
for (const job of Object.values(jobs)) for (const run of Object.values(job)) await run(); // each works
// Warm-up (JIT, pools) at both concurrencies, not measured.
for (const job of Object.values(jobs))
  for (const workers of [1, 64]) await measureThroughput(job, { workers, ms: 300, rounds: 1 });

const settings = { rounds: Number(process.env.BENCH_ROUNDS ?? 5), ms: 300 };
const results = { callsPerSec: {}, cpuMicrosPerCall: {}, ratios: {} };
for (const [job, contenders] of Object.entries(jobs)) {
  for (const workers of [1, 64]) {
    const key = `${job} ${workers}`;
    const { wall, cpu } = await measureThroughput(contenders, { workers, ...settings });
    results.callsPerSec[key] = wall;
    results.cpuMicrosPerCall[key] = Object.fromEntries(
      Object.entries(cpu).map(([n, perCpuSec]) => [n, Math.round(1e6 / perCpuSec)]),
    );
    const fastestRaw = Math.max(...RAW.map((name) => wall[name]));
    const r = (a, b) => Number((a / b).toFixed(2));
    results.ratios[key] = {
      oursVsFastestRaw: r(wall[OURS], fastestRaw),
      ...(wall['openid-client 6 authorizationCodeGrant'] && {
        oursVsOpenidClient: r(wall[OURS], wall['openid-client 6 authorizationCodeGrant']),
        // like for like: both on the global fetch, so the transport is out of the ratio
        oursFetchTransportVsOpenidClient: r(
          wall['kakao-oauth (fetch transport)'],
          wall['openid-client 6 authorizationCodeGrant'],
        ),
      }),
      oursFetchTransportVsFastestRaw: r(wall['kakao-oauth (fetch transport)'], fastestRaw),
    };
  }
}
for (const side of Object.values(sides)) await side.close?.();
await server.stop();

const report = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
  loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
  method: `median of ${settings.rounds} interleaved ${settings.ms / 1000} s rounds per contender (rotating order, full GC before each); calls/s = wall clock; CPU µs per call = user+system time of the client process (all threads) / calls; bare node:http server in its own process on 127.0.0.1 answering fixed JSON; keep-alive everywhere; 1 or 64 concurrent await loops; the machine is shared (2 cores), so figures are from one noisy run`,
  targets: {
    'exchangeCode 64: ours / openid-client': 4,
    'exchangeCode 64: ours / fastest raw': 0.8,
    'getUser 64: ours / fastest raw': 0.8,
    '1 caller: ours / fastest raw': 0.8,
  },
  ...results,
};
printReport(report);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'client.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('\nwrote bench/results/client.json');

function printReport(r) {
  console.log(`node ${r.node} · ${r.cpu} · load ${r.loadAverage.join(' ')}`);
  for (const key of Object.keys(r.callsPerSec)) {
    console.log(`\n${key.padEnd(50)}${'calls/s'.padStart(10)}${'CPU µs'.padStart(10)}`);
    for (const [name, rate] of Object.entries(r.callsPerSec[key])) {
      console.log(
        `${name.padEnd(50)}${String(rate).padStart(10)}${String(r.cpuMicrosPerCall[key][name]).padStart(10)}`,
      );
    }
    for (const [ratio, value] of Object.entries(r.ratios[key])) console.log(`  ${ratio}: ${value}`);
  }
}
