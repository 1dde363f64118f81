// A redis-server (Debian's package) for the benchmark: unix socket in a temporary directory, no
// persistence, stopped by its PID.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function startRedis(binary = '/usr/bin/redis-server') {
  if (!existsSync(binary)) throw new Error(`${binary} is missing: apt-get install -y redis-server`);
  const dir = mkdtempSync(join(tmpdir(), 'kakao-bench-redis-'));
  const socket = join(dir, 'redis.sock');
  const child = spawn(
    binary,
    ['--port', '0', '--unixsocket', socket, '--save', '', '--appendonly', 'no', '--dir', dir],
    {
      stdio: 'ignore',
    },
  );
  const deadline = Date.now() + 10_000;
  while (!existsSync(socket)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('redis-server did not start');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    socket,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(child.pid, 'SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
