/**
 * Runs an example app the way its README says (one command), on a free loopback port, and reads
 * the app and emulator URLs it prints. Stopped by its PID.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface RunningExample {
  appUrl: string;
  emulatorUrl: string;
  output(): string;
  stop(): Promise<void>;
}

const root = resolve(import.meta.dirname, '../../..');

/** Starts `command` (argv) in the repo root with PORT=0 and no Kakao settings; waits for its URLs. */
export async function startExample(
  command: string[],
  timeoutMs = 60_000,
  env: Record<string, string> = {},
): Promise<RunningExample> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('KAKAO_')),
  );
  const child = spawn(command[0]!, command.slice(1), {
    cwd: root,
    env: { ...clean, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  const urls = await waitForUrls(child, () => output, timeoutMs);
  return { ...urls, output: () => output, stop: () => stop(child) };
}

function waitForUrls(child: ChildProcess, output: () => string, timeoutMs: number) {
  return new Promise<{ appUrl: string; emulatorUrl: string }>((resolvePromise, reject) => {
    const timer = setTimeout(
      () => done(new Error(`example printed no URLs within ${timeoutMs} ms:\n${output()}`)),
      timeoutMs,
    );
    const poll = setInterval(() => {
      const app = /^app: (\S+)$/m.exec(output());
      const emulator = /^emulator: (\S+)$/m.exec(output());
      if (app && emulator) done(undefined, { appUrl: app[1]!, emulatorUrl: emulator[1]! });
    }, 50);
    child.once('exit', (code) =>
      done(new Error(`example exited (${code}) before it was ready:\n${output()}`)),
    );
    function done(error?: Error, urls?: { appUrl: string; emulatorUrl: string }) {
      clearTimeout(timer);
      clearInterval(poll);
      if (error) {
        child.kill('SIGKILL');
        reject(error);
      } else resolvePromise(urls!);
    }
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}
