// kakao-oauth emulator benchmark, one run, same machine, loopback only, each server in its own
// child process, load from autocannon in this process:
//   1. POST /oauth/token, authorization_code with `openid` (one RS256 id_token per response): our
//      emulator as startEmulator runs it (node:crypto signer) vs oauth2-mock-server 8.x (its own
//      authorization_code grant) vs a node:http server that only signs one RS256 JWT per request;
//      also the emulator with the core's Web Crypto signer (its default off Node), for comparison.
//   2. GET /v2/user/me with a valid Bearer token vs a node:http server answering fixed JSON.
// Rounds are interleaved; each figure is the median round. A round with any error or any
// non-200 answer makes the result invalid. Prints a table, writes bench/results/emulator.json.
//
//   npm run build && node bench/emulator/run.mjs     (or `npm run bench`, which builds first)
//   BENCH_DURATION=8 BENCH_ROUNDS=3 BENCH_PROF=/tmp/prof (CPU profiles of the emulator children)
//   BENCH_EMULATOR_DIST=/path/to/other/dist BENCH_OUT=before.json (compare another build)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOAD_DEFAULTS, median, table } from '../lib/load.mjs';
import { checkToken, checkUserMe } from './checks.mjs';
import { measureRounds } from './rounds.mjs';
import {
  emulatorTokenContender,
  emulatorUserMeContender,
  jsonReferenceContender,
  mockTokenContender,
  signReferenceContender,
} from './servers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
if (!existsSync(join(root, 'dist', 'emulator', 'index.js'))) {
  console.error('dist/emulator/index.js is missing: run `npm run build` first (`npm run bench` does).');
  process.exit(1);
}
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// BENCH_BASELINE_DIST=<dir>: also measure another build of the emulator (e.g. the commit before
// the optimizations), interleaved in the same rounds, for a before/after under the same load.
const BASELINE = process.env.BENCH_BASELINE_DIST;
const TARGETS = { tokenVsOauth2MockServer: 4, tokenVsSignReference: 0.85, userMeVsJsonReference: 0.6 };

async function tokenBenchmark() {
  const contenders = {
    'emulator POST /oauth/token (code+openid)': await emulatorTokenContender(),
    'oauth2-mock-server 8 POST /token (code)': await mockTokenContender(),
    'reference: sign one RS256 JWT': await signReferenceContender(),
    'emulator POST /oauth/token, Web Crypto signer': await emulatorTokenContender(undefined, 'web'),
  };
  if (BASELINE)
    contenders['baseline build: emulator POST /oauth/token'] = await emulatorTokenContender(BASELINE);
  try {
    await checkToken(contenders['emulator POST /oauth/token (code+openid)']);
    return await measureRounds(contenders, ROUNDS);
  } finally {
    await Promise.all(Object.values(contenders).map((c) => c.server.stop()));
  }
}

async function userMeBenchmark() {
  const emulator = await emulatorUserMeContender();
  const contenders = { 'emulator GET /v2/user/me (Bearer)': emulator };
  if (BASELINE)
    contenders['baseline build: emulator GET /v2/user/me'] = await emulatorUserMeContender(BASELINE);
  try {
    // The reference answers the very bytes the emulator answers (same size, same headers).
    contenders['reference: fixed JSON (same body)'] = await jsonReferenceContender(
      await checkUserMe(emulator),
    );
    return await measureRounds(contenders, ROUNDS);
  } finally {
    await Promise.all(Object.values(contenders).map((c) => c.server.stop()));
  }
}

function summarize(rounds) {
  return Object.fromEntries(
    Object.entries(rounds).map(([name, r]) => [
      name,
      { ...median(r.rounds), rounds: r.rounds, server: r.stats },
    ]),
  );
}

const startLoad = loadavg().map((x) => Number(x.toFixed(2)));
const token = summarize(await tokenBenchmark());
const userMe = summarize(await userMeBenchmark());
const emuToken = token['emulator POST /oauth/token (code+openid)'];
const mock = token['oauth2-mock-server 8 POST /token (code)'];
const sign = token['reference: sign one RS256 JWT'];
const emuMe = userMe['emulator GET /v2/user/me (Bearer)'];
const json = userMe['reference: fixed JSON (same body)'];
/**
 * `a` against `b`: the median over rounds of the paired req/s ratio (both measured in the same
 * round, seconds apart, so a busier or quieter machine moves both), and the CPU ratio (CPU time
 * per request of `b` over that of `a`, over all rounds: how much work each answer costs, which
 * does not depend on how busy the machine was).
 */
function ratioOf(a, b) {
  const paired = a.rounds.map((r, i) => r.rps / b.rounds[i].rps).sort((x, y) => x - y);
  const cpu = (m) =>
    m.rounds.reduce((sum, r) => sum + r.cpuUsPerRequest * r.requests, 0) /
    m.rounds.reduce((sum, r) => sum + r.requests, 0);
  return {
    throughput: Number(paired[Math.floor((paired.length - 1) / 2)].toFixed(2)),
    perRound: paired.map((x) => Number(x.toFixed(2))),
    cpu: Number.isFinite(cpu(a) / cpu(b)) ? Number((cpu(b) / cpu(a)).toFixed(2)) : undefined,
  };
}

const webSignerToken = token['emulator POST /oauth/token, Web Crypto signer'];
const ratioDetails = {
  tokenVsOauth2MockServer: ratioOf(emuToken, mock),
  webCryptoSignerVsNodeSigner: ratioOf(webSignerToken, emuToken),
  tokenVsSignReference: ratioOf(emuToken, sign),
  userMeVsJsonReference: ratioOf(emuMe, json),
};
const ratios = Object.fromEntries(Object.entries(ratioDetails).map(([k, r]) => [k, r.throughput]));
const valid = [...Object.values(token), ...Object.values(userMe)].every((m) =>
  m.rounds.every((r) => r.valid),
);
const met = Object.fromEntries(Object.entries(TARGETS).map(([k, t]) => [k, valid && ratios[k] >= t]));

console.log(
  `\nPOST /oauth/token — ${ROUNDS} interleaved rounds × ${LOAD_DEFAULTS.duration} s, ${LOAD_DEFAULTS.connections} connections, median round`,
);
console.log(
  table(
    Object.entries(token).map(([name, m]) => ({ name, ...m })),
    { 'vs mock': mock, 'vs sign': sign },
  ),
);
console.log(`\nGET /v2/user/me`);
console.log(
  table(
    Object.entries(userMe).map(([name, m]) => ({ name, ...m })),
    { 'vs json': json },
  ),
);
console.log(
  `\nratios (median of paired rounds) ${JSON.stringify(ratios)}\nCPU ratios ${JSON.stringify(Object.fromEntries(Object.entries(ratioDetails).map(([k, r]) => [k, r.cpu])))}\ntargets ${JSON.stringify(TARGETS)}  met ${JSON.stringify(met)}${valid ? '' : '  INVALID RUN'}`,
);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
  loadAverageAtStart: startLoad,
  command: 'npm run bench (npm run build && node bench/emulator/run.mjs)',
  emulatorDist: process.env.BENCH_EMULATOR_DIST ?? 'dist',
  baselineDist: BASELINE,
  method: `autocannon in the parent, ${LOAD_DEFAULTS.connections} connections, ${ROUNDS} interleaved rounds of ${LOAD_DEFAULTS.duration} s after a 2 s warm-up, each contender's median round reported, ratios = median of the per-round ratios (both sides measured in the same round); each server a child process on 127.0.0.1; emulator codes minted in its process before each round (not measured), one per request`,
  valid,
  token,
  userMe,
  ratios,
  ratioDetails,
  targets: TARGETS,
  met,
};
const out = process.env.BENCH_OUT ?? join(root, 'bench', 'results', 'emulator.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`wrote ${out}`);
if (!valid) process.exitCode = 1;
