// kakaoGlobalSetup in a real vitest run: a child vitest process with its own config
// (vitest-project/) starts one emulator, its tests read KAKAO_* and reset between tests, and the
// teardown stops the emulator.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/thrown.js';

const run = promisify(execFile);

describe('kakaoGlobalSetup', () => {
  it('runs a vitest project against one emulator, then stops it', async () => {
    const report = join(mkdtempSync(join(tmpdir(), 'kakao-setup-')), 'env.json');
    const { stdout } = await run(
      process.execPath,
      [
        'node_modules/vitest/vitest.mjs',
        'run',
        '--config',
        'test/testing/vitest-project/vitest.config.ts',
        '--reporter=verbose',
      ],
      { env: { ...process.env, KAKAO_TEST_REPORT: report, KAKAO_AUTH_URL: '' }, timeout: 120_000 },
    );
    expect(stdout).toContain('3 passed');
    const { authUrl } = JSON.parse(readFileSync(report, 'utf8')) as { authUrl: string };
    expect(authUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // The teardown closed the listener: nothing answers there any more.
    expect(await caught(fetch(`${authUrl}/__emulator/clock`))).toBeInstanceOf(TypeError);
  });

  it('refuses a redirect URI that is not an absolute URL', async () => {
    const { startKakaoTestEmulator } = await import('../../src/testing/index.js');
    await expect(startKakaoTestEmulator({ redirectUris: ['/callback'] })).rejects.toThrow(
      'redirectUris must be absolute URLs',
    );
  });
});
