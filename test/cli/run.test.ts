// runCli in-process: dispatch, help, --json error objects, interruption, and redaction of what a
// command registered as secret.
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/cli/args/command.js';
import { ConfigError } from '../../src/cli/errors.js';
import { runCli } from '../../src/cli/run.js';

function world(commands: Command[], signal = new AbortController().signal) {
  const out = { stdout: '', stderr: '' };
  const io = {
    stdout: { write: (c: string) => (out.stdout += c) },
    stderr: { write: (c: string) => (out.stderr += c) },
  };
  return {
    out,
    env: {
      io,
      env: { XDG_CONFIG_HOME: '/nonexistent-kakao-test' },
      cwd: '/nonexistent',
      signal,
      interactive: false,
      commands,
    },
  };
}

const base = { summary: 's', description: 'd', options: {} };

describe('runCli', () => {
  it('runs the command and returns 0; --help prints the command help instead', async () => {
    let ran = 0;
    const cmd: Command = { ...base, name: 'hello', run: async () => void ran++ };
    const a = world([cmd]);
    expect(await runCli(['hello'], a.env)).toBe(0);
    expect(ran).toBe(1);
    expect(await runCli(['hello', '--help'], a.env)).toBe(0);
    expect(ran).toBe(1);
    expect(a.out.stdout).toMatch(/^Usage: kakao-oauth hello \[options\]/);
    const b = world([cmd]);
    expect(await runCli(['help', 'hello'], b.env)).toBe(0);
    expect(b.out.stdout).toMatch(/^Usage: kakao-oauth hello/);
  });

  it('never prints a registered secret, and --json adds an error object on stdout', async () => {
    const cmd: Command = {
      ...base,
      name: 'leak',
      run: async (ctx) => {
        ctx.redactor.add('super-secret-token-value');
        throw new ConfigError('token super-secret-token-value is bad');
      },
    };
    const w = world([cmd]);
    expect(await runCli(['leak', '--json', '--debug'], w.env)).toBe(2);
    expect(w.out.stderr).not.toContain('super-secret-token-value');
    expect(w.out.stderr).toContain('token [redacted] is bad');
    expect(JSON.parse(w.out.stdout)).toEqual({
      error: { code: 'config', message: expect.stringContaining('[redacted]'), exit_code: 2 },
    });
  });

  it('maps a failure after Ctrl-C to exit 130', async () => {
    const controller = new AbortController();
    const cmd: Command = {
      ...base,
      name: 'wait',
      run: async () => {
        controller.abort();
        throw new Error('fetch aborted');
      },
    };
    const w = world([cmd], controller.signal);
    expect(await runCli(['wait'], w.env)).toBe(130);
    expect(w.out.stderr).toBe('kakao-oauth: Interrupted.\n');
  });

  it('a command may return its own exit code (doctor)', async () => {
    const cmd: Command = { ...base, name: 'check', run: async () => 2 };
    expect(await runCli(['check'], world([cmd]).env)).toBe(2);
  });

  it('prints the top-level help with no command, and rejects help for an unknown topic', async () => {
    const w = world([]);
    expect(await runCli([], w.env)).toBe(0);
    expect(w.out.stdout).toMatch(/^Usage: kakao-oauth <command>/);
    expect(await runCli(['help', 'nope'], w.env)).toBe(2);
  });
});
