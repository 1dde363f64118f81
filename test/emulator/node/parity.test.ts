import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_ADMIN_KEY,
  DEFAULT_APP,
  type RunningEmulator,
  startEmulator,
} from '../../../src/emulator/index.js';
import { testKey } from '../helpers.js';

/**
 * The Node binding takes shortcuts (raw headers, a split request target, text written straight
 * from the response): it must answer exactly what `emulator.fetch` answers for the same request.
 */

let kakao: RunningEmulator;
let token: string;
const REDIRECT_URI = DEFAULT_APP.redirectUris[0]!;

beforeAll(async () => {
  kakao = await startEmulator({ signingKeys: [await testKey()], autoLogin: true });
  const code = await mintCode();
  const response = await kakao.emulator.fetch(
    new Request(`${kakao.authUrl}/oauth/token`, { method: 'POST', body: tokenForm(code) }),
  );
  token = ((await response.json()) as { access_token: string }).access_token;
});
afterAll(() => kakao.close());

async function mintCode(): Promise<string> {
  const query = new URLSearchParams({
    client_id: DEFAULT_APP.restApiKey,
    redirect_uri: REDIRECT_URI,
    response_type: 'code',
    scope: 'openid',
  });
  const response = await kakao.emulator.fetch(
    new Request(`${kakao.authUrl}/oauth/authorize?${query}`, { redirect: 'manual' }),
  );
  return new URL(response.headers.get('location')!).searchParams.get('code')!;
}

function tokenForm(code: string): URLSearchParams {
  return new URLSearchParams({
    grant_type: 'authorization_code',
    client_id: DEFAULT_APP.restApiKey,
    redirect_uri: REDIRECT_URI,
    code,
  });
}

interface Probe {
  method: string;
  /** Request target as sent on the wire. */
  path: string;
  headers?: Record<string, string | string[]>;
  body?: string;
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Headers only a socket adds (framing, connection management). */
const TRANSPORT = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

function overNode(probe: Probe): Promise<Answer> {
  const { hostname, port } = new URL(kakao.authUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: hostname, port, method: probe.method, path: probe.path, headers: probe.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (TRANSPORT.has(name) || value === undefined) continue;
            headers[name] = Array.isArray(value) ? value.join(', ') : value;
          }
          if (body.length > 0) expect(Number(res.headers['content-length'])).toBe(body.length);
          resolve({ status: res.statusCode!, headers, body: body.toString('utf8') });
        });
      },
    );
    req.on('error', reject);
    req.end(probe.body);
  });
}

async function inProcess(probe: Probe): Promise<Answer> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(probe.headers ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const response = await kakao.emulator.fetch(
    new Request(`${kakao.authUrl}${probe.path}`, { method: probe.method, headers, body: probe.body }),
  );
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!TRANSPORT.has(name)) out[name] = value;
  });
  return { status: response.status, headers: out, body: await response.text() };
}

/** The newest request-log entry without its time. */
function lastLogEntry() {
  const { at: _at, ...entry } = kakao.emulator.state.log.at(-1)!;
  return entry;
}

async function expectSameAnswer(probe: Probe): Promise<Answer> {
  const fromFetch = await inProcess(probe);
  const fetchLog = lastLogEntry();
  const fromNode = await overNode(probe);
  expect(fromNode).toEqual(fromFetch);
  if (!probe.path.startsWith('/__emulator')) expect(lastLogEntry()).toEqual(fetchLog);
  return fromNode;
}

const bearer = () => ({ authorization: `Bearer ${token}` });
const FORM = 'application/x-www-form-urlencoded';

describe('Node binding and emulator.fetch answer the same bytes', () => {
  const probes: [string, () => Probe][] = [
    ['GET /v2/user/me', () => ({ method: 'GET', path: '/v2/user/me', headers: bearer() })],
    [
      'GET /v2/user/me with options',
      () => ({
        method: 'GET',
        path: '/v2/user/me?secure_resource=true&property_keys=%5B%22kakao_account.email%22%5D',
        headers: bearer(),
      }),
    ],
    [
      'GET /v2/user/me with an empty query',
      () => ({ method: 'GET', path: '/v2/user/me?', headers: bearer() }),
    ],
    ['a dot segment', () => ({ method: 'GET', path: '/v2/user/../user/me', headers: bearer() })],
    ['a percent-encoded path', () => ({ method: 'GET', path: '/v2/user/%6De', headers: bearer() })],
    ['a doubled slash', () => ({ method: 'GET', path: '/v2//user/me', headers: bearer() })],
    [
      'POST /v2/user/me with a form body',
      () => ({
        method: 'POST',
        path: '/v2/user/me',
        headers: { ...bearer(), 'content-type': FORM },
        body: 'secure_resource=true',
      }),
    ],
    [
      'a browser caller (CORS)',
      () => ({
        method: 'GET',
        path: '/v2/user/me',
        headers: { ...bearer(), origin: 'http://localhost:3000' },
      }),
    ],
    [
      'a preflight',
      () => ({
        method: 'OPTIONS',
        path: '/v2/user/me',
        headers: { origin: 'http://a.test', 'access-control-request-headers': 'authorization' },
      }),
    ],
    ['no Authorization', () => ({ method: 'GET', path: '/v2/user/me' })],
    [
      'an unknown token',
      () => ({ method: 'GET', path: '/v2/user/me', headers: { authorization: 'Bearer nope' } }),
    ],
    [
      'Authorization with extra spaces',
      () => ({ method: 'GET', path: '/v2/user/me', headers: { authorization: `  Bearer   ${token}  ` } }),
    ],
    [
      'two Authorization headers',
      () => ({
        method: 'GET',
        path: '/v2/user/me',
        headers: { authorization: [`Bearer ${token}`, 'Bearer x'] },
      }),
    ],
    [
      'an admin call',
      () => ({
        method: 'GET',
        path: `/v2/user/me?target_id_type=user_id&target_id=${kakao.users[0]!.id}`,
        headers: { authorization: `KakaoAK ${DEFAULT_ADMIN_KEY}` },
      }),
    ],
    ['a kapi path that does not exist', () => ({ method: 'GET', path: '/v2/nope', headers: bearer() })],
    ['a method kapi refuses', () => ({ method: 'DELETE', path: '/v2/user/me', headers: bearer() })],
    ['discovery', () => ({ method: 'GET', path: '/.well-known/openid-configuration' })],
    ['JWKS', () => ({ method: 'GET', path: '/.well-known/jwks.json' })],
    ['a kauth path that does not exist', () => ({ method: 'GET', path: '/oauth/nope?x=%20y+z' })],
    [
      'a token request with an unknown code',
      () => ({
        method: 'POST',
        path: '/oauth/token',
        headers: { 'content-type': FORM },
        body: tokenForm('not-a-code').toString(),
      }),
    ],
    [
      'a token request that is not a form',
      () => ({ method: 'POST', path: '/oauth/token', headers: { 'content-type': 'text/plain' }, body: 'x' }),
    ],
    ['a test control', () => ({ method: 'GET', path: '/__emulator/config' })],
  ];
  for (const [name, probe] of probes) {
    it(name, async () => {
      await expectSameAnswer(probe());
    });
  }

  it('a token request with a valid code: same status, headers and fields', async () => {
    const fromFetch = await inProcess({
      method: 'POST',
      path: '/oauth/token',
      headers: { 'content-type': FORM },
      body: tokenForm(await mintCode()).toString(),
    });
    const fromNode = await overNode({
      method: 'POST',
      path: '/oauth/token',
      headers: { 'content-type': FORM },
      body: tokenForm(await mintCode()).toString(),
    });
    expect(fromNode.status).toBe(200);
    expect(fromNode.headers).toEqual(fromFetch.headers);
    expect(Object.keys(JSON.parse(fromNode.body))).toEqual(Object.keys(JSON.parse(fromFetch.body)));
  });
});
