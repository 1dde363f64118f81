// The terminal experience, in a real terminal (tmux): help, the animated waiting indicator and
// Ctrl-C, and how failures read. tmux is installed by npm test's pre-step (never skipped).
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireSystemBinary } from '../support/system.js';
import { emulatorEnv, type RunningEmulator, startTestEmulator } from './support/emulator.js';
import { assertBuilt, CLI, type Sandbox, sandbox } from './support/run-cli.js';

requireSystemBinary('/usr/bin/tmux', 'tmux');
const SOCKET = `kakao-cli-test-${process.pid}`;
let server: RunningEmulator;
let uris: string[];

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs the CLI in a fresh 120x30 tmux window; the shell prints EXIT=<code> when it ends. */
function runInTmux(session: string, box: Sandbox, args: string[], env: Record<string, string> = {}): void {
  const vars = Object.entries({ ...box.env, ...env }).map(([k, v]) => `${k}=${quote(v)}`);
  const command = `cd ${quote(box.cwd)} && env -i ${vars.join(' ')} ${quote(process.execPath)} ${quote(CLI)} ${args.map(quote).join(' ')}; echo EXIT=$?; sleep 600`;
  tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '30', command);
}

/** The visible screen. */
function screen(session: string): string {
  return tmux('capture-pane', '-p', '-J', '-t', session);
}

/** Polls the screen until it matches (the CLI needs a moment to start). */
async function waitForScreen(session: string, pattern: RegExp): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const text = screen(session);
    if (pattern.test(text)) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tmux screen never matched ${pattern}:\n${screen(session)}`);
}

describe('kakao-oauth in a terminal (tmux)', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    assertBuilt();
    ({ server, redirectUris: uris } = await startTestEmulator(1, false));
  });
  afterAll(async () => {
    try {
      tmux('kill-server');
    } catch {}
    await server?.close();
  });

  it('--help shows the commands and the exit codes', async () => {
    runInTmux('help', sandbox(), ['--help']);
    const text = await waitForScreen('help', /EXIT=\d+/);
    expect(text).toMatch(/Exit codes:/);
    expect(text).toMatch(/^\s+130\s+interrupted/m);
    expect(text).toMatch(/EXIT=0/);
  });

  it('login animates a waiting indicator with the time left, and Ctrl-C ends it with exit 130', async () => {
    const box = sandbox();
    runInTmux('wait', box, ['login', '--no-browser', '--timeout', '120'], emulatorEnv(server, uris[0]!));
    const waiting = await waitForScreen(
      'wait',
      /Waiting for the login in the browser… \d:\d\d left \(Ctrl-C to cancel\)/,
    );
    expect(waiting).toMatch(/Open this URL in a browser to log in with Kakao:/);
    expect(waiting).toMatch(/^[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] Waiting/m);
    tmux('send-keys', '-t', 'wait', 'C-c');
    const after = await waitForScreen('wait', /EXIT=\d+/);
    expect(after).toMatch(/EXIT=130/);
    expect(after).toMatch(/kakao-oauth: Login cancelled\./);
    expect(after).not.toMatch(/left \(Ctrl-C to cancel\)/);
  });

  it('demo in a terminal waits for a person instead of logging in unattended', async () => {
    runInTmux('demo', sandbox(), ['demo'], { CI: 'false' }); // as a person at a terminal, also under CI
    const waiting = await waitForScreen('demo', /left \(Ctrl-C to cancel\)/);
    expect(waiting).toMatch(/Open this URL to log in with Kakao:|If it did not open, visit:/);
    // No display here: the message starts its own line, never glued to the indicator's.
    expect(waiting).toMatch(/^Could not open a browser\. Open this URL/m);
    expect(waiting).not.toMatch(/cancel\)Could not/);
    expect(waiting).not.toMatch(/logging in unattended/);
    tmux('send-keys', '-t', 'demo', 'C-c');
    expect(await waitForScreen('demo', /EXIT=\d+/)).toMatch(/EXIT=130/);
  });

  it('a failure reads as one paragraph with the fix, no stack trace, exit 2', async () => {
    runInTmux('fail', sandbox(), ['refresh']);
    const text = await waitForScreen('fail', /EXIT=\d+/);
    expect(text).toMatch(/kakao-oauth: No REST API key: set KAKAO_REST_API_KEY/);
    expect(text).toMatch(/EXIT=2/);
    expect(text).not.toMatch(/^\s+at /m);
  });

  it('a Kakao error names the KOE code and what to do, exit 1', async () => {
    const box = sandbox();
    runInTmux('koe', box, ['token', '--code', 'never-issued-code-1234'], emulatorEnv(server, uris[0]!));
    const text = await waitForScreen('koe', /EXIT=\d+/);
    expect(text).toMatch(/KOE320/);
    expect(text).toMatch(/get a new code/i);
    expect(text).not.toContain('never-issued-code-1234');
    expect(text).toMatch(/EXIT=1/);
  });
});
