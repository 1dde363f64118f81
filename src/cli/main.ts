#!/usr/bin/env node
import { text } from 'node:stream/consumers';
/**
 * The `kakao-oauth` command: binds {@link runCli} to the process (argv, env, streams, signals).
 *
 * @module
 */
import { COMMANDS } from './commands/index.js';
import { InterruptedError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { runCli } from './run.js';

// `kakao-oauth me | head -c 10` closes stdout early: end quietly instead of crashing on EPIPE.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(ExitCode.ok);
  throw err;
});

const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // A second Ctrl-C while shutting down ends the process at once.
    if (controller.signal.aborted) process.exit(ExitCode.interrupted);
    controller.abort(new InterruptedError(`Interrupted by ${signal}.`));
  });
}

const code = await runCli(process.argv.slice(2), {
  io: { stdout: process.stdout, stderr: process.stderr },
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
  interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY) && process.env.CI !== 'true',
  commands: COMMANDS,
  readStdin: () => text(process.stdin),
});
process.stdout.write('', () => process.exit(code));
