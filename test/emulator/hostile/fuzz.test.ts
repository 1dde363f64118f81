/**
 * The standing hostile-HTTP suite (issue 15): generated requests against the emulator, in-process
 * (`emulator.fetch`) and over a real loopback socket. Target, and assertion: 0 crashes, 0 5xx,
 * 0 hangs, 0 leaks (the admin key, the client secret or a live token in an answer that must not
 * carry it, or in the request log). Bounded in count (fixed `numRuns`) and time (a deadline per
 * request). Slow clients are covered by `slow-clients.test.ts`, oversized bodies also by
 * `body-cap.test.ts`.
 */
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_ADMIN_KEY,
  type Emulator,
  type RunningEmulator,
  startEmulator,
} from '../../../src/emulator/index.js';
import { autoCode, redeem, testEmulator } from '../helpers.js';
import {
  bodyOf,
  type HostileRequest,
  hostileRequest,
  summary,
  type Tally,
  tally,
  targetOf,
  withDeadline,
} from './fuzz-support.js';

const SECRET = 'fuzz-client-secret-5f0c9d';
const SECRET_APP_ADMIN_KEY = 'fuzz-admin-key-8b1e27';

/** A linked user's live tokens, used in some requests and searched for in every answer. */
interface Secrets {
  accessToken: string;
  refreshToken: string;
}

async function fuzzEmulator(options: Parameters<typeof testEmulator>[0] = {}) {
  const emulator = await testEmulator({ autoLogin: true, maxBodyBytes: 65_536, ...options });
  emulator.state.apps.push({
    ...structuredClone(emulator.state.apps[0]!),
    id: 7654321,
    restApiKey: 'fuzz-rest-key',
    adminKey: SECRET_APP_ADMIN_KEY,
    clientSecret: { enabled: true, value: SECRET },
  });
  const tokens = await (await redeem(emulator, await autoCode(emulator))).json();
  return { emulator, secrets: { accessToken: tokens.access_token, refreshToken: tokens.refresh_token } };
}

/** Substitutes a live token or the admin key into some requests, so authenticated paths run too. */
function withCredentials(request: HostileRequest, secrets: Secrets, pick: number): HostileRequest {
  if (pick % 4 === 0) return { ...request, authorization: `Bearer ${secrets.accessToken}` };
  if (pick % 4 === 1) return { ...request, authorization: `KakaoAK ${DEFAULT_ADMIN_KEY}` };
  return request;
}

/** Answers that may carry the admin key or secret: the config control, asked from loopback. */
function mayShowSecrets(request: HostileRequest): boolean {
  return request.path === '/__emulator/config';
}

function checkLeaks(t: Tally, label: string, text: string, request: HostileRequest, secrets: Secrets) {
  const forbidden = [
    secrets.accessToken,
    secrets.refreshToken,
    SECRET,
    SECRET_APP_ADMIN_KEY,
    DEFAULT_ADMIN_KEY,
  ];
  if (!mayShowSecrets(request) && forbidden.some((s) => text.includes(s))) t.leaks.push(label);
}

function checkLog(t: Tally, emulator: Emulator, secrets: Secrets) {
  const log = JSON.stringify(emulator.state.log);
  for (const secret of [
    secrets.accessToken,
    secrets.refreshToken,
    SECRET,
    SECRET_APP_ADMIN_KEY,
    DEFAULT_ADMIN_KEY,
  ]) {
    if (log.includes(secret)) t.leaks.push(`request log holds a secret (${secret.slice(0, 4)}…)`);
  }
}

function webRequest(emulator: Emulator, request: HostileRequest): Request | undefined {
  const base = request.path.startsWith('/v') ? emulator.apiUrl : emulator.authUrl;
  const body = bodyOf(request);
  const headers = new Headers();
  try {
    if (request.authorization !== undefined) headers.set('authorization', request.authorization);
    if (body?.type) headers.set('content-type', body.type);
    const hasBody = body !== undefined && request.method !== 'GET' && request.method !== 'HEAD';
    return new Request(`${base}${targetOf(request)}`, {
      method: request.method,
      headers,
      body: hasBody ? body.text : undefined,
    });
  } catch {
    return undefined; // Not a request `fetch` can send (e.g. a NUL in a header): nothing to test.
  }
}

async function inProcess(t: Tally, emulator: Emulator, secrets: Secrets, request: HostileRequest) {
  const web = webRequest(emulator, request);
  if (!web) return;
  t.inputs++;
  emulator.state.faults = [];
  const label = `${request.method} ${targetOf(request).slice(0, 120)}`;
  let outcome: Response | 'hang';
  try {
    outcome = await withDeadline(emulator.fetch(web), 5_000);
  } catch (error) {
    t.crashes.push(`${label}: ${(error as Error).message}`);
    return;
  }
  if (outcome === 'hang') {
    t.hangs.push(label);
    return;
  }
  if (outcome.status >= 500) t.serverErrors.push(`${label} → ${outcome.status}`);
  checkLeaks(t, label, await outcome.text(), request, secrets);
}

describe('hostile HTTP, in-process (emulator.fetch)', () => {
  it('0 crashes, 0 5xx, 0 hangs, 0 leaks over generated requests', async () => {
    const { emulator, secrets } = await fuzzEmulator();
    const t = tally();
    await fc.assert(
      fc.asyncProperty(hostileRequest, fc.nat(), async (request, pick) => {
        await inProcess(t, emulator, secrets, withCredentials(request, secrets, pick));
      }),
      { numRuns: 600, seed: 20261130, interruptAfterTimeLimit: 120_000 },
    );
    checkLog(t, emulator, secrets);
    console.info(summary('hostile HTTP in-process', t));
    expect(t.inputs).toBeGreaterThan(300);
    expectClean(t);
  }, 180_000);
});

/** `%XX` for each UTF-8 byte of `char` (a lone surrogate becomes U+FFFD, as on the wire). */
function percentBytes(char: string): string {
  return [...Buffer.from(char)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
}

/** Every failure list is empty (shown in full when not). */
function expectClean(t: Tally): void {
  const { crashes, serverErrors, hangs, leaks } = t;
  expect({ crashes, serverErrors, hangs, leaks }).toEqual({
    crashes: [],
    serverErrors: [],
    hangs: [],
    leaks: [],
  });
}

/** The raw HTTP/1.1 bytes of a hostile request (NUL bytes and bad encodings left in). */
function rawBytes(request: HostileRequest, hostHeader: string, extraHeader: string, raw: boolean): Buffer {
  const body = bodyOf(request);
  // Mostly a target the parser accepts (so the request reaches the emulator), sometimes raw bytes.
  const target = raw ? targetOf(request) : targetOf(request).replace(/[^\x21-\x7e]/gu, percentBytes);
  const lines = [`${request.method} ${target} HTTP/1.1`, `Host: ${hostHeader}`, 'Connection: close'];
  if (request.authorization !== undefined) lines.push(`Authorization: ${request.authorization}`);
  if (extraHeader) lines.push(extraHeader);
  const payload = body ? Buffer.from(body.text) : Buffer.alloc(0);
  if (body) lines.push(`Content-Type: ${body.type}`, `Content-Length: ${payload.length}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), payload]);
}

function rawExchange(port: number, bytes: Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.end(bytes);
  });
}

const SOCKET_METHODS = [
  'GET',
  'POST',
  'POST',
  'GET',
  'PUT',
  'DELETE',
  'PATCH',
  'OPTIONS',
  'HEAD',
  'TRACE',
  'PROPFIND',
];

describe('hostile HTTP over a loopback socket', () => {
  let kakao: RunningEmulator;
  let secrets: Secrets;

  beforeAll(async () => {
    const { emulator, secrets: s } = await fuzzEmulator();
    secrets = s;
    kakao = await startEmulator({
      emulator,
      timeouts: { headersMs: 2_000, requestMs: 4_000, keepAliveMs: 1_000 },
    });
  });
  afterAll(() => kakao.close());

  it('0 crashes, 0 5xx, 0 hangs, 0 leaks; long headers, NUL bytes and foreign hosts included', async () => {
    const port = Number(new URL(kakao.authUrl).port);
    const t = tally();
    const statuses = new Map<number, number>();
    const extraHeader = fc.oneof(
      { arbitrary: fc.constant(''), weight: 6 },
      { arbitrary: fc.integer({ min: 1, max: 20_000 }).map((n) => `X-Long: ${'h'.repeat(n)}`), weight: 1 },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'Origin: https://evil.example',
          'Sec-Fetch-Site: cross-site',
          'X-Nul: a\u0000b',
          'Transfer-Encoding: chunked',
        ),
      },
    );
    const host = fc.constantFrom(
      `127.0.0.1:${port}`,
      'localhost',
      'evil.example',
      '',
      '[::1]',
      'a'.repeat(300),
    );
    await fc.assert(
      fc.asyncProperty(
        hostileRequest,
        fc.nat(),
        host,
        extraHeader,
        async (request, pick, hostHeader, extra) => {
          // Node's parser accepts only HTTP's registered methods: the others get its 400 before us.
          const method = SOCKET_METHODS[pick % SOCKET_METHODS.length]!;
          const hostile = { ...withCredentials(request, secrets, pick), method };
          t.inputs++;
          kakao.emulator.state.faults = [];
          const label = `${hostile.method} ${targetOf(hostile).slice(0, 120)} (Host: ${hostHeader.slice(0, 30)})`;
          const answer = await withDeadline(
            rawExchange(port, rawBytes(hostile, hostHeader, extra, pick % 7 === 0)),
            10_000,
          );
          if (answer === 'hang') {
            t.hangs.push(label);
            return;
          }
          const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status >= 500) t.serverErrors.push(`${label} → ${status}`);
          const showsSecrets =
            mayShowSecrets(hostile) && /^(127\.0\.0\.1|localhost|\[::1\])/.test(hostHeader);
          if (!showsSecrets) checkLeaks(t, label, answer, { ...hostile, path: '' }, secrets);
        },
      ),
      { numRuns: 400, seed: 20261130, interruptAfterTimeLimit: 120_000 },
    );
    const alive = await fetch(`${kakao.authUrl}/.well-known/jwks.json`).catch(() => undefined);
    if (alive?.status !== 200) t.crashes.push('the server stopped answering');
    checkLog(t, kakao.emulator, secrets);
    console.info(
      summary('hostile HTTP over a socket', t),
      'statuses:',
      JSON.stringify(Object.fromEntries(statuses)),
    );
    expect(t.inputs).toBeGreaterThan(200);
    expectClean(t);
  }, 180_000);
});
