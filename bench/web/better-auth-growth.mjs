// A check behind bench/web: Better Auth's memory adapter keeps sessions in an array that it scans,
// and every sign-in adds one, so its cost could grow over a long run and make it look slower than
// it is. This signs in through Better Auth alone in blocks of 500 and prints sign-ins/s and the
// app's CPU per sign-in as the session table grows.
//
//   npm run build && node bench/web/better-auth-growth.mjs   (BENCH_BLOCKS=7)
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startChildServer } from '../lib/child-server.mjs';
import { closeDriver, signInBetterAuth } from './sign-in.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { DEFAULT_APP } = await import(
  pathToFileURL(join(here, '..', '..', 'dist', 'emulator', 'index.js')).href
);
const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 7);
const BLOCK = 500;
const CONCURRENCY = 4;

const emulator = await startChildServer(join(here, 'emulator-server.mjs'));
const better = await startChildServer(join(here, 'better-auth-server.mjs'), [], {
  env: { EMULATOR_URL: emulator.url },
});
try {
  const seeded = await fetch(`${emulator.url}/__emulator/seed`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      apps: [{ ...DEFAULT_APP, redirectUris: [`${better.url}/api/auth/callback/kakao`] }],
    }),
  });
  if (!seeded.ok) throw new Error(`seed failed: ${seeded.status}`);
  for (let block = 1; block <= BLOCKS; block++) {
    let next = 0;
    const cpuBefore = better.cpuSeconds();
    const started = performance.now();
    const worker = async () => {
      while (next < BLOCK) {
        next += 1;
        await signInBetterAuth(better.url, emulator.url);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const rate = (BLOCK / (performance.now() - started)) * 1000;
    const cpuMs = ((better.cpuSeconds() - cpuBefore) * 1000) / BLOCK;
    console.log(
      `${block * BLOCK} sessions: ${rate.toFixed(0)} sign-ins/s, app CPU ${cpuMs.toFixed(2)} ms per sign-in`,
    );
  }
} finally {
  await Promise.all([better.stop(), emulator.stop(), closeDriver()]);
}
