// The two id_token signers side by side, signing only (no HTTP): the core's Web Crypto signer and
// the Node binding's node:crypto signer, each signing the same Kakao-shaped id_token with the same
// RSA-2048 key, 16 at a time, in interleaved rounds. Prints signatures per second and CPU µs per
// signature (this process, all threads) per round.
//
//   npm run build && node bench/emulator/signers.mjs     (BENCH_SIGNATURES=2000 BENCH_ROUNDS=3)
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { generateSigningKey, nodeJwsSigner, signRs256, webCryptoSigner } = await import(
  pathToFileURL(join(root, 'dist', 'emulator', 'index.js')).href
);
const SIGNATURES = Number(process.env.BENCH_SIGNATURES ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = 16;

const key = await generateSigningKey();
const payload = {
  aud: '4f2c1d7e9a8b6c5d3e2f1a0b9c8d7e6f',
  sub: '1376016924426111111',
  auth_time: 1796036559,
  iss: 'http://127.0.0.1:8080',
  exp: 1796058159,
  iat: 1796036559,
  nonce: 'n'.repeat(43),
  nickname: '민준',
};

async function measure(signer, count) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let issued = 0;
  const worker = async () => {
    while (issued < count) {
      issued++;
      await signRs256(key, payload, signer);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const used = process.cpuUsage(cpu);
  return {
    perSecond: Math.round(count / ((performance.now() - started) / 1000)),
    cpuUsPerSignature: Math.round((used.user + used.system) / count),
  };
}

const signers = {
  'node:crypto (nodeJwsSigner)': nodeJwsSigner,
  'Web Crypto (webCryptoSigner)': webCryptoSigner,
};
for (const signer of Object.values(signers)) await measure(signer, 300); // warm-up
for (let round = 1; round <= ROUNDS; round++) {
  for (const [name, signer] of Object.entries(signers)) {
    const { perSecond, cpuUsPerSignature } = await measure(signer, SIGNATURES);
    console.log(`round ${round} ${name}: ${perSecond} signatures/s, ${cpuUsPerSignature} µs CPU each`);
  }
}
