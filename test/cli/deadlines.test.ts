// Issue 15 item 1 at the CLI: a token call whose answer trickles in times out, and Ctrl-C ends a
// call held by the emulator's latency fault at once (the client's deadlines, seen from outside).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { armFault, DEFAULT_APP } from '../../src/emulator/index.js';
import { type TestServer, tricklingServer } from '../support/hostile-server.js';
import { emulatorEnv, type RunningEmulator, startTestEmulator } from './support/emulator.js';
import { assertBuilt, runCli, sandbox, startCli, stopAllClis } from './support/run-cli.js';

/** The CLI's client gives up on one attempt after 10 s (the client default). */
const CLIENT_TIMEOUT_MS = 10_000;
/** Generous: a child Node process on a loaded machine. */
const MARGIN_MS = 6000;
/**
 * Node flags that make the CLI collect garbage every 50 ms, as a long-running process would now
 * and then: without it, a short run may never collect the request whose abort link is weak.
 */
const GC_OFTEN = ['--expose-gc', '--import=data:text/javascript,setInterval(()=>gc(),50).unref()'];

let server: RunningEmulator;
let uris: string[];
let trickling: TestServer;

beforeAll(async () => {
  assertBuilt();
  ({ server, redirectUris: uris } = await startTestEmulator(1));
  trickling = await tricklingServer(100, 60_000);
});
afterAll(async () => {
  stopAllClis();
  await Promise.all([server?.close(), trickling?.close()]);
});

/** The CLI's settings pointing both servers at the trickling one. */
const tricklingEnv = () => ({
  KAKAO_AUTH_URL: trickling.url,
  KAKAO_API_URL: trickling.url,
  KAKAO_REST_API_KEY: DEFAULT_APP.restApiKey,
  KAKAO_REDIRECT_URI: uris[0]!,
});

describe('kakao-oauth against slow servers', () => {
  it('token: times out when the token response trickles in a byte at a time', async () => {
    const env = tricklingEnv();
    const started = Date.now();
    const run = await runCli(
      ['token', '--code', 'trickle-code-0123456789abcdef'],
      sandbox(),
      env,
      undefined,
      GC_OFTEN,
    );
    const elapsed = Date.now() - started;
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/did not answer in time/);
    expect(run.stderr).not.toContain('trickle-code-0123456789abcdef');
    expect(elapsed).toBeLessThan(CLIENT_TIMEOUT_MS + MARGIN_MS);
  }, 60_000);

  it('token: --http-timeout 36 waits the 36 s it asks for (not cut at the client default 30 s deadline)', async () => {
    const env = tricklingEnv();
    const started = Date.now();
    const run = await runCli(
      ['token', '--code', 'trickle-code-0123456789abcdef', '--http-timeout', '36'],
      sandbox(),
      env,
    );
    const elapsed = Date.now() - started;
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/did not answer in time/);
    expect(elapsed).toBeGreaterThanOrEqual(35_500);
    expect(elapsed).toBeLessThan(36_000 + MARGIN_MS);
  }, 90_000);

  it('me: Ctrl-C ends a call held by a 40 s latency fault at once (exit 130)', async () => {
    const state = server.emulator.state;
    armFault(state, { path: '/v2/user/me' }, { kind: 'latency', ms: 40_000 });
    const cli = startCli(
      ['me', '--access-token', 'held-access-token-0123456789'],
      sandbox(),
      emulatorEnv(server, uris[0]!),
      undefined,
      GC_OFTEN,
    );
    // The fault is used up once the CLI's request reached the emulator and is being held; then let
    // a few collections run.
    for (let i = 0; i < 300 && state.faults.length > 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(state.faults).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 1000));
    const interrupted = Date.now();
    cli.kill('SIGINT');
    const run = await cli.done;
    expect(run.code, run.stderr).toBe(130);
    expect(Date.now() - interrupted).toBeLessThan(MARGIN_MS);
  }, 60_000);
});
