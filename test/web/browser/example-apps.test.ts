// Each example app, started by its one command, in real Chromium against the emulator's sign-in and
// consent pages (no auto-login): sign in with the exact 64-bit id and nickname, incremental consent
// for account_email, logout, unlink, the unlink webhook from the emulator's disconnect control,
// cancel on the consent page, and a webhook with a wrong admin key refused.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../../support/browser.js';
import { ExampleFlow } from './example-flow.js';
import { type RunningExample, startExample } from './example-process.js';

// The Next.js example builds itself first on a clean clone (`next build`: 16 s warm, about 70 s cold
// on the shared 2-core machine), hence its long start-up allowance.
const EXAMPLES: [string, string[], number][] = [
  ['express', [process.execPath, 'examples/express/main.mjs'], 60_000],
  ['hono', [process.execPath, 'examples/hono/main.mjs'], 60_000],
  ['next', [process.execPath, 'examples/next/main.mjs'], 300_000],
];

describe.skipIf(!chromiumAvailable()).each(EXAMPLES)(
  'the %s example in Chromium',
  (name, command, startMs) => {
    let app: RunningExample;
    let browser: Browser;
    let flow: ExampleFlow;

    beforeAll(async () => {
      [app, browser] = await Promise.all([startExample(command, startMs), launchChromium()]);
      flow = new ExampleFlow(name, app, browser);
    }, startMs + 30_000);
    afterAll(async () => {
      await browser?.close();
      await app?.stop();
    });

    it('signs in, asks for account_email only when a page needs it, logs out, unlinks', async () => {
      const page = await flow.newPage();
      await page.goto(app.appUrl);
      await flow.shot(page, 'signed-out');
      await flow.signInAtKakao(page);
      await flow.shot(page, 'kakao-consent');
      await flow.consentRequiredOnly(page);
      await flow.expectSignedIn(page);
      await flow.shot(page, 'signed-in');

      await page.getByRole('link', { name: 'My email' }).click();
      await page.waitForURL((url) => url.href.startsWith(app.emulatorUrl));
      await page.locator('#scope-account_email').check();
      await flow.shot(page, 'additional-consent');
      await page.locator('#agree').click();
      await page.waitForURL(`${app.appUrl}/email`);
      await expect(page.locator('#email').textContent()).resolves.toBe('minjun.kim@example.com');
      await flow.shot(page, 'email-after-consent');

      await page.goto(app.appUrl);
      await page.getByRole('button', { name: 'Log out' }).click();
      await flow.expectSignedOut(page);
      await flow.shot(page, 'logged-out');

      await flow.signInAtKakao(page); // still signed in at Kakao and linked: straight back
      await flow.expectSignedIn(page);
      await page.getByRole('button', { name: 'Disconnect from Kakao' }).click();
      await flow.expectSignedOut(page);
      await flow.shot(page, 'unlinked');
      await page.context().close();
    });

    it('the unlink webhook from Kakao ends the session; a wrong admin key is refused', async () => {
      await flow.disconnectAtKakao(false); // start unlinked, whatever the test before left
      const page = await flow.newPage();
      await flow.signInAtKakao(page);
      await flow.consentRequiredOnly(page);
      await flow.expectSignedIn(page);
      const delivered = (await flow.webhookStatuses()).length;

      const refused = await flow.callWebhook('not-the-admin-key');
      expect(refused.status).toBe(401);
      await page.reload();
      await flow.expectSignedIn(page);

      await flow.disconnectAtKakao();
      await expect
        .poll(async () => (await flow.webhookStatuses()).slice(delivered), { timeout: 10_000 })
        .toEqual([200]);
      await page.reload();
      await flow.expectSignedOut(page);
      await flow.shot(page, 'webhook-ended-session');
      await page.context().close();
    });

    it('cancel on the consent page shows the app’s cancelled answer', async () => {
      await flow.disconnectAtKakao(false);
      const page = await flow.newPage();
      await flow.signInAtKakao(page);
      await page.locator('#consent-form').waitFor();
      await page.locator('#cancel').click();
      await page.waitForURL((url) => url.href.startsWith(`${app.appUrl}/auth/kakao/callback`));
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sign-in cancelled');
      await expect(page.locator('#problem-code').textContent()).resolves.toBe('cancelled');
      await flow.shot(page, 'cancelled');
      await page.context().close();
    });
  },
);
