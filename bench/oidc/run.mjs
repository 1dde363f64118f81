// kakao-oauth OIDC benchmark, one run: id_token verifications/s (ours with a warm JWKS cache,
// openid-client's code grant with signature checks, raw jose.jwtVerify), cold import time and
// bundle size. Prints a table and writes bench/results/oidc.json.
//
//   npm run build && node bench/oidc/run.mjs
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleSize, openidClientSource, oursSource } from './bundle-size.mjs';
import { measureColdImport } from './cold-import.mjs';
import { openidClient, ours, oursExchange, rawJose } from './contenders.mjs';
import { makeFixtures } from './fixtures.mjs';
import { measureThroughput } from './throughput.mjs';

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
};
const exchange = await oursExchange(kakaoOAuth, fx);
if (exchange) contenders['kakao-oauth exchangeCode (+verify)'] = exchange;

const sequential = await measureThroughput(contenders, { workers: 1 });
const concurrent = await measureThroughput(contenders, { workers: 8 });
const coldImport = measureColdImport({
  'kakao-oauth': pathToFileURL(entry).href,
  'openid-client': import.meta.resolve('openid-client'),
});
const hasExchangeCode = typeof kakaoOAuth.exchangeCode === 'function';
const bundle = {
  'kakao-oauth': await bundleSize(oursSource(entry, hasExchangeCode), root),
  'openid-client': await bundleSize(openidClientSource, root),
};

const OURS = 'kakao-oauth verifyIdToken (warm JWKS)';
const JOSE = 'jose jwtVerify (raw, key in hand)';
const OC = 'openid-client authorizationCodeGrant';
const ratios = (m) => ({
  vsOpenidClient: round2(m[OURS] / m[OC]),
  vsRawJose: round2(m[OURS] / m[JOSE]),
  ...(m['kakao-oauth exchangeCode (+verify)']
    ? { exchangeVsOpenidClient: round2(m['kakao-oauth exchangeCode (+verify)'] / m[OC]) }
    : {}),
});
function round2(x) {
  return Number(x.toFixed(2));
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
  method:
    'median of 15 interleaved 0.4 s rounds per contender; workers = concurrent await loops; fetch is an in-process fake (no network); JWKS and keys warm for everyone',
  throughputOpsPerSec: { sequential, concurrent8: concurrent },
  ratios: { sequential: ratios(sequential), concurrent8: ratios(concurrent) },
  targets: { vsOpenidClient: 1.5, vsRawJose: 0.9 },
  coldImportMs: coldImport,
  bundleBytes: bundle,
  bundleNote: hasExchangeCode
    ? 'both bundles exchange a code and verify the id_token'
    : 'exchangeCode not in the build yet: our bundle only verifies an id_token',
};

printTable(results);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'oidc.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote bench/results/oidc.json');

function printTable(r) {
  console.log(`node ${r.node} · ${r.cpu}\n`);
  console.log(`${'verifications/s'.padEnd(42)}${'1 worker'.padStart(10)}${'8 workers'.padStart(11)}`);
  for (const name of Object.keys(r.throughputOpsPerSec.sequential)) {
    const a = r.throughputOpsPerSec.sequential[name];
    const b = r.throughputOpsPerSec.concurrent8[name];
    console.log(`${name.padEnd(42)}${String(a).padStart(10)}${String(b).padStart(11)}`);
  }
  for (const [key, label] of [
    ['vsOpenidClient', 'ours / openid-client (target >= 1.5)'],
    ['vsRawJose', 'ours / raw jose (target >= 0.9)'],
    ['exchangeVsOpenidClient', 'exchangeCode / openid-client'],
  ]) {
    if (r.ratios.sequential[key] === undefined) continue;
    console.log(
      `${label.padEnd(42)}${String(r.ratios.sequential[key]).padStart(10)}${String(r.ratios.concurrent8[key]).padStart(11)}`,
    );
  }
  console.log(`\n${'cold import (ms, median)'.padEnd(42)}${'ms'.padStart(10)}`);
  for (const [name, ms] of Object.entries(r.coldImportMs))
    console.log(`${name.padEnd(42)}${String(ms).padStart(10)}`);
  console.log(
    `\n${'bundle: code exchange + id_token check'.padEnd(42)}${'min'.padStart(10)}${'min+gz'.padStart(11)}`,
  );
  for (const [name, size] of Object.entries(r.bundleBytes)) {
    console.log(
      `${name.padEnd(42)}${String(size.minified).padStart(10)}${String(size.gzipped).padStart(11)}`,
    );
  }
  console.log(`(${r.bundleNote})`);
}
