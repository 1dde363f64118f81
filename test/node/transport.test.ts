/**
 * The Node entry's transport (undici keep-alive pool) over real loopback sockets: the same
 * wire behaviour and guarantees as the fetch path, a bounded pool, `close()`, and `fetch` still
 * injectable.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kakaoRequest } from '../../src/base/http/kakao-request.js';
import { getUser } from '../../src/client/user/get-user.js';
import { createKakaoClient } from '../../src/node/client.js';
import { createNodeTransport } from '../../src/node/transport.js';
import { errorText, SECRETS } from '../client/support/fake-fetch.js';
import { listen, type TestServer } from '../support/hostile-server.js';
import { caught } from '../support/thrown.js';

let server: TestServer;
const seen = { sockets: new Set<unknown>(), open: 0, maxOpen: 0 };

function route(request: IncomingMessage, response: ServerResponse): void {
  seen.sockets.add(request.socket);
  request.resume();
  request.on('end', () => {
    const path = request.url ?? '/';
    if (path.startsWith('/huge')) {
      response.writeHead(200, { 'content-type': 'application/json' });
      return void response.end(`"${'x'.repeat(200_000)}"`);
    }
    if (path.startsWith('/cut')) {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      response.write('{"id":');
      return void setTimeout(() => response.socket?.destroy(), 5);
    }
    if (path.startsWith('/echo-error')) {
      response.writeHead(401, { 'content-type': 'application/json', 'retry-after': '1' });
      return void response.end(
        JSON.stringify({ code: -401, msg: `bad token ${SECRETS.accessToken.slice(0, 18)}` }),
      );
    }
    seen.open++;
    seen.maxOpen = Math.max(seen.maxOpen, seen.open);
    setTimeout(() => {
      seen.open--;
      response.writeHead(200, { 'content-type': 'application/json;charset=UTF-8' });
      response.end('{"id":1376016924426111111}');
    }, 20);
  });
}

beforeAll(async () => {
  server = await listen(route);
});
afterAll(() => server.close());

const client = (extra: Parameters<typeof createKakaoClient>[0] = { restApiKey: 'k' }) =>
  createKakaoClient({ apiUrl: server.url, authUrl: server.url, retry: false, ...extra });

describe('the Node transport', () => {
  it('is the Node entry default', () => {
    expect(client().fetch).toBeUndefined();
  });

  it('caps the body by Content-Length and maps a cut body to a network error', async () => {
    const kakao = client({ restApiKey: 'k', timeoutMs: 100, maxResponseBytes: 100_000 });
    const get = (path: string) =>
      caught(kakaoRequest(kakao, { server: 'api', method: 'GET', path, idempotent: true }));
    expect(await get('/huge')).toMatchObject({
      name: 'KakaoResponseError',
      code: 'oversized_body',
      status: 200,
    });
    expect(await get('/cut')).toMatchObject({ name: 'KakaoTransportError', code: 'network' });
  });

  it('keeps secrets out of errors and reads Retry-After', async () => {
    const error = await caught(
      kakaoRequest(client(), {
        server: 'api',
        method: 'GET',
        path: '/echo-error',
        idempotent: true,
        secrets: [SECRETS.accessToken],
      }),
    );
    expect(error).toMatchObject({ name: 'KakaoApiError', apiCode: -401, retryAfterMs: 1000 });
    expect(errorText(error)).not.toContain(SECRETS.accessToken.slice(0, 18));
    const offline = createKakaoClient({ restApiKey: 'k', apiUrl: 'http://127.0.0.1:9', retry: false });
    const network = await caught(getUser(offline, { accessToken: SECRETS.accessToken }));
    expect(network).toMatchObject({ name: 'KakaoTransportError', code: 'network' });
    expect(errorText(network)).not.toContain('127.0.0.1:9');
  });

  it('reuses pooled connections, never opens more than maxSockets, and closes them', async () => {
    const kakao = client({ restApiKey: 'k', transport: createNodeTransport({ maxSockets: 4 }) });
    seen.sockets.clear();
    seen.maxOpen = 0;
    const me = { server: 'api', method: 'GET', path: '/v2/user/me', idempotent: true } as const;
    await Promise.all(Array.from({ length: 40 }, () => kakaoRequest(kakao, me)));
    expect(seen.sockets.size).toBeLessThanOrEqual(4);
    expect(seen.maxOpen).toBeLessThanOrEqual(4);
    await kakao.close();
    await expect(kakaoRequest(kakao, me)).resolves.toEqual({ id: '1376016924426111111' });
    await kakao.close();
  });

  it('still takes a custom fetch (e.g. the emulator in-process)', async () => {
    const calls: string[] = [];
    const kakao = createKakaoClient({
      restApiKey: 'k',
      fetch: async (request) => {
        calls.push(new URL(request.url).pathname);
        return Response.json({ id: 7 });
      },
    });
    await expect(getUser(kakao, { accessToken: 'at-0123456789' })).resolves.toMatchObject({ id: '7' });
    expect(calls).toEqual(['/v2/user/me']);
  });

  it('refuses a pool size that is not a positive integer', () => {
    for (const maxSockets of [0, -1, 1.5, Number.NaN])
      expect(() => createNodeTransport({ maxSockets })).toThrow(TypeError);
  });

  it('refuses a keep-alive time that is not a positive integer, naming the option', () => {
    for (const keepAliveMs of [0, -1, 2.5, Number.NaN])
      expect(() => createNodeTransport({ keepAliveMs })).toThrow(/keepAliveMs must be a positive integer/);
  });
});
