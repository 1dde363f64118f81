// Token endpoint, refresh grant with an id_token in the answer: our emulator vs oidc-provider 8
// (a certified OP, the same job: client auth, refresh token lookup, new access token, one RS256
// id_token signed per answer). Each server in its own process on loopback, load from autocannon
// in this process, rounds interleaved, median round kept. A third server, a bare node:http server
// that only signs one RS256 JWT per request (bench/emulator/reference-sign-server.mjs), gives the
// machine's signing limit, so the report also says how close each OP is to it and what ratio the
// limit leaves possible. Writes bench/results/refresh.json.
//
//   npm run build && node bench/refresh/run.mjs     (BENCH_DURATION, BENCH_ROUNDS)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startChildServer } from '../lib/child-server.mjs';
import { LOAD_DEFAULTS, measure, median, table, warmUp } from '../lib/load.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
if (!existsSync(join(root, 'dist', 'emulator', 'index.js'))) {
  console.error('dist/emulator/index.js is missing: run `npm run build` first.');
  process.exit(1);
}
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGET = 2;
const LIMIT = 'bare RS256 signer (the limit)';
const servers = {
  'kakao-oauth emulator': await startChildServer(join(here, 'emulator-server.mjs')),
  'oidc-provider 8': await startChildServer(join(here, 'op-server.mjs')),
  [LIMIT]: await startChildServer(join(here, '..', 'emulator', 'reference-sign-server.mjs')),
};
const requestOf = (server) => ({
  url: server.url,
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: server.info.body,
});

try {
  for (const server of Object.values(servers)) await warmUp(requestOf(server));
  const rounds = Object.fromEntries(Object.keys(servers).map((name) => [name, []]));
  const names = Object.keys(servers);
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length];
      const server = servers[name];
      const cpu0 = server.cpuSeconds();
      const result = await measure(requestOf(server));
      const cpu = server.cpuSeconds() - cpu0;
      rounds[name].push({ ...result, cpuUsPerRequest: Math.round((cpu * 1e6) / result.requests) });
    }
  }
  const medians = Object.fromEntries(Object.entries(rounds).map(([name, list]) => [name, median(list)]));
  const rows = Object.entries(medians).map(([name, m]) => ({ name, ...m }));
  const ours = medians['kakao-oauth emulator'];
  const peer = medians['oidc-provider 8'];
  console.log(table(rows, { 'vs oidc-provider': peer }));
  const limit = medians[LIMIT];
  const ratio = Number((ours.rps / peer.rps).toFixed(2));
  const cpuRatio = Number((peer.cpuUsPerRequest / ours.cpuUsPerRequest).toFixed(2));
  const ofLimit = {
    emulator: Number((ours.rps / limit.rps).toFixed(2)),
    oidcProvider: Number((peer.rps / limit.rps).toFixed(2)),
    ceiling: Number((limit.rps / peer.rps).toFixed(2)),
  };
  console.log(
    `\nemulator / oidc-provider: ${ratio}× req/s (${cpuRatio}× by server CPU per request), target ≥ ${TARGET}×`,
  );
  console.log(
    `signing limit: emulator ${ofLimit.emulator}×, oidc-provider ${ofLimit.oidcProvider}× of it; a server at the limit would be ${ofLimit.ceiling}× oidc-provider`,
  );
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
    loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
    method: `POST /oauth/token grant_type=refresh_token (the same refresh token replayed; each answer signs one RS256 id_token), autocannon ${LOAD_DEFAULTS.connections} connections × ${LOAD_DEFAULTS.duration} s per round, ${ROUNDS} interleaved rounds, median round; CPU = the server process's user+system time per request`,
    target: { emulatorVsOidcProvider: TARGET },
    medians,
    rounds,
    ratio: { rps: ratio, cpu: cpuRatio, met: ratio >= TARGET },
    ofSigningLimit: ofLimit,
  };
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results', 'refresh.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('wrote bench/results/refresh.json');
} finally {
  await Promise.all(Object.values(servers).map((server) => server.stop()));
}
