// Starts a benchmark server in its own process (so the load generator never shares its event loop)
// and resolves once the child prints `LISTENING <url> [json]` on stdout. With `ipc: true` the child
// also gets an IPC channel, and `call(message)` sends it a request and resolves with its reply
// (the child answers `{ id, ... }` with the same `id`).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * @param {string} script path of a Node script that listens on 127.0.0.1 and prints `LISTENING <url>`
 * @param {string[]} [args]
 * @param {{ ipc?: boolean, execArgv?: string[], env?: Record<string, string> }} [options]
 * @returns {Promise<{ url: string, info: Record<string, unknown>, pid: number, call: (message: object) => Promise<any>, stop: () => Promise<void> }>}
 */
export function startChildServer(script, args = [], options = {}) {
  const stdio = ['ignore', 'pipe', 'inherit', ...(options.ipc ? ['ipc'] : [])];
  const child = spawn(process.execPath, [...(options.execArgv ?? []), script, ...args], {
    stdio,
    env: { ...process.env, ...options.env },
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk) => {
      buffered += chunk;
      const match = /^LISTENING (\S+)(?: (.*))?$/m.exec(buffered);
      if (!match) return;
      child.stdout.off('data', onData);
      child.stdout.resume();
      const info = match[2] ? JSON.parse(match[2]) : {};
      resolve({
        url: match[1],
        info,
        pid: child.pid,
        call: caller(child),
        cpuSeconds: () => cpuSeconds(child.pid),
        mainThreadCpuSeconds: () => cpuSeconds(child.pid, child.pid),
        stop: () => stopChild(child),
      });
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before listening`)));
  });
}

/**
 * CPU time (user + system) a process (all its threads), or one thread `tid` of it, has used so
 * far, in seconds, from /proc (Linux; clock ticks of 10 ms). `undefined` where /proc is missing.
 */
export function cpuSeconds(pid, tid) {
  try {
    const stat = readFileSync(
      tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`,
      'utf8',
    );
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

function caller(child) {
  let next = 0;
  const pending = new Map();
  child.on('message', (reply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.error) waiting?.reject(new Error(reply.error));
    else waiting?.resolve(reply);
  });
  return (message) =>
    new Promise((resolve, reject) => {
      if (!child.send) return reject(new Error('child started without ipc'));
      const id = ++next;
      pending.set(id, { resolve, reject });
      child.send({ ...message, id });
    });
}

function stopChild(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
