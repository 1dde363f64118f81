// bench/web: a full Kakao sign-in per iteration against the same emulator (auto-login), our Hono
// adapter against Better Auth's Kakao provider on Hono with its memory adapter, and against a bare
// baseline that stands for the machine's limit (a bare Hono server doing only the exchanges and the
// jose work every correct sign-in needs); each server in its own process, in rounds whose order
// changes. Then getSession against a bare cookie read + jose decrypt.
// Targets (issue 10): sign-ins/s ≥ 3× Better Auth; getSession ≥ 0.8× the bare read.
//
//   npm run build && node bench/web/run.mjs
//   (BENCH_WEB_ROUNDS, BENCH_WEB_SIGNINS, BENCH_WEB_CONCURRENCY, BENCH_WEB_WARM_UP change the size)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startChildServer } from '../lib/child-server.mjs';
import { GET_SESSION_REDIRECT_URI, measureGetSession } from './get-session.mjs';
import { closeDriver, signInBare, signInBetterAuth, signInOurs } from './sign-in.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const { DEFAULT_APP } = await import(pathToFileURL(join(root, 'dist', 'emulator', 'index.js')).href);
const ROUNDS = Number(process.env.BENCH_WEB_ROUNDS ?? 7);
const SIGN_INS = Number(process.env.BENCH_WEB_SIGNINS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_WEB_CONCURRENCY ?? 4);
const WARM_UP = Number(process.env.BENCH_WEB_WARM_UP ?? 1000);

const OURS = 'kakao-oauth/hono';
const BETTER_AUTH = 'better-auth (kakao, memory)';
const BARE = 'bare baseline (hono + jose)';

const emulator = await startChildServer(join(here, 'emulator-server.mjs'));
const env = { EMULATOR_URL: emulator.url };
const [ours, better, bare] = await Promise.all([
  startChildServer(join(here, 'ours-server.mjs'), [], { env }),
  startChildServer(join(here, 'better-auth-server.mjs'), [], { env }),
  startChildServer(join(here, 'bare-server.mjs'), [], { env }),
]);
try {
  await seed(emulator.url, [
    `${ours.url}/auth/kakao/callback`,
    `${better.url}/api/auth/callback/kakao`,
    `${bare.url}/callback`,
    GET_SESSION_REDIRECT_URI,
  ]);
  const contenders = {
    [OURS]: { server: ours, signIn: () => signInOurs(ours.url, emulator.url) },
    [BETTER_AUTH]: { server: better, signIn: () => signInBetterAuth(better.url, emulator.url) },
    [BARE]: { server: bare, signIn: () => signInBare(bare.url, emulator.url) },
  };
  const names = Object.keys(contenders);
  const rates = Object.fromEntries(names.map((name) => [name, []]));
  const cpu = Object.fromEntries(names.map((name) => [name, { app: 0, emulator: 0, driver: 0, n: 0 }]));
  for (const { signIn } of Object.values(contenders)) await run(signIn, WARM_UP); // JIT warm-up
  for (let round = 0; round < ROUNDS; round++) {
    // each round starts with another contender and odd rounds run backwards, so no contender
    // always follows the same neighbour
    const rotated = names.map((_, i) => names[(i + round) % names.length]);
    const order = round % 2 === 0 ? rotated : rotated.reverse();
    for (const name of order) {
      const { server, signIn } = contenders[name];
      const before = [server.cpuSeconds(), emulator.cpuSeconds(), process.cpuUsage()];
      rates[name].push(await run(signIn, SIGN_INS));
      cpu[name].app += server.cpuSeconds() - before[0];
      cpu[name].emulator += emulator.cpuSeconds() - before[1];
      const driver = process.cpuUsage(before[2]);
      cpu[name].driver += (driver.user + driver.system) / 1e6;
      cpu[name].n += SIGN_INS;
    }
  }
  const signIns = Object.fromEntries(names.map((name) => [name, median(rates[name])]));
  // CPU milliseconds per sign-in in the app's process and in the emulator's (from /proc, 10 ms
  // ticks), and in this process, the load driver (process.cpuUsage)
  const cpuMsPerSignIn = Object.fromEntries(
    names.map((name) => {
      const c = cpu[name];
      const ms = (seconds) => round2((seconds * 1000) / c.n);
      return [name, { app: ms(c.app), emulator: ms(c.emulator), driver: ms(c.driver) }];
    }),
  );
  const ratios = {
    signInsVsBetterAuth: signIns[OURS] / signIns[BETTER_AUTH],
    signInsVsBare: signIns[OURS] / signIns[BARE],
    bareVsBetterAuth: signIns[BARE] / signIns[BETTER_AUTH],
    appCpuVsBetterAuth: cpuMsPerSignIn[BETTER_AUTH].app / cpuMsPerSignIn[OURS].app,
    appCpuVsBare: cpuMsPerSignIn[BARE].app / cpuMsPerSignIn[OURS].app,
  };
  const getSession = await measureGetSession({ emulatorUrl: emulator.url });
  const getSessionRatio = getSession.ours / getSession.bare;
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    signIns: {
      perSecond: signIns,
      perRound: rates,
      cpuMsPerSignIn,
      rounds: ROUNDS,
      signInsPerRound: SIGN_INS,
      concurrency: CONCURRENCY,
      ratios,
      target: 3,
    },
    getSession: { ...getSession, ratio: getSessionRatio, target: 0.8 },
  };
  writeFileSync(join(root, 'bench', 'results', 'web.json'), `${JSON.stringify(result, null, 2)}\n`);
  for (const name of names) {
    const { app, emulator: emu, driver } = cpuMsPerSignIn[name];
    console.log(
      `${name.padEnd(34)} ${signIns[name].toFixed(1)} sign-ins/s  (cpu per sign-in: app ${app} ms, emulator ${emu} ms, driver ${driver} ms)`,
    );
  }
  console.log(
    `sign-ins/s vs Better Auth ${ratios.signInsVsBetterAuth.toFixed(2)}x (target >= 3x); app CPU per sign-in ${ratios.appCpuVsBetterAuth.toFixed(2)}x less`,
  );
  console.log(
    `sign-ins/s vs the bare baseline ${ratios.signInsVsBare.toFixed(2)}x (app CPU ${ratios.appCpuVsBare.toFixed(2)}x); the baseline itself is ${ratios.bareVsBetterAuth.toFixed(2)}x Better Auth`,
  );
  console.log(
    `getSession ${getSession.ours.toFixed(0)}/s vs bare ${getSession.bare.toFixed(0)}/s: ${getSessionRatio.toFixed(2)}x (target >= 0.8x)`,
  );
} finally {
  await Promise.all([ours.stop(), better.stop(), bare.stop(), emulator.stop(), closeDriver()]);
}

async function seed(emulatorUrl, redirectUris) {
  const response = await fetch(`${emulatorUrl}/__emulator/seed`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ apps: [{ ...DEFAULT_APP, redirectUris }] }),
  });
  if (!response.ok) throw new Error(`seed failed: ${response.status}`);
}

/** `count` sign-ins, `CONCURRENCY` at a time; sign-ins per second. */
async function run(signIn, count) {
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < count) {
      next += 1;
      await signIn();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return (count / (performance.now() - started)) * 1000;
}

function round2(value) {
  return Math.round(value * 100) / 100;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
