// Starts a benchmark server in its own process (so the load generator never shares its event loop)
// and resolves once the child prints `LISTENING <url>` on stdout.
import { spawn } from 'node:child_process';

/**
 * @param {string} script path of a Node script that listens on 127.0.0.1 and prints `LISTENING <url>`
 * @param {string[]} [args]
 * @returns {Promise<{ url: string, info: Record<string, unknown>, stop: () => Promise<void> }>}
 */
export function startChildServer(script, args = []) {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk) => {
      buffered += chunk;
      const match = /^LISTENING (\S+)(?: (.*))?$/m.exec(buffered);
      if (!match) return;
      child.stdout.off('data', onData);
      const info = match[2] ? JSON.parse(match[2]) : {};
      resolve({ url: match[1], info, stop: () => stopChild(child) });
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before listening`)));
  });
}

function stopChild(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
