// kakao-oauth OIDC benchmark, one run: id_token verifications/s (ours with a warm JWKS cache,
// openid-client's code grant with signature checks, raw jose.jwtVerify), cold import time and
// bundle size. Prints a table and writes bench/results/oidc.json.
//
//   npm run build && node bench/oidc/run.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleSize, joseVerifyOnlySource, openidClientSource, oursSource } from './bundle-size.mjs';
import { measureColdImport } from './cold-import.mjs';
import { openidClient, ours, oursExchange, rawJose } from './contenders.mjs';
import { makeFixtures } from './fixtures.mjs';
import { printReport, ratiosOf } from './report.mjs';
import { measureThroughput } from './throughput.mjs';

if (!globalThis.gc) {
  // Re-run with --expose-gc so each measured slot starts from a clean heap.
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
  });
  process.exit(child.status ?? 1);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const entry = join(root, 'dist', 'index.js');
if (!existsSync(entry)) {
  console.error('dist/index.js is missing: run `npm run build` first.');
  process.exit(1);
}
const kakaoOAuth = await import(pathToFileURL(entry).href);
const fx = await makeFixtures();

const contenders = {
  'kakao-oauth verifyIdToken (warm JWKS)': await ours(kakaoOAuth, fx),
  'jose jwtVerify (raw, key in hand)': await rawJose(fx),
  'openid-client authorizationCodeGrant': await openidClient(fx),
  'kakao-oauth exchangeCode + verify': await oursExchange(kakaoOAuth, fx),
};

const one = await measureThroughput(contenders, { workers: 1 });
const eight = await measureThroughput(contenders, { workers: 8 });
const throughput = { wall1: one.wall, wall8: eight.wall, cpu1: one.cpu, cpu8: eight.cpu };
const coldImport = measureColdImport({
  'kakao-oauth': pathToFileURL(entry).href,
  'openid-client': import.meta.resolve('openid-client'),
});
const bundle = {
  'kakao-oauth': await bundleSize(oursSource(entry), root),
  'openid-client': await bundleSize(openidClientSource, root),
  'reference: jose compactVerify alone': await bundleSize(joseVerifyOnlySource, root),
};

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
  loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
  method:
    'median of 15 interleaved 0.4 s rounds per contender (rotating order, full GC before each); wall = ops per wall-clock second, cpu = ops per CPU-second of this process (all threads); 1 or 8 concurrent await loops; fetch is an in-process fake (no network); JWKS and keys warm for everyone',
  throughputOpsPerSec: throughput,
  ratios: Object.fromEntries(Object.entries(throughput).map(([column, m]) => [column, ratiosOf(m)])),
  targets: { verifyVsOpenidClient: 1.5, verifyVsRawJose: 0.9 },
  coldImportMs: coldImport,
  bundleBytes: bundle,
  bundleNote:
    "both contenders exchange a code and verify the id_token (esbuild, browser, ESM, minified; gzip -9); the reference line is only jose's RS256 compact verification, which our bundle contains",
};

printReport(results);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'oidc.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote bench/results/oidc.json');
