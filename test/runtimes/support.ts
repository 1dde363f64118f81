/**
 * Shared by the runtime tests: where the npm-shipped runtime binaries are, how to run one to a
 * JSON result, and what a completed sign-in looks like.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The path of an npm-shipped runtime binary (a devDependency), or `undefined` when it is not
 * installed. Under `CI=true` a missing binary throws: the suite must fail, not skip.
 */
export function runtimeBinary(name: 'bun' | 'deno' | 'workerd'): string | undefined {
  const path = join(root, 'node_modules', '.bin', name);
  if (existsSync(path)) return path;
  if (process.env.CI === 'true') {
    throw new Error(`${name} is not installed: run npm ci (it is a devDependency of kakao-oauth).`);
  }
  return undefined;
}

/** Runs `command` to its end (killed after `timeoutMs`) and parses its last stdout line as JSON. */
export function runToJson(command: string, args: string[], timeoutMs: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (status, signal) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (status === 0 && last.startsWith('{')) resolve(JSON.parse(last));
      else reject(new Error(`${command} ended with ${status ?? signal}:\n${stdout}\n${stderr}`));
    });
  });
}

/** The default test user the emulator signs in automatically (`autoLogin: true`). */
export const MINJUN_ID = '1376016924426111111';

/** Asserts every step of test/runtimes/sign-in.mjs against an emulator at `baseUrl`. */
export function expectSignedIn(result: unknown, baseUrl?: string): void {
  expect(result).toMatchObject({
    authorizeStatus: 302,
    idTokenSub: MINJUN_ID,
    idTokenNonceMatches: true,
    userId: MINJUN_ID,
    nickname: '민준',
    refreshedIdToken: true,
    accessTokenRotated: true,
    loggedOutId: MINJUN_ID,
    afterLogout: -401,
  });
  if (baseUrl) expect((result as { idTokenIssuer: string }).idTokenIssuer).toBe(baseUrl);
}
