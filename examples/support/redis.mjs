// Shared by the examples (not shown in the docs): a throwaway redis-server (Debian's package,
// /usr/bin/redis-server) on a free loopback port, no persistence, stopped by its PID. Its URL goes
// into REDIS_URL, as an app reads it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const REDIS_SERVER = '/usr/bin/redis-server';
const START_DEADLINE_MS = 10_000;

async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts redis-server on 127.0.0.1, sets `process.env.REDIS_URL`, resolves once it is ready. */
export async function startRedisServer() {
  const port = await freePort();
  const child = spawn(
    REDIS_SERVER,
    ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server not ready: ${output}`)), START_DEADLINE_MS);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}): ${output}`));
    });
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  await ready;
  process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
  return {
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(child.pid, 'SIGTERM');
      await exited;
    },
  };
}
