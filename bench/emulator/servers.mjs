// The contenders of the emulator benchmark: each is a child process plus the autocannon request
// it is driven with. Inputs that must be fresh per request (single-use codes) are fed by
// `setupRequest`, one per request, from a queue filled before each measurement.
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startChildServer } from '../lib/child-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
// Extra Node flags for the emulator children: BENCH_PROF=<dir> (CPU profiles), BENCH_NODE_ARGS.
const childArgv = [
  ...(process.env.BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROF}`] : []),
  ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
];

/** The emulator child serving `dist` (default: this checkout's dist/), signing with `signer`. */
function startEmulatorChild(dist, signer) {
  const env = {
    ...(dist ? { BENCH_EMULATOR_DIST: dist } : {}),
    ...(signer ? { BENCH_EMULATOR_SIGNER: signer } : {}),
  };
  return startChildServer(join(here, 'emulator-server.mjs'), [], { ipc: true, execArgv: childArgv, env });
}

/**
 * Our emulator (dist/), fed one fresh authorization code (scope `openid`) per request. `signer`
 * `'web'` signs with Web Crypto instead of node:crypto.
 */
export async function emulatorTokenContender(dist, signer) {
  const server = await startEmulatorChild(dist, signer);
  const { clientId, redirectUri } = server.info;
  const prefix = `grant_type=authorization_code&client_id=${clientId}&redirect_uri=${encodeURIComponent(redirectUri)}&code=`;
  let codes = [];
  let next = 0;
  return {
    server,
    /** Mints `count` codes in the child (not measured) and queues them. */
    async prepare(count) {
      ({ codes } = await server.call({ type: 'mint', count }));
      next = 0;
    },
    /** Codes handed out since the last `prepare` (to size the next batch). */
    used: () => next,
    remaining: () => codes.length - next,
    request: {
      method: 'POST',
      path: '/oauth/token',
      headers: FORM,
      // An empty code after the queue runs dry is answered 400 and marks the run invalid.
      setupRequest: (req) => ({ ...req, body: prefix + (codes[next++] ?? '') }),
    },
  };
}

/** oauth2-mock-server 8.x doing its own authorization_code grant (it accepts any code). */
export async function mockTokenContender() {
  const server = await startChildServer(join(here, 'oauth2-mock-server.mjs'));
  const prefix =
    'grant_type=authorization_code&client_id=bench&redirect_uri=http%3A%2F%2F127.0.0.1%3A8719%2Fcallback&scope=openid&code=';
  return {
    server,
    request: {
      method: 'POST',
      path: '/token',
      headers: FORM,
      setupRequest: (req) => ({ ...req, body: prefix + randomUUID() }),
    },
  };
}

/** A bare node:http server that signs one RS256 JWT per request: the signing limit. */
export async function signReferenceContender() {
  const server = await startChildServer(join(here, 'reference-sign-server.mjs'));
  const prefix =
    'grant_type=authorization_code&client_id=bench&redirect_uri=http%3A%2F%2F127.0.0.1%3A8719%2Fcallback&code=';
  return {
    server,
    request: {
      method: 'POST',
      path: '/token',
      headers: FORM,
      setupRequest: (req) => ({ ...req, body: prefix + randomUUID() }),
    },
  };
}

/** Our emulator's `GET /v2/user/me` with a valid Bearer token. */
export async function emulatorUserMeContender(dist) {
  const server = await startEmulatorChild(dist);
  const { accessToken } = await server.call({ type: 'accessToken' });
  return {
    server,
    accessToken,
    request: { method: 'GET', path: '/v2/user/me', headers: { authorization: `Bearer ${accessToken}` } },
  };
}

/** A bare node:http server answering fixed JSON: `body` (the emulator's own answer) when given. */
export async function jsonReferenceContender(body) {
  const server = await startChildServer(join(here, 'reference-json-server.mjs'), body ? [body] : []);
  return {
    server,
    request: { method: 'GET', path: '/v2/user/me', headers: { authorization: `Bearer ${randomUUID()}` } },
  };
}
