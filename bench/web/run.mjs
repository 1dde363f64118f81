// bench/web: a full Kakao sign-in per iteration against the same emulator (auto-login), our Hono
// adapter against Better Auth's Kakao provider on Hono with its memory adapter, each server in its
// own process, alternating rounds; then getSession against a bare cookie read + jose decrypt.
// Targets (issue 10): sign-ins/s ≥ 3× Better Auth; getSession ≥ 0.8× the bare read.
//
//   npm run build && node bench/web/run.mjs   (BENCH_WEB_ROUNDS, BENCH_WEB_SIGNINS to change the size)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startChildServer } from '../lib/child-server.mjs';
import { GET_SESSION_REDIRECT_URI, measureGetSession } from './get-session.mjs';
import { signInBetterAuth, signInOurs } from './sign-in.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const { DEFAULT_APP } = await import(pathToFileURL(join(root, 'dist', 'emulator', 'index.js')).href);
const ROUNDS = Number(process.env.BENCH_WEB_ROUNDS ?? 5);
const SIGN_INS = Number(process.env.BENCH_WEB_SIGNINS ?? 200);
const CONCURRENCY = 4;

const emulator = await startChildServer(join(here, 'emulator-server.mjs'));
const env = { EMULATOR_URL: emulator.url };
const [ours, better] = await Promise.all([
  startChildServer(join(here, 'ours-server.mjs'), [], { env }),
  startChildServer(join(here, 'better-auth-server.mjs'), [], { env }),
]);
try {
  await seed(emulator.url, [
    `${ours.url}/auth/kakao/callback`,
    `${better.url}/api/auth/callback/kakao`,
    GET_SESSION_REDIRECT_URI,
  ]);
  const contenders = {
    'kakao-oauth/hono': () => signInOurs(ours.url, emulator.url),
    'better-auth (kakao, memory)': () => signInBetterAuth(better.url, emulator.url),
  };
  const rates = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  const servers = { 'kakao-oauth/hono': ours, 'better-auth (kakao, memory)': better };
  const cpu = Object.fromEntries(
    Object.keys(contenders).map((name) => [name, { app: 0, emulator: 0, n: 0 }]),
  );
  for (const fn of Object.values(contenders)) await run(fn, 20); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? Object.keys(contenders) : Object.keys(contenders).reverse();
    for (const name of order) {
      const before = [servers[name].cpuSeconds(), emulator.cpuSeconds()];
      rates[name].push(await run(contenders[name], SIGN_INS));
      cpu[name].app += servers[name].cpuSeconds() - before[0];
      cpu[name].emulator += emulator.cpuSeconds() - before[1];
      cpu[name].n += SIGN_INS;
    }
  }
  const signIns = Object.fromEntries(Object.entries(rates).map(([name, list]) => [name, median(list)]));
  // CPU milliseconds per sign-in in the app's process and in the emulator's (from /proc, 10 ms ticks)
  const cpuMsPerSignIn = Object.fromEntries(
    Object.entries(cpu).map(([name, c]) => [
      name,
      { app: round1((c.app * 1000) / c.n), emulator: round1((c.emulator * 1000) / c.n) },
    ]),
  );
  const signInRatio = signIns['kakao-oauth/hono'] / signIns['better-auth (kakao, memory)'];
  const getSession = await measureGetSession({ emulatorUrl: emulator.url });
  const getSessionRatio = getSession.ours / getSession.bare;
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    signIns: {
      perSecond: signIns,
      cpuMsPerSignIn,
      rounds: ROUNDS,
      perRound: SIGN_INS,
      concurrency: CONCURRENCY,
      ratio: signInRatio,
      target: 3,
    },
    getSession: { ...getSession, ratio: getSessionRatio, target: 0.8 },
  };
  writeFileSync(join(root, 'bench', 'results', 'web.json'), `${JSON.stringify(result, null, 2)}\n`);
  for (const [name, rate] of Object.entries(signIns)) {
    const { app, emulator: emu } = cpuMsPerSignIn[name];
    console.log(
      `${name.padEnd(30)} ${rate.toFixed(1)} sign-ins/s  (cpu per sign-in: app ${app} ms, emulator ${emu} ms)`,
    );
  }
  console.log(`sign-in ratio ${signInRatio.toFixed(2)}x (target >= 3x)`);
  console.log(
    `getSession ${getSession.ours.toFixed(0)}/s vs bare ${getSession.bare.toFixed(0)}/s: ${getSessionRatio.toFixed(2)}x (target >= 0.8x)`,
  );
} finally {
  await Promise.all([ours.stop(), better.stop(), emulator.stop()]);
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

function round1(value) {
  return Math.round(value * 10) / 10;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
