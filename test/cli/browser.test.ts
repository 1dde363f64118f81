// `kakao-oauth login` through the emulator's real sign-in and consent pages in Chromium
// (playwright-core driving Debian's /usr/bin/chromium, which npm test installs first).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../support/browser.js';
import { emulatorEnv, type RunningEmulator, startTestEmulator } from './support/emulator.js';
import { assertBuilt, sandbox, startCli, stopAllClis } from './support/run-cli.js';

chromiumAvailable();

describe('kakao-oauth login in Chromium, through the emulator pages', () => {
  let browser: Browser;
  let server: RunningEmulator;
  let uris: string[];

  beforeAll(async () => {
    assertBuilt();
    ({ server, redirectUris: uris } = await startTestEmulator(2, false));
    browser = await launchChromium();
  });
  afterAll(async () => {
    stopAllClis();
    await browser?.close();
    await server?.close();
  });

  /** Starts `login --no-browser`, opens the printed URL in a fresh context, signs in as test user N. */
  async function startLogin(redirectUri: string, user: number) {
    const cli = startCli(['login', '--no-browser'], sandbox(), emulatorEnv(server, redirectUri));
    const [url] = await cli.waitForStderr(/https?:\/\/\S+\/oauth\/authorize\?\S+/);
    const page = await (await browser.newContext()).newPage();
    await page.goto(url);
    await page.locator('input[name="user_id"]').nth(user).check();
    await page.click('#signin');
    await page.waitForSelector('#consent-form');
    return { cli, page };
  }

  it('signs in, agrees, lands on the success page; the CLI prints the tokens', async () => {
    const { cli, page } = await startLogin(uris[0]!, 0);
    await page.click('#agree-all');
    await page.waitForSelector('#result');
    expect(await page.textContent('#result')).toBe('Logged in with Kakao');
    expect(page.url().startsWith(uris[0]!)).toBe(true);
    const run = await cli.done;
    expect(run.code, run.stderr).toBe(0);
    const tokens = JSON.parse(run.stdout);
    expect(tokens.token_type).toBe('bearer');
    expect(await page.content()).not.toContain(tokens.access_token);
  });

  it('cancel on the consent screen shows the failure page and exits 1 with access_denied explained', async () => {
    const { cli, page } = await startLogin(uris[1]!, 1); // another user: the first one has already agreed
    await page.click('#cancel');
    await page.waitForSelector('#result');
    expect(await page.textContent('#result')).toBe('Kakao login failed');
    expect(await page.textContent('#message')).toMatch(/cancelled on the consent screen/);
    const run = await cli.done;
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Login failed \(access_denied\): the user cancelled/);
    expect(run.stdout).toBe('');
  });
});
