/**
 * The emulator as a Cloudflare Worker under workerd (npm-shipped), and our client's sign-in run
 * by a second Worker against it over HTTP. Both Workers are bundled from the built dist/ with
 * esbuild for the Workers conditions (no Node compatibility flag: a `node:` import would fail);
 * the client Worker's outbound network is limited to 127.0.0.0/8. workerd is started once.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REDIRECT_URI, DEFAULT_REST_API_KEY } from '../../dist/emulator/web.js';
import { expectSignedIn, root, runtimeBinary } from './support.js';

const workerd = runtimeBinary('workerd');
const here = join(root, 'test', 'runtimes', 'workerd');

async function bundleWorkers(dir: string): Promise<void> {
  await build({
    entryPoints: {
      'emulator-worker': join(here, 'emulator-worker.mjs'),
      'client-worker': join(here, 'client-worker.mjs'),
    },
    outdir: dir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    logLevel: 'warning',
  });
  copyFileSync(join(here, 'config.capnp'), join(dir, 'config.capnp'));
}

/** Reads workerd's control fd until every socket reported its port; `output()` explains a failure. */
function listenPorts(
  child: ChildProcess,
  names: string[],
  timeoutMs: number,
  output: () => string,
): Promise<Map<string, number>> {
  const control = child.stdio[3] as Readable;
  return new Promise((resolve, reject) => {
    const ports = new Map<string, number>();
    const timer = setTimeout(
      () => reject(new Error(`workerd did not start listening:\n${output()}`)),
      timeoutMs,
    );
    child.once('exit', (status) => {
      clearTimeout(timer);
      reject(new Error(`workerd exited (${status}) before listening:\n${output()}`));
    });
    let pending = '';
    control.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const event = JSON.parse(line) as { event: string; socket: string; port: number };
        if (event.event === 'listen') ports.set(event.socket, event.port);
      }
      if (names.every((name) => ports.has(name))) {
        clearTimeout(timer);
        resolve(ports);
      }
    });
  });
}

describe.skipIf(!workerd)('the emulator and our client under workerd (Cloudflare Workers)', () => {
  let dir: string;
  let child: ChildProcess;
  let emulatorUrl: string;
  let clientUrl: string;
  let output = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kakao-workerd-'));
    await bundleWorkers(dir);
    child = spawn(workerd!, ['serve', 'config.capnp', '--control-fd=3'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr])
      stream?.on('data', (c: Buffer) => (output += c.toString()));
    const ports = await listenPorts(child, ['emulator', 'client'], 30_000, () => output);
    emulatorUrl = `http://127.0.0.1:${ports.get('emulator')}`;
    clientUrl = `http://127.0.0.1:${ports.get('client')}`;
  });

  afterAll(() => {
    child?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function runClient(base: string): Promise<Response> {
    const query = new URLSearchParams({ base, key: DEFAULT_REST_API_KEY, redirect: DEFAULT_REDIRECT_URI });
    return fetch(`${clientUrl}/?${query}`, { signal: AbortSignal.timeout(30_000) });
  }

  it('a Worker serving emulator.fetch completes a sign-in driven by our client in a Worker', async () => {
    const response = await runClient(emulatorUrl);
    const result = await response.json();
    expect(response.status, JSON.stringify(result)).toBe(200);
    expectSignedIn(result, emulatorUrl);
  });

  it("limits the client Worker's network to 127.0.0.0/8", async () => {
    const response = await runClient('http://192.0.2.1');
    expect(response.status).toBe(500);
    await expect
      .poll(() => output, { timeout: 5_000 })
      .toContain('connecting to 192.0.2.1:80 is not allowed');
  });
});
