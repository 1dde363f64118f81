/**
 * The transport over a real loopback socket with Node's own fetch (undici): form body on the wire,
 * lossless ids, timeout of a silent server, and a streamed oversized body cut short.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKakaoClient } from '../../../src/base/config.js';
import { kakaoRequest } from '../../../src/base/http/kakao-request.js';
import { createKakaoClient as createNodeClient } from '../../../src/node/client.js';

let server: Server;
let base: string;
let lastBody = '';
let lastContentType = '';
let hugeChunksSent = 0;

function route(request: IncomingMessage, response: ServerResponse): void {
  if (request.url === '/slow') return; // never answers
  if (request.url === '/huge') {
    response.writeHead(200, { 'content-type': 'application/json' });
    const chunk = 'x'.repeat(64 * 1024);
    const pump = () => {
      while (hugeChunksSent < 1000 && response.write(chunk)) hugeChunksSent++;
      if (hugeChunksSent < 1000) response.once('drain', pump);
      else response.end();
    };
    response.on('error', () => undefined);
    pump();
    return;
  }
  let body = '';
  request.on('data', (part: Buffer) => {
    body += part.toString('utf8');
  });
  request.on('end', () => {
    lastBody = body;
    lastContentType = request.headers['content-type'] ?? '';
    response.writeHead(200, { 'content-type': 'application/json;charset=UTF-8' });
    response.end('{"id":1376016924426111111}');
  });
}

beforeAll(async () => {
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

// Both transports: Node's own fetch (the core default) and the Node entry's `node:http` pool.
describe.each([
  ['fetch', createKakaoClient],
  ['node:http', createNodeClient],
])('kakaoRequest over a real socket (%s)', (_transport, createKakaoClient) => {
  beforeAll(() => {
    hugeChunksSent = 0;
  });

  it('posts a UTF-8 form and parses big ids losslessly', async () => {
    const kakao = createKakaoClient({ restApiKey: 'k', apiUrl: base });
    const body = await kakaoRequest(kakao, {
      server: 'api',
      method: 'POST',
      path: '/v1/user/update_profile',
      params: { properties: { nickname: '길동' } },
      idempotent: false,
    });
    expect(body).toEqual({ id: '1376016924426111111' });
    expect(lastContentType).toBe('application/x-www-form-urlencoded;charset=utf-8');
    expect(new URLSearchParams(lastBody).get('properties')).toBe('{"nickname":"길동"}');
  });

  it('times out a silent server', async () => {
    const kakao = createKakaoClient({ restApiKey: 'k', apiUrl: base, timeoutMs: 50, retry: false });
    await expect(
      kakaoRequest(kakao, { server: 'api', method: 'GET', path: '/slow', idempotent: true }),
    ).rejects.toMatchObject({ name: 'KakaoTransportError', code: 'timeout' });
  });

  it('stops reading an oversized streamed body early', async () => {
    const kakao = createKakaoClient({
      restApiKey: 'k',
      apiUrl: base,
      maxResponseBytes: 100_000,
      retry: false,
    });
    await expect(
      kakaoRequest(kakao, { server: 'api', method: 'GET', path: '/huge', idempotent: true }),
    ).rejects.toMatchObject({ name: 'KakaoResponseError', code: 'oversized_body' });
    expect(hugeChunksSent).toBeLessThan(1000);
  });
});
