// `kakao-oauth me` with the saved profile goes through the token manager: an expired access token
// is refreshed first (and the profile saved), a `-401` is refreshed and retried once, and dead
// tokens (KOE322) are removed from the profile with a "sign in again" message.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_APP } from '../../src/emulator/index.js';
import { exchangeCode, toTokenResponse } from '../../src/index.js';
import { autoCode } from '../emulator/helpers.js';
import { emulatorClient, PAST_ACCESS_LIFE_MS, refreshesIn } from '../tokens/support/kakao.js';
import { emulatorEnv, type RunningEmulator, startTestEmulator } from './support/emulator.js';
import { assertBuilt, runCli, type Sandbox, sandbox } from './support/run-cli.js';

let server: RunningEmulator;
let uri: string;

beforeAll(async () => {
  assertBuilt();
  const started = await startTestEmulator(1);
  server = started.server;
  uri = started.redirectUris[0]!;
});
afterAll(() => server?.close());

const profileFile = (box: Sandbox) => join(box.configHome, 'kakao-oauth', 'default.json');
const savedTokens = (box: Sandbox) => JSON.parse(readFileSync(profileFile(box), 'utf8')).tokens;

/** A profile holding a fresh sign-in (the CLI's own clock is the real one). */
async function signedInProfile(): Promise<Sandbox> {
  const box = sandbox();
  const kakao = emulatorClient(server.emulator);
  const set = await exchangeCode(kakao, { code: await autoCode(server.emulator) });
  mkdirSync(join(box.configHome, 'kakao-oauth'), { recursive: true, mode: 0o700 });
  const settings = { restApiKey: DEFAULT_APP.restApiKey, authUrl: server.authUrl, apiUrl: server.apiUrl };
  writeFileSync(profileFile(box), JSON.stringify({ settings, tokens: toTokenResponse(set, Date.now()) }));
  chmodSync(profileFile(box), 0o600);
  return box;
}

/** Moves the profile's `expires_at` into the past (the CLI's clock is the real one). */
function expireSavedAccessToken(box: Sandbox): void {
  const profile = JSON.parse(readFileSync(profileFile(box), 'utf8'));
  profile.tokens.expires_at = Math.floor(Date.now() / 1000) - 10;
  writeFileSync(profileFile(box), JSON.stringify(profile));
}

describe('kakao-oauth me refreshes the saved profile by itself', () => {
  it('an expired access token: refreshed before the call, the new set saved, the refresh token kept', async () => {
    const box = await signedInProfile();
    const before = savedTokens(box);
    expireSavedAccessToken(box);
    server.emulator.state.log.length = 0;
    const run = await runCli(['me'], box, emulatorEnv(server, uri));
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).id).toBeDefined();
    expect(refreshesIn(server.emulator.state.log)).toEqual([{ status: 200, errorCode: undefined }]);
    const after = savedTokens(box);
    expect(after.access_token).not.toBe(before.access_token);
    expect(after.refresh_token).toBe(before.refresh_token);
    expect(after.expires_at).toBeGreaterThan(Date.now() / 1000);
    expect(run.stderr).not.toContain(after.access_token);
  });

  it('a token Kakao refuses (-401) is refreshed once and the call retried', async () => {
    const box = await signedInProfile();
    const before = savedTokens(box);
    server.emulator.state.clock.advance(PAST_ACCESS_LIFE_MS); // Kakao's clock only: the CLI still thinks it is fresh
    server.emulator.state.log.length = 0;
    const run = await runCli(['me'], box, emulatorEnv(server, uri));
    expect(run.code, run.stderr).toBe(0);
    expect(refreshesIn(server.emulator.state.log)).toHaveLength(1);
    expect(server.emulator.state.log.filter((e) => e.path === '/v2/user/me').map((e) => e.status)).toEqual([
      401, 200,
    ]);
    expect(savedTokens(box).access_token).not.toBe(before.access_token);
  });

  it('dead tokens (KOE322): exit non-zero with a sign-in-again message, tokens removed from the profile', async () => {
    const box = await signedInProfile();
    const before = savedTokens(box);
    expireSavedAccessToken(box);
    await server.emulator.fetch(
      new Request(`${server.authUrl}/__emulator/users/disconnect`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: server.emulator.autoLoginUserId }),
      }),
    );
    const run = await runCli(['me'], box, emulatorEnv(server, uri));
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/[Ss]ign-in required/);
    expect(run.stderr).not.toContain(before.refresh_token);
    expect(savedTokens(box)).toBeUndefined();
  });
});
