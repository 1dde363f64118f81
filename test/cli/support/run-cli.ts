// Runs the built CLI (`node dist/cli/main.js …`) in a child process with a private config dir and
// working directory, and collects stdout, stderr and the exit code.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const CLI = join(ROOT, 'dist/cli/main.js');

/** A fresh config home and working directory for one test. */
export interface Sandbox {
  configHome: string;
  cwd: string;
  env: Record<string, string>;
}

/** Fails loudly when dist/ is missing or older than the sources (run `npm run build`). */
export function assertBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does).`);
  const built = statSync(CLI).mtimeMs;
  const newest = newestMtime(join(ROOT, 'src'));
  if (newest > built) throw new Error('dist/ is older than src/: run `npm run build` first (npm test does).');
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Makes a sandbox whose environment has no KAKAO_* variable and no browser. */
export function sandbox(extra: Record<string, string> = {}): Sandbox {
  const base = mkdtempSync(join(tmpdir(), 'kakao-cli-'));
  const configHome = join(base, 'config');
  const cwd = join(base, 'work');
  for (const dir of [configHome, cwd]) mkdirSync(dir, { recursive: true });
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('KAKAO_') && key !== 'DISPLAY' && key !== 'WAYLAND_DISPLAY')
      env[key] = value;
  }
  return { configHome, cwd, env: { ...env, XDG_CONFIG_HOME: configHome, NO_COLOR: '1', ...extra } };
}

/** What a CLI run produced. */
export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A CLI child still running, for tests that interact with it (login). */
export interface RunningCli {
  /** Resolves with the first stderr text matching the pattern. */
  waitForStderr(pattern: RegExp): Promise<RegExpMatchArray>;
  /** Resolves with the first stdout text matching the pattern. */
  waitForStdout(pattern: RegExp): Promise<RegExpMatchArray>;
  done: Promise<CliRun>;
  kill(signal?: NodeJS.Signals): void;
  /** What the CLI has written so far. */
  output(): { stdout: string; stderr: string };
}

const children = new Set<ReturnType<typeof spawn>>();

/** Kills every CLI child still running (call in afterAll, so a failed test leaves no process). */
export function stopAllClis(): void {
  for (const child of children) child.kill('SIGKILL');
}

/** Starts the CLI and returns a handle while it runs; `nodeArgs` go to node before the script. */
export function startCli(
  args: readonly string[],
  box: Sandbox,
  env: Record<string, string> = {},
  stdin?: string,
  nodeArgs: readonly string[] = [],
): RunningCli {
  const child = spawn(process.execPath, [...nodeArgs, CLI, ...args], {
    cwd: box.cwd,
    env: { ...box.env, ...env },
    stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (stdin !== undefined) child.stdin?.end(stdin);
  children.add(child);
  child.on('close', () => children.delete(child));
  const text = { stdout: '', stderr: '' };
  const watchers: Watcher[] = [];
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream]!.setEncoding('utf8').on('data', (chunk: string) => {
      text[stream] += chunk;
      for (const watcher of watchers.filter((w) => w.stream === stream)) {
        const match = text[stream].match(watcher.pattern);
        if (match) {
          watchers.splice(watchers.indexOf(watcher), 1);
          watcher.resolve(match);
        }
      }
    });
  }
  const done = new Promise<CliRun>((resolveRun) => {
    child.on('close', (code, signal) => resolveRun({ code, signal, ...text }));
  });
  const waitFor = (stream: 'stdout' | 'stderr', pattern: RegExp): Promise<RegExpMatchArray> => {
    const match = text[stream].match(pattern);
    if (match) return Promise.resolve(match);
    return new Promise((resolveMatch, reject) => {
      watchers.push({ stream, pattern, resolve: resolveMatch });
      void done.then((run) =>
        reject(new Error(`CLI exited (${run.code}) before ${stream} matched ${pattern}:\n${run.stderr}`)),
      );
    });
  };
  return {
    done,
    kill: (signal = 'SIGTERM') => child.kill(signal),
    output: () => ({ ...text }),
    waitForStderr: (pattern) => waitFor('stderr', pattern),
    waitForStdout: (pattern) => waitFor('stdout', pattern),
  };
}

interface Watcher {
  stream: 'stdout' | 'stderr';
  pattern: RegExp;
  resolve: (match: RegExpMatchArray) => void;
}

/** Runs the CLI to completion. */
export function runCli(
  args: readonly string[],
  box: Sandbox,
  env: Record<string, string> = {},
  stdin?: string,
  nodeArgs: readonly string[] = [],
): Promise<CliRun> {
  return startCli(args, box, env, stdin, nodeArgs).done;
}
