/**
 * A real redis-server for tests (Debian's `redis-server` package): started on a unix socket in a
 * fresh temporary directory, no persistence, stopped by its PID. Under CI=true a missing binary
 * fails the suite (see systemBinary).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { afterAll, beforeAll } from 'vitest';
import { systemBinary } from './system.js';

export const REDIS_SERVER = '/usr/bin/redis-server';

export interface RedisServer {
  /** The unix socket path. */
  readonly socket: string;
  /** The server's PID (stopped by it). */
  readonly pid: number;
  stop(): Promise<void>;
}

/** Whether redis-server is installed (throws under CI when it is not). */
export function hasRedis(): boolean {
  return systemBinary(REDIS_SERVER, 'redis-server');
}

/** Starts a redis-server and resolves once its socket accepts connections. */
export async function startRedis(): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'kakao-redis-'));
  const socket = join(dir, 'redis.sock');
  const child = spawn(
    REDIS_SERVER,
    [
      '--port',
      '0',
      '--unixsocket',
      socket,
      '--unixsocketperm',
      '700',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  await waitFor(
    () => existsSync(socket),
    child,
    () => stderr,
  );
  const pid = child.pid!;
  return {
    socket,
    pid,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(pid, 'SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitFor(ready: () => boolean, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!ready()) {
    if (child.exitCode !== null) throw new Error(`redis-server exited (${child.exitCode}): ${stderr()}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('redis-server did not open its socket within 10 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A started redis-server with a connected client of each kind (node-redis and ioredis). */
export interface RedisWithClients {
  readonly server: RedisServer;
  readonly nodeRedis: ReturnType<typeof createClient>;
  readonly ioredis: Redis;
}

/**
 * Starts a redis-server for a `describe` block and connects both clients before its tests; closes
 * them and stops the server after. Read the fields inside the tests (they are set by `beforeAll`).
 */
export function redisForSuite(): RedisWithClients {
  const suite = {} as { server: RedisServer; nodeRedis: ReturnType<typeof createClient>; ioredis: Redis };
  beforeAll(async () => {
    suite.server = await startRedis();
    suite.nodeRedis = createClient({ socket: { path: suite.server.socket, tls: false } });
    await suite.nodeRedis.connect();
    suite.ioredis = new Redis({ path: suite.server.socket });
  });
  afterAll(async () => {
    await suite.nodeRedis?.close();
    suite.ioredis?.disconnect();
    await suite.server?.stop();
  });
  return suite;
}
