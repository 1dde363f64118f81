// Where settings come from and what doctor says about them; profiles that are corrupt, mistyped or
// hold dead tokens; commands that need no REST API key; login requests Kakao refuses with a page.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_APP } from '../../src/emulator/index.js';
import { authorizeRedirect, emulatorEnv, setupTestEmulator } from './support/emulator.js';
import { runCli, type Sandbox, sandbox, startCli } from './support/run-cli.js';

const emulator = setupTestEmulator(2);

function writeProfileFile(box: Sandbox, text: string, name = 'default'): string {
  const dir = join(box.configHome, 'kakao-oauth');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, `${name}.json`);
  writeFileSync(file, text, { mode: 0o600 });
  return file;
}

function emulatorProfile(): string {
  return JSON.stringify({
    settings: {
      restApiKey: DEFAULT_APP.restApiKey,
      authUrl: emulator.server.authUrl,
      apiUrl: emulator.server.apiUrl,
      redirectUri: emulator.uris[0],
    },
  });
}

describe('settings and their sources', () => {
  it("a key from the environment is not mixed with a profile's emulator URLs", async () => {
    const box = sandbox();
    writeProfileFile(box, emulatorProfile());
    const run = await runCli(['url'], box, { KAKAO_REST_API_KEY: '0123456789abcdef0123456789abcdef' });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).url).toMatch(/^https:\/\/kauth\.kakao\.com\/oauth\/authorize\?/);
  });

  it('doctor shows where each value came from and warns on a profile pointing at an emulator', async () => {
    const box = sandbox();
    writeProfileFile(box, emulatorProfile());
    const run = await runCli(['doctor'], box);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/KAKAO_AUTH_URL\s+http:\/\/127\.0\.0\.1:\d+ \(from profile "default"\)/);
    expect(run.stdout).toMatch(/KAKAO_ADMIN_KEY\s+not set/);
    expect(run.stdout).toMatch(/! profile\s+profile "default" points at a local emulator/);
    expect(run.stdout).toMatch(/✔ key \+ redirect URI\s+.* accepts this REST API key/);
  });

  it('doctor checks the key and the redirect URI against the server (KOE006, KOE101)', async () => {
    const box = sandbox();
    const unregistered = await runCli(
      ['doctor'],
      box,
      emulatorEnv(emulator.server, 'http://127.0.0.1:9/not-registered'),
    );
    expect(unregistered.code).toBe(1);
    expect(unregistered.stdout).toMatch(/✖ key \+ redirect URI\s+.*refuses the authorize request \(KOE006\)/);
    expect(unregistered.stdout).toMatch(/Register exactly http:\/\/127\.0\.0\.1:9\/not-registered/);
    const env = {
      ...emulatorEnv(emulator.server, emulator.uris[0]!),
      KAKAO_REST_API_KEY: 'ffffffffffffffffffffffffffffffff',
    };
    const unknownKey = await runCli(['doctor', '--json'], box, env);
    expect(unknownKey.code).toBe(1);
    const checks = JSON.parse(unknownKey.stdout).checks as { id: string; status: string; message: string }[];
    expect(checks.find((c) => c.id === 'app_registration')).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('KOE101'),
    });
    expect(checks.find((c) => c.id === 'source_kakao_rest_api_key')?.message).toBe(
      'set (from the environment)',
    );
  });
});

describe('profiles', () => {
  it('a corrupt profile does not block a command whose settings come from the environment', async () => {
    const box = sandbox();
    const file = writeProfileFile(box, '{"tokens": ');
    const env = emulatorEnv(emulator.server, emulator.uris[1]!);
    const url = await runCli(['url'], box, env);
    expect(url.code, url.stderr).toBe(0);
    const cli = startCli(['login', '--no-browser'], box, env);
    const [authorize] = await cli.waitForStderr(/https?:\/\/\S+\/oauth\/authorize\?\S+/);
    await (await fetch(await authorizeRedirect(authorize))).text();
    const run = await cli.done;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`it is kept as ${file}.corrupt and a fresh one is written`);
    expect(readFileSync(`${file}.corrupt`, 'utf8')).toBe('{"tokens": ');
    expect(JSON.parse(readFileSync(file, 'utf8')).tokens.access_token).toBe(
      JSON.parse(run.stdout).access_token,
    );
  });

  it('names what is wrong: an array, a mistyped token field', async () => {
    const box = sandbox();
    writeProfileFile(box, '[]');
    const array = await runCli(['me'], box);
    expect(array.code).toBe(2);
    expect(array.stderr).toMatch(/default\.json cannot be used: it holds an array, expected an object/);
    expect(array.stderr).not.toMatch(/not valid JSON/);
    writeProfileFile(box, '{"tokens":{"access_token":5}}');
    const typed = await runCli(['me'], box);
    expect(typed.code).toBe(2);
    expect(typed.stderr).toMatch(/"tokens\.access_token" is a number, expected a string/);
    expect(typed.stderr).not.toMatch(/no saved tokens/);
  });

  it('logout with dead tokens clears them and says Kakao answered -401', async () => {
    const box = sandbox();
    const file = writeProfileFile(
      box,
      JSON.stringify({
        settings: {
          restApiKey: DEFAULT_APP.restApiKey,
          authUrl: emulator.server.authUrl,
          apiUrl: emulator.server.apiUrl,
        },
        tokens: { access_token: 'dead-access-token-value', refresh_token: 'dead-refresh', expires_at: 1 },
      }),
    );
    const run = await runCli(['logout'], box);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/Kakao answered -401: the saved access token was already invalid or expired/);
    expect(run.stderr).toMatch(/Tokens removed from profile "default"/);
    expect(JSON.parse(readFileSync(file, 'utf8')).tokens).toBeUndefined();
  });
});

describe('me and info with --access-token', () => {
  it('need no REST API key', async () => {
    const box = sandbox();
    const env = emulatorEnv(emulator.server, emulator.uris[0]!);
    const { url, code_verifier } = JSON.parse((await runCli(['url'], box, env)).stdout);
    const code = (await authorizeRedirect(url)).searchParams.get('code')!;
    const token = await runCli(['token', '--code', code, '--code-verifier', code_verifier], box, env);
    const accessToken = JSON.parse(token.stdout).access_token as string;
    const apiOnly = { KAKAO_API_URL: emulator.server.apiUrl };
    const me = await runCli(['me', '--access-token', accessToken], sandbox(), apiOnly);
    expect(me.code, me.stderr).toBe(0);
    expect(JSON.parse(me.stdout).id).toBeTruthy();
    const info = await runCli(['info', '--access-token', accessToken], sandbox(), apiOnly);
    expect(info.code, info.stderr).toBe(0);
    expect(JSON.parse(info.stdout).id).toBeTruthy();
  });
});

describe('token --code after url', () => {
  it('without --code-verifier names the missing verifier on KOE320', async () => {
    const box = sandbox();
    const env = emulatorEnv(emulator.server, emulator.uris[0]!);
    const { url } = JSON.parse((await runCli(['url'], box, env)).stdout);
    const code = (await authorizeRedirect(url)).searchParams.get('code')!;
    const run = await runCli(['token', '--code', code], box, env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/KOE320/);
    expect(run.stderr).toMatch(/no PKCE code verifier was sent.*Pass --code-verifier/);
  });
});

describe('login requests Kakao answers with an error page', () => {
  it('fail at once with the page code instead of waiting out the timeout', async () => {
    const box = sandbox();
    const started = Date.now();
    const unregistered = await runCli(
      ['login', '--no-browser', '--timeout', '120'],
      box,
      emulatorEnv(emulator.server, 'http://127.0.0.1:9/not-registered'),
    );
    expect(unregistered.code).toBe(1);
    expect(unregistered.stderr).toMatch(/error page \(KOE006\), before any sign-in/);
    expect(unregistered.stderr).toMatch(/Register exactly http:\/\/127\.0\.0\.1:9\/not-registered/);
    const scope = await runCli(
      ['login', '--no-browser', '--timeout', '120', '--scope', 'bogus_scope'],
      box,
      emulatorEnv(emulator.server, emulator.uris[0]!),
    );
    expect(scope.code).toBe(1);
    expect(scope.stderr).toMatch(/\(KOE205\)/);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
