// How the CLI words what went wrong with the command line itself: one prefix, values checked before
// anything is sent or waited for, plain words for a missing file, valid choices listed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_USERS } from '../../src/emulator/index.js';
import { assertBuilt, runCli, sandbox, stopAllClis } from './support/run-cli.js';

const KEY_ENV = {
  KAKAO_REST_API_KEY: '0123456789abcdef0123456789abcdef',
  KAKAO_AUTH_URL: 'http://127.0.0.1:9',
};

beforeAll(assertBuilt);
afterAll(stopAllClis);

describe('kakao-oauth messages', () => {
  it('-v and --version print the version', async () => {
    for (const flag of ['-v', '--version']) {
      const run = await runCli([flag], sandbox());
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    }
  });

  it('a usage error carries the command name once, without a second "kakao-oauth:" prefix', async () => {
    const run = await runCli(['login', '--bogus'], sandbox());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^kakao-oauth login: unknown option --bogus/);
    expect(run.stderr).not.toContain('kakao-oauth: kakao-oauth');
  });

  it('--prompt values are checked before anything is sent or waited for', async () => {
    const run = await runCli(['login', '--prompt', 'login,bogus', '--timeout', '600'], sandbox(), KEY_ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--prompt "bogus" is not allowed: use login, none, create, select_account/);
    const url = await runCli(['url', '--prompt', 'nope'], sandbox(), KEY_ENV);
    expect(url.code).toBe(2);
  });

  it('--timeout above one day is a usage error, not a Node timer warning', async () => {
    const run = await runCli(['login', '--timeout', '3000000'], sandbox(), KEY_ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--timeout must be a number of seconds above 0 and at most 86400/);
    expect(run.stderr).not.toMatch(/TimeoutOverflowWarning/);
  });

  it('emulator --auto-login with an unknown id lists the test users, no internal names', async () => {
    const run = await runCli(['emulator', '--auto-login', '999'], sandbox());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--auto-login "999" is not one of the emulator's test users/);
    for (const user of DEFAULT_USERS) expect(run.stderr).toContain(user.id);
    expect(run.stderr).not.toMatch(/createEmulator|autoLogin/);
  });

  it('emulator --config with a missing file says so in plain words', async () => {
    const run = await runCli(['emulator', '--config', '/nonexistent.json'], sandbox());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /Cannot read the emulator config \/nonexistent\.json: there is no such file\. Fix the --config path\./,
    );
    expect(run.stderr).not.toContain('ENOENT');
  });

  it('url --help lists every field it prints, code_challenge_method included', async () => {
    const run = await runCli(['url', '--help'], sandbox());
    expect(run.stdout).toMatch(
      /"url", "state", "code_verifier", "code_challenge_method", "nonce", "redirect_uri"/,
    );
  });
});
