/**
 * Issue 15 item 1: a call's timeout and the caller's AbortSignal fire on time even when garbage
 * collections run while the call waits (Node 20's fetch links a Request's signal only weakly).
 * Real sockets, forced `gc()` every 25 ms, on both transports: Node's own fetch (the core's
 * default) and the undici pool (the Node entry's default).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKakaoClient, type KakaoClientConfig } from '../../../src/base/config.js';
import { exchangeCode } from '../../../src/client/tokens/exchange-code.js';
import { getUser } from '../../../src/client/user/get-user.js';
import { armFault, DEFAULT_APP, startEmulator } from '../../../src/emulator/index.js';
import { createKakaoClient as createNodeClient } from '../../../src/node/client.js';
import { gcWhile } from '../../support/gc.js';
import { silentServer, type TestServer, tricklingServer } from '../../support/hostile-server.js';
import { caught } from '../../support/thrown.js';

/** The machine is shared and loaded: an end "on time" means within this of the deadline. */
const MARGIN_MS = 3000;

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let silent: TestServer;
let trickling: TestServer;

beforeAll(async () => {
  emulator = await startEmulator();
  silent = await silentServer();
  trickling = await tricklingServer();
});

afterAll(async () => {
  await Promise.all([emulator.close(), silent.close(), trickling.close()]);
});

const TRANSPORTS = { fetch: createKakaoClient, undici: createNodeClient };
let create = createKakaoClient;

function client(base: string, extra: Partial<KakaoClientConfig> = {}) {
  return create({
    restApiKey: DEFAULT_APP.restApiKey,
    authUrl: base,
    apiUrl: base,
    redirectUri: DEFAULT_APP.redirectUris[0],
    retry: false,
    ...extra,
  });
}

/** Runs `call` under constant garbage collection; resolves its error and how long it took. */
async function timed(call: () => Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const stop = gcWhile();
  const started = Date.now();
  try {
    const error = await caught(call());
    return { error, ms: Date.now() - started };
  } finally {
    stop();
  }
}

describe.each(Object.entries(TRANSPORTS))('deadlines under garbage collection (%s)', (_name, factory) => {
  beforeAll(() => {
    create = factory;
  });

  it('times out a call held by the emulator latency fault', async () => {
    armFault(emulator.emulator.state, { path: '/v2/user/me' }, { kind: 'latency', ms: 20_000 });
    const kakao = client(emulator.apiUrl, { timeoutMs: 500 });
    const { error, ms } = await timed(() => getUser(kakao, { accessToken: 'held-by-latency-token' }));
    expect(error).toMatchObject({ name: 'KakaoTransportError', code: 'timeout' });
    expect(ms).toBeLessThan(500 + MARGIN_MS);
  });

  it('times out every retry of a held call and ends within the overall deadline', async () => {
    armFault(emulator.emulator.state, { path: '/v2/user/me' }, { kind: 'latency', ms: 20_000 }, 10);
    const kakao = client(emulator.apiUrl, {
      timeoutMs: 400,
      deadlineMs: 1000,
      retry: { retries: 5, baseDelayMs: 10, maxDelayMs: 20 },
    });
    const { error, ms } = await timed(() => getUser(kakao, { accessToken: 'held-by-latency-token' }));
    expect(error).toMatchObject({ name: 'KakaoTransportError', code: 'timeout' });
    expect(ms).toBeLessThan(1000 + MARGIN_MS);
    emulator.emulator.state.faults = [];
  });

  it('times out a token response whose body trickles in a byte at a time', async () => {
    const kakao = client(trickling.url, { timeoutMs: 500 });
    const { error, ms } = await timed(() => exchangeCode(kakao, { code: 'trickle-code-0123456789' }));
    expect(error).toMatchObject({ name: 'KakaoTransportError', code: 'timeout' });
    expect(ms).toBeLessThan(500 + MARGIN_MS);
  });

  it('ends a call to a silent server when the caller aborts', async () => {
    const kakao = client(silent.url, { timeoutMs: 60_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user left')), 300);
    const { error, ms } = await timed(() =>
      getUser(kakao, { accessToken: 'silent-server-token', signal: controller.signal }),
    );
    expect(error).toMatchObject({ name: 'KakaoTransportError', code: 'aborted' });
    expect(ms).toBeLessThan(300 + MARGIN_MS);
  });
});
