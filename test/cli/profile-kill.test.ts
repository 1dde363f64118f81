// A write killed at any point leaves the old profile or the new one, never a broken file: a child
// saves a large profile over and over and is SIGKILLed at varying moments, many times; then the
// real CLI is SIGKILLed at varying moments of `refresh` (which saves the new tokens).
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProfile, writeProfile } from '../../src/cli/config/profile-store.js';
import {
  authorizeRedirect,
  emulatorEnv,
  type RunningEmulator,
  startTestEmulator,
} from './support/emulator.js';
import { assertBuilt, ROOT, runCli, sandbox, startCli, stopAllClis } from './support/run-cli.js';

const STORE = pathToFileURL(join(ROOT, 'dist/cli/config/profile-store.js')).href;

/** The child: writes generation N with a 300 kB token whose length and fill encode N, forever. */
const WRITER = `
import { writeProfile } from ${JSON.stringify(STORE)};
const dir = process.argv[1];
for (let n = 1; ; n++) {
  const fill = String.fromCharCode(97 + (n % 26));
  writeProfile(dir, 'default', { settings: { restApiKey: 'k' + n }, tokens: { generation: n, access_token: fill.repeat(300000 + n) } });
  if (n === 1) process.stdout.write('ready\\n');
}
`;

function consistent(profile: ReturnType<typeof readProfile>): boolean {
  const tokens = profile?.tokens as { generation: number; access_token: string } | undefined;
  if (!tokens) return false;
  const n = tokens.generation;
  const fill = String.fromCharCode(97 + (n % 26));
  return profile?.settings?.restApiKey === `k${n}` && tokens.access_token === fill.repeat(300000 + n);
}

function killWhileWriting(dir: string, delayMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', WRITER, dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.on('close', () => resolve());
  });
}

describe('profile writes under SIGKILL', () => {
  beforeAll(assertBuilt);

  it('always leaves a complete, parseable profile with mode 0600', async () => {
    const box = sandbox();
    const dir = join(box.configHome, 'kakao-oauth');
    writeProfile(dir, 'default', {
      settings: { restApiKey: 'k0' },
      tokens: { generation: 26, access_token: 'a'.repeat(300026) },
    });
    for (let round = 0; round < 40; round++) {
      await killWhileWriting(dir, round % 20);
      const profile = readProfile(dir, 'default');
      expect(consistent(profile), `round ${round}: profile is torn`).toBe(true);
      expect(statSync(join(dir, 'default.json')).mode & 0o777).toBe(0o600);
    }
    // The next write sweeps the temporary files the killed writers left behind.
    writeProfile(dir, 'default', {});
    expect(readdirSync(dir)).toEqual(['default.json']);
  }, 120_000);
});

describe('the CLI killed while it refreshes and saves', () => {
  let server: RunningEmulator;
  let uris: string[];
  beforeAll(async () => {
    assertBuilt();
    ({ server, redirectUris: uris } = await startTestEmulator(1));
  });
  afterAll(async () => {
    stopAllClis();
    await server?.close();
  });

  it('leaves a profile that parses and still refreshes', async () => {
    const box = sandbox();
    const env = emulatorEnv(server, uris[0]!);
    const { url, code_verifier } = JSON.parse((await runCli(['url'], box, env)).stdout);
    const code = (await authorizeRedirect(url)).searchParams.get('code')!;
    expect((await runCli(['token', '--code', code, '--code-verifier', code_verifier], box, env)).code).toBe(
      0,
    );
    const dir = join(box.configHome, 'kakao-oauth');
    for (let round = 0; round < 15; round++) {
      const cli = startCli(['refresh'], box);
      await new Promise((r) => setTimeout(r, 120 + ((round * 37) % 300)));
      cli.kill('SIGKILL');
      await cli.done;
      const tokens = readProfile(dir, 'default')?.tokens;
      expect(typeof tokens?.access_token, `round ${round}`).toBe('string');
    }
    const last = await runCli(['refresh'], box);
    expect(last.code, last.stderr).toBe(0);
  }, 120_000);
});
