// Every command in a child process (`node dist/cli/main.js …`) against an emulator running in the
// test process: stdout JSON, stderr wording, exit codes, the saved profile.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_APP, DEFAULT_USERS } from '../../src/emulator/index.js';
import {
  authorizeRedirect,
  emulatorEnv,
  type RunningEmulator,
  SECRET_APP_KEY,
  SECRET_APP_SECRET,
  startTestEmulator,
} from './support/emulator.js';
import { assertBuilt, runCli, type Sandbox, sandbox, startCli, stopAllClis } from './support/run-cli.js';

const FIRST_USER = DEFAULT_USERS[0]!.id;
let server: RunningEmulator;
let uris: string[];

beforeAll(async () => {
  assertBuilt();
  ({ server, redirectUris: uris } = await startTestEmulator(6));
});
afterAll(async () => {
  stopAllClis();
  await server?.close();
});

function profileOf(
  box: Sandbox,
  name = 'default',
): { settings?: Record<string, string>; tokens?: Record<string, string> } {
  return JSON.parse(readFileSync(join(box.configHome, 'kakao-oauth', `${name}.json`), 'utf8'));
}

/** `login --no-browser`, with the test playing the browser: URL from stderr, 302 to the listener. */
async function login(box: Sandbox, env: Record<string, string>, args: string[] = []) {
  const cli = startCli(['login', '--no-browser', ...args], box, env);
  const [url] = await cli.waitForStderr(/https?:\/\/\S+\/oauth\/authorize\?\S+/);
  const back = await authorizeRedirect(url);
  const page = await fetch(back);
  const html = await page.text();
  const run = await cli.done;
  return { run, page: { status: page.status, html }, callback: back };
}

describe('kakao-oauth login (unattended, against the emulator)', () => {
  it('prints Kakao token JSON, saves a 0600 profile, and leaks nothing to stderr', async () => {
    const box = sandbox();
    const { run, page, callback } = await login(box, emulatorEnv(server, uris[0]!));
    expect(run.code, run.stderr).toBe(0);
    const tokens = JSON.parse(run.stdout);
    expect(tokens).toMatchObject({
      token_type: 'bearer',
      access_token: expect.any(String),
      refresh_token: expect.any(String),
    });
    expect(tokens.expires_in).toBeGreaterThan(0);
    expect(tokens.id_token).toMatch(/^eyJ/);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Logged in with Kakao');
    const code = callback.searchParams.get('code')!;
    for (const secret of [code, tokens.access_token, tokens.refresh_token, tokens.id_token]) {
      expect(run.stderr).not.toContain(secret);
      expect(page.html).not.toContain(secret);
    }
    expect(callback.searchParams.get('state')).toBeTruthy();
    expect(run.stderr).toMatch(/Waiting for the login to finish in the browser \(gives up after 5:00\)/);
    expect(run.stderr).not.toContain('\x1b[');
    const file = join(box.configHome, 'kakao-oauth', 'default.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(box.configHome, 'kakao-oauth')).mode & 0o777).toBe(0o700);
    expect(profileOf(box).tokens?.access_token).toBe(tokens.access_token);
    expect(profileOf(box).settings?.authUrl).toBe(server.authUrl);
  });

  it('then me, info, verify, refresh, logout work from the profile alone (no KAKAO_* env)', async () => {
    const box = sandbox();
    const { run } = await login(box, emulatorEnv(server, uris[1]!), ['--profile', 'work']);
    expect(run.code, run.stderr).toBe(0);
    const first = JSON.parse(run.stdout);
    const p = ['--profile', 'work'];

    const me = await runCli(['me', ...p], box);
    expect(me.code, me.stderr).toBe(0);
    expect(JSON.parse(me.stdout).id).toBe(FIRST_USER);
    expect(me.stdout).toContain(`"id": "${FIRST_USER}"`);

    const info = await runCli(['info', ...p], box);
    expect(info.code, info.stderr).toBe(0);
    expect(String(JSON.parse(info.stdout).id)).toBe(FIRST_USER);

    const verify = await runCli(['verify', ...p], box);
    expect(verify.code, verify.stderr).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({
      sub: FIRST_USER,
      aud: DEFAULT_APP.restApiKey,
      iss: server.authUrl,
    });

    const refresh = await runCli(['refresh', ...p], box);
    expect(refresh.code, refresh.stderr).toBe(0);
    const second = JSON.parse(refresh.stdout);
    expect(second.access_token).not.toBe(first.access_token);
    expect(profileOf(box, 'work').tokens?.access_token).toBe(second.access_token);
    // More than 30 days left: Kakao sends no new refresh token, and the old one is kept.
    expect(second.refresh_token).toBe(first.refresh_token);
    expect(profileOf(box, 'work').tokens?.refresh_token).toBe(first.refresh_token);

    const admin = await runCli(
      ['me', ...p, '--user-id', FIRST_USER, '--admin-key', DEFAULT_APP.adminKey],
      box,
    );
    expect(admin.code, admin.stderr).toBe(0);
    expect(JSON.parse(admin.stdout).id).toBe(FIRST_USER);
    expect(admin.stderr).not.toContain(DEFAULT_APP.adminKey);

    const logout = await runCli(['logout', ...p], box);
    expect(logout.code, logout.stderr).toBe(0);
    expect(JSON.parse(logout.stdout)).toEqual({ id: FIRST_USER });
    expect(profileOf(box, 'work').tokens).toBeUndefined();
    expect(profileOf(box, 'work').settings?.restApiKey).toBe(DEFAULT_APP.restApiKey);

    const after = await runCli(['me', ...p], box);
    expect(after.code).toBe(2);
    expect(after.stderr).toMatch(/no saved tokens: run `kakao-oauth login`/);

    const expired = await runCli(['refresh', ...p, '--refresh-token', first.refresh_token], box);
    expect(expired.code).toBe(1);
    expect(expired.stderr).toMatch(/KOE322.*Run `kakao-oauth login` again/);
    expect(expired.stderr).not.toContain(first.refresh_token);
  });

  it('unlink clears the tokens and the old access token stops working', async () => {
    const box = sandbox();
    const { run } = await login(box, emulatorEnv(server, uris[2]!));
    const { access_token } = JSON.parse(run.stdout);
    const unlink = await runCli(['unlink'], box);
    expect(unlink.code, unlink.stderr).toBe(0);
    expect(JSON.parse(unlink.stdout)).toEqual({ id: FIRST_USER });
    const me = await runCli(['me', '--access-token', access_token], box);
    expect(me.code).toBe(1);
    expect(me.stderr).toMatch(/\(code -401\)/);
    expect(me.stderr).not.toContain(access_token);
  });

  it('times out with exit 3 when the browser never comes back', async () => {
    const box = sandbox();
    const cli = startCli(['login', '--no-browser', '--timeout', '1'], box, emulatorEnv(server, uris[5]!));
    await cli.waitForStderr(/https?:\/\/\S+\/oauth\/authorize\?\S+/);
    const run = await cli.done;
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`Timed out: no login came back to ${uris[5]} within 1 s`);
    expect(run.stdout).toBe('');
  });
});

describe("kakao-oauth url + token (the seed's job)", () => {
  it('url prints state and verifier; token trades the code once, KOE320 the second time', async () => {
    const box = sandbox();
    const env = emulatorEnv(server, uris[3]!);
    const url = await runCli(['url', '--scope', 'profile_nickname,openid'], box, env);
    expect(url.code, url.stderr).toBe(0);
    const out = JSON.parse(url.stdout);
    expect(out).toMatchObject({
      state: expect.any(String),
      code_verifier: expect.any(String),
      redirect_uri: uris[3],
    });
    const authorize = new URL(out.url);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBe(out.state);
    const code = (await authorizeRedirect(out.url)).searchParams.get('code')!;

    const args = ['token', '--code', code, '--code-verifier', out.code_verifier, '--nonce', out.nonce];
    const first = await runCli(args, box, env);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout).access_token).toBeTruthy();

    const again = await runCli(args, box, env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/KOE320/);
    expect(again.stderr).toMatch(/already used, expired/);
    expect(again.stderr).not.toContain(code);
    expect(again.stderr).not.toMatch(/\n\s+at /);
    expect(again.stdout).toBe('');
  });

  it('explains KOE010 when the app requires a client secret and none is set', async () => {
    const box = sandbox();
    const env = { ...emulatorEnv(server, uris[4]!), KAKAO_REST_API_KEY: SECRET_APP_KEY };
    const run = await runCli(['token', '--code', 'some-code-value', '--json'], box, env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/KOE010/);
    expect(run.stderr).toMatch(/"Client Secret" switched on/);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'KOE010', exit_code: 1 } });
    const wrong = await runCli(
      ['token', '--code', 'some-code-value', '--client-secret', 'wrong-secret-value', '--debug'],
      box,
      env,
    );
    expect(wrong.stderr).toMatch(/secret was rejected/);
    expect(wrong.stderr).toMatch(/\n\s+at /); // --debug shows the stack, still without secrets
    expect(wrong.stderr).not.toContain('some-code-value');
    expect(wrong.stderr).not.toContain('wrong-secret-value');
    expect(wrong.stderr).not.toContain(SECRET_APP_SECRET);
  });
});

describe('configuration and usage errors', () => {
  it('--help lists every command and the exit codes; each command has --help', async () => {
    const box = sandbox();
    const top = await runCli(['--help'], box);
    expect(top.code).toBe(0);
    const names = [
      'login',
      'token',
      'url',
      'refresh',
      'me',
      'info',
      'logout',
      'unlink',
      'verify',
      'doctor',
      'emulator',
      'demo',
    ];
    for (const name of names) expect(top.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(top.stdout).toMatch(/130\s+interrupted/);
    for (const name of names) {
      const help = await runCli([name, '--help'], box);
      expect(help.code).toBe(0);
      expect(help.stdout.startsWith(`Usage: kakao-oauth ${name}`)).toBe(true);
    }
  });

  it('unknown options and commands exit 2 with a usage line', async () => {
    const box = sandbox();
    const bad = await runCli(['me', '--bogus'], box);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'kakao-oauth me: unknown option --bogus. Run `kakao-oauth me --help` for the options.\n',
    );
    expect(bad.stdout).toBe('');
    const unknown = await runCli(['fly'], box);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "fly"/);
  });

  it('a missing key is a configuration error (exit 2), and .env in the working directory is read', async () => {
    const box = sandbox();
    const none = await runCli(['refresh'], box);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/No REST API key: set KAKAO_REST_API_KEY/);
    writeFileSync(
      join(box.cwd, '.env'),
      `KAKAO_REST_API_KEY=${DEFAULT_APP.restApiKey}\nKAKAO_AUTH_URL=${server.authUrl}\nKAKAO_API_URL=${server.apiUrl}\n`,
    );
    const doctor = await runCli(['doctor', '--json'], box);
    expect(doctor.code, doctor.stdout + doctor.stderr).toBe(0);
    const report = JSON.parse(doctor.stdout);
    expect(report.ok).toBe(true);
    expect(report.checks.find((c: { id: string }) => c.id === 'rest_api_key').message).toMatch(/from \.env/);
    expect(report.checks.map((c: { id: string }) => c.id)).toEqual([
      'source_kakao_rest_api_key',
      'source_kakao_client_secret',
      'source_kakao_redirect_uri',
      'source_kakao_admin_key',
      'source_kakao_auth_url',
      'source_kakao_api_url',
      'rest_api_key',
      'redirect_uri',
      'client_secret',
      'auth_url',
      'issuer',
      'app_registration',
      'api_url',
    ]);
  });

  it('doctor: a badly shaped key exits 2; an unreachable server exits 1', async () => {
    const box = sandbox();
    const shape = await runCli(
      ['doctor', '--rest-api-key', 'not-a-key', '--auth-url', server.authUrl, '--api-url', server.apiUrl],
      box,
    );
    expect(shape.code).toBe(2);
    expect(shape.stdout).toMatch(/✖ REST API key\s+set \(from the command line\) but it has 9 characters/);
    expect(shape.stdout).not.toContain('not-a-key');
    const down = await runCli(
      [
        'doctor',
        '--rest-api-key',
        DEFAULT_APP.restApiKey,
        '--auth-url',
        'http://127.0.0.1:9',
        '--api-url',
        'http://127.0.0.1:9',
      ],
      box,
    );
    expect(down.code).toBe(1);
    expect(down.stdout).toMatch(/✖ auth server\s+http:\/\/127\.0\.0\.1:9 is not reachable/);
    const remote = await runCli(
      [
        'doctor',
        '--redirect-uri',
        'https://app.example.com/cb',
        '--rest-api-key',
        DEFAULT_APP.restApiKey,
        '--auth-url',
        server.authUrl,
        '--api-url',
        server.apiUrl,
      ],
      box,
    );
    expect(remote.stdout).toMatch(
      /! redirect URI\s+https:\/\/app\.example\.com\/cb .*`login` needs a loopback http URI/,
    );
  });
});

describe('kakao-oauth emulator and demo', () => {
  it('emulator prints the env lines, serves them, and stops with exit 0 on SIGTERM', async () => {
    const box = sandbox();
    const cli = startCli(['emulator', '--auto-login'], box);
    await cli.waitForStderr(/Press Ctrl-C to stop/);
    cli.kill('SIGTERM');
    const run = await cli.done;
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.map((l) => l.split('=')[0])).toEqual([
      'KAKAO_AUTH_URL',
      'KAKAO_API_URL',
      'KAKAO_REST_API_KEY',
      'KAKAO_REDIRECT_URI',
      'KAKAO_ADMIN_KEY',
    ]);
    expect(lines).toContain(`KAKAO_REST_API_KEY=${DEFAULT_APP.restApiKey}`);
    expect(lines).toContain(`KAKAO_ADMIN_KEY=${DEFAULT_APP.adminKey}`);
    expect(run.stderr).toMatch(/KAKAO_ADMIN_KEY is this local emulator's own admin key/);
    expect(lines).toContain('KAKAO_REDIRECT_URI=http://127.0.0.1:8719/callback');
    expect(run.stderr).toMatch(/Emulator stopped/);
  });

  it('emulator --config keeps a user id above 2^53 exactly, and prints KAKAO_CLIENT_SECRET for a secret app', async () => {
    const box = sandbox();
    const bigId = '9007199254740993';
    const app = {
      restApiKey: SECRET_APP_KEY,
      adminKey: 'fedcba9876543210fedcba9876543210',
      clientSecret: 'cfg-secret-value',
      redirectUris: ['http://127.0.0.1:8719/callback'],
    };
    writeFileSync(
      join(box.cwd, 'emu.json'),
      `{"apps":[${JSON.stringify(app)}],"users":[{"id":${bigId},"nickname":"big"}]}`,
    );
    const cli = startCli(['emulator', '--config', 'emu.json', '--auto-login', '--json'], box);
    const env = JSON.parse((await cli.waitForStdout(/^\{[\s\S]*\}\n/))[0]) as Record<string, string>;
    expect(env).toMatchObject({
      KAKAO_REST_API_KEY: SECRET_APP_KEY,
      KAKAO_CLIENT_SECRET: 'cfg-secret-value',
    });
    const { url, code_verifier } = JSON.parse((await runCli(['url'], box, env)).stdout);
    const code = (await authorizeRedirect(url)).searchParams.get('code')!;
    const token = await runCli(['token', '--code', code, '--code-verifier', code_verifier], box, env);
    expect(token.code, token.stderr).toBe(0);
    const me = await runCli(['me'], box, env);
    expect(JSON.parse(me.stdout).id).toBe(bigId);
    cli.kill('SIGINT');
    expect((await cli.done).code).toBe(0);
  });

  it('emulator refuses a non-loopback host', async () => {
    const run = await runCli(['emulator', '--host', '0.0.0.0'], sandbox());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--host must be a loopback address/);
  });

  it('demo --yes logs in against the in-process emulator and prints the profile', async () => {
    const run = await runCli(['demo', '--yes'], sandbox());
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).id).toBe(FIRST_USER);
    expect(run.stderr).toMatch(/Logged in as user/);
  });

  it('demo without a terminal behaves as --yes and says so', async () => {
    const run = await runCli(['demo'], sandbox({ CI: 'true' }));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/logging in unattended as the first test user, as with --yes/);
    expect(JSON.parse(run.stdout).id).toBe(FIRST_USER);
  });
});
