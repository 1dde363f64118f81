// Input from outside the CLI: a callback that tries to drive the terminal with control characters,
// and secrets passed without the process list (stdin with `-`, or the environment).
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/cli/args/command.js';
import { secretOption } from '../../src/cli/args/secret-input.js';
import { terminalSafe } from '../../src/cli/output/terminal-text.js';
import { runCli as runInProcess } from '../../src/cli/run.js';
import { authorizeRedirect, emulatorEnv, setupTestEmulator } from './support/emulator.js';
import { runCli, sandbox, startCli } from './support/run-cli.js';

const emulator = setupTestEmulator(2);

const ESCAPES = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e';

describe('control characters from outside', () => {
  it('terminalSafe shows them as escapes and keeps newlines and tabs', () => {
    expect(terminalSafe(`a${ESCAPES}b\n\tc`)).toBe(
      'a\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202eb\n\tc',
    );
  });

  it("an error callback's description reaches the terminal escaped", async () => {
    const cli = startCli(
      ['login', '--no-browser'],
      sandbox(),
      emulatorEnv(emulator.server, emulator.uris[0]!),
    );
    const [url] = await cli.waitForStderr(/https?:\/\/\S+\/oauth\/authorize\?\S+/);
    const state = new URL(url).searchParams.get('state')!;
    const callback = new URL(emulator.uris[0]!);
    callback.search = new URLSearchParams({
      error: 'access_denied',
      error_description: ESCAPES,
      state,
    }).toString();
    await (await fetch(callback)).text();
    const run = await cli.done;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Kakao says "\\u001b]0;pwned\\u0007\\u001b[2J');
    expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
  });
});

describe('secrets without the process list', () => {
  it('--access-token - reads the token from stdin; KAKAO_ACCESS_TOKEN works too', async () => {
    const box = sandbox();
    const env = emulatorEnv(emulator.server, emulator.uris[0]!);
    const { url, code_verifier } = JSON.parse((await runCli(['url'], box, env)).stdout);
    const code = (await authorizeRedirect(url)).searchParams.get('code')!;
    const token = await runCli(
      ['token', '--code', '-'],
      box,
      { ...env, KAKAO_CODE_VERIFIER: code_verifier },
      `${code}\n`,
    );
    expect(token.code, token.stderr).toBe(0);
    const accessToken = JSON.parse(token.stdout).access_token as string;
    const fromStdin = await runCli(['me', '--access-token', '-'], sandbox(), env, `${accessToken}\n`);
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    const fromEnv = await runCli(['info'], sandbox(), { ...env, KAKAO_ACCESS_TOKEN: accessToken });
    expect(fromEnv.code, fromEnv.stderr).toBe(0);
    expect(JSON.parse(fromStdin.stdout).id).toBe(JSON.parse(fromEnv.stdout).id);
    const idToken = JSON.parse(token.stdout).id_token as string;
    const verify = await runCli(['verify', '-'], sandbox(), env, `${idToken}\n`);
    expect(verify.code, verify.stderr).toBe(0);
    expect(JSON.parse(verify.stdout).sub).toBe(JSON.parse(fromEnv.stdout).id);
  });

  it('--help says so and warns about the process list', async () => {
    const run = await runCli(['me', '--help'], sandbox());
    expect(run.stdout).toMatch(
      /--access-token TOKEN\s+.*\(- reads it from stdin; or set KAKAO_ACCESS_TOKEN\)/,
    );
    expect(run.stdout).toMatch(/visible to other\s+users of this machine in the process list/);
    const top = await runCli(['--help'], sandbox());
    expect(top.stdout).toMatch(/process list \(ps\)/);
  });

  it('only one option reads stdin, and an empty stdin is a usage error', async () => {
    const seen: (string | undefined)[] = [];
    const cmd: Command = {
      name: 'use',
      summary: 's',
      description: 'd',
      options: {
        code: { type: 'string', description: 'c' },
        'code-verifier': { type: 'string', description: 'v' },
      },
      run: async (ctx) => void seen.push(secretOption(ctx, 'code'), secretOption(ctx, 'code-verifier')),
    };
    const out = { stderr: '' };
    const world = (stdin: string) => ({
      io: { stdout: { write: () => true }, stderr: { write: (c: string) => (out.stderr += c) } },
      env: { XDG_CONFIG_HOME: '/nonexistent-kakao-test', KAKAO_CODE_VERIFIER: 'verifier-from-env' },
      cwd: '/nonexistent',
      signal: new AbortController().signal,
      interactive: false,
      commands: [cmd],
      readStdin: async () => stdin,
    });
    expect(await runInProcess(['use', '--code', '-'], world(' the-code \n'))).toBe(0);
    expect(seen).toEqual(['the-code', 'verifier-from-env']);
    expect(await runInProcess(['use', '--code', '-', '--code-verifier', '-'], world('x'))).toBe(2);
    expect(out.stderr).toMatch(/only one option can read stdin/);
    expect(await runInProcess(['use', '--code', '-'], world('\n'))).toBe(2);
    expect(out.stderr).toMatch(/--code - read nothing from stdin/);
  });
});
