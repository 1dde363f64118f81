// The browser opener: the platform's launcher, detached, no shell, the URL as one argument.
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launcherFor, openBrowser } from '../../src/cli/login/open-browser.js';

/** A directory with a fake `xdg-open` that writes each argument on its own line to `args.txt`. */
function fakeXdgOpen(): { dir: string; argsFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fake-open-'));
  const argsFile = join(dir, 'args.txt');
  writeFileSync(
    join(dir, 'xdg-open'),
    `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a"; done > '${argsFile}'\n`,
  );
  chmodSync(join(dir, 'xdg-open'), 0o755);
  return { dir, argsFile };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
}

describe('openBrowser', () => {
  it('does not try without a graphical session (the URL is printed instead)', async () => {
    expect(await openBrowser('http://127.0.0.1:1/never-opened', {}, 'linux')).toBe(false);
  });

  it('passes the URL as one argument, untouched by any shell', async () => {
    const { dir, argsFile } = fakeXdgOpen();
    const url = 'http://127.0.0.1:1/oauth/authorize?a=1&b=$(touch%20x)&c=`id`;d=%PATH%';
    expect(await openBrowser(url, { PATH: dir, DISPLAY: ':0' }, 'linux')).toBe(true);
    await until(() => existsSync(argsFile));
    expect(readFileSync(argsFile, 'utf8')).toBe(`${url}\n`);
  });

  it('resolves false when the launcher is missing, and refuses a URL that is not http(s)', async () => {
    expect(await openBrowser('http://127.0.0.1:1/', { PATH: '/nonexistent', DISPLAY: ':0' }, 'linux')).toBe(
      false,
    );
    const { dir, argsFile } = fakeXdgOpen();
    expect(await openBrowser('--help', { PATH: dir, DISPLAY: ':0' }, 'linux')).toBe(false);
    expect(existsSync(argsFile)).toBe(false);
  });

  it('uses open on macOS and the URL handler on Windows, never a shell', () => {
    expect(launcherFor('darwin', 'http://x/')).toEqual(['open', ['http://x/']]);
    expect(launcherFor('win32', 'http://x/?a&b')).toEqual([
      'rundll32',
      ['url.dll,FileProtocolHandler', 'http://x/?a&b'],
    ]);
    expect(launcherFor('linux', 'http://x/')).toEqual(['xdg-open', ['http://x/']]);
  });
});
