// A write killed at any point leaves the old profile or the new one, never a broken file: a child
// saves a large profile over and over and is SIGKILLed at varying moments, many times.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readProfile, writeProfile } from '../../src/cli/profile-store.js';
import { assertBuilt, ROOT, sandbox } from './support/run-cli.js';

const STORE = pathToFileURL(join(ROOT, 'dist/cli/profile-store.js')).href;

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
