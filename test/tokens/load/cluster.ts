/**
 * The parent side of the multi-process load test: worker processes (worker.mjs) sharing one
 * redis-server and one emulator on loopback, driven cycle by cycle over IPC.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface WorkerInit {
  socket: string;
  authUrl: string;
  apiUrl: string;
  restApiKey: string;
  key: string;
  prefix: string;
  callers: number;
  lockTtlMs: number;
}

export interface CycleReply {
  cycle: number;
  ok: number;
  distinctTokens: number;
  errors: Record<string, number>;
}

export interface Worker {
  readonly child: ChildProcess;
  readonly markFile: string;
  /** The next message of a type, or an error when the process exits first or the time runs out. */
  next(type: string, timeoutMs: number): Promise<CycleReply>;
}

const WORKER = fileURLToPath(new URL('./worker.mjs', import.meta.url));

/** Forks one worker and waits until it is connected and ready. */
export async function startWorker(init: WorkerInit, markDir: string, index: number): Promise<Worker> {
  const child = fork(WORKER, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const markFile = join(markDir, `worker-${index}-${child.pid}.log`);
  const inbox: { type: string }[] = [];
  const waiting: (() => void)[] = [];
  child.on('message', (message: { type: string }) => {
    inbox.push(message);
    for (const wake of waiting.splice(0)) wake();
  });
  child.on('exit', () => {
    for (const wake of waiting.splice(0)) wake();
  });
  const worker: Worker = {
    child,
    markFile,
    async next(type, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const at = inbox.findIndex((message) => message.type === type);
        if (at >= 0) return inbox.splice(at, 1)[0] as unknown as CycleReply;
        if (child.exitCode !== null || child.signalCode !== null)
          throw new Error(`worker ${child.pid} exited (${child.exitCode ?? child.signalCode})`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`worker ${child.pid}: no "${type}" within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiting.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
  };
  child.send({ ...init, markFile });
  await worker.next('ready', 30_000);
  return worker;
}

/** Stops a worker (IPC), killing it if it does not exit in time. */
export async function stopWorker(worker: Worker): Promise<void> {
  const { child } = worker;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send({ type: 'stop' });
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** SIGKILLs a worker and waits for its exit. */
export async function killWorker(worker: Worker): Promise<void> {
  const exited = new Promise((resolve) => worker.child.once('exit', resolve));
  worker.child.kill('SIGKILL');
  await exited;
}

/** The marks a worker wrote during a cycle (`answer 200`, `stored`, `stored rotated`, `ended …`). */
export function marksOf(worker: Worker, cycle: number): string[] {
  if (!existsSync(worker.markFile)) return [];
  const prefix = `${cycle} `;
  return readFileSync(worker.markFile, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.slice(prefix.length));
}
