/**
 * The whole story of an example app in real Chromium against the emulator's interactive pages:
 * sign in, incremental consent, logout, unlink, the unlink webhook, cancel — with a screenshot of
 * each step under test-results/web-browser/<example>/.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RunningExample } from './example-process.js';

export const MINJUN = '1376016924426111111';
const ADMIN_KEY = 'ad1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a';

export class ExampleFlow {
  private step = 0;
  readonly dir: string;

  constructor(
    readonly name: string,
    readonly app: RunningExample,
    readonly browser: Browser,
  ) {
    this.dir = resolve(import.meta.dirname, '../../../test-results/web-browser', name);
    mkdirSync(this.dir, { recursive: true });
  }

  async newPage(): Promise<Page> {
    const context = await this.browser.newContext();
    context.setDefaultTimeout(15_000);
    return context.newPage();
  }

  async shot(page: Page, label: string): Promise<void> {
    this.step += 1;
    await page.screenshot({
      path: join(this.dir, `${String(this.step).padStart(2, '0')}-${label}.png`),
      fullPage: true,
    });
  }

  /** Home → Login with Kakao → the emulator's sign-in page → pick Minjun. */
  async signInAtKakao(page: Page): Promise<void> {
    await page.goto(this.app.appUrl);
    await page.getByRole('link', { name: 'Login with Kakao' }).click();
    // Kakao's page, or straight back home when the user is signed in at Kakao and linked already
    await page.waitForURL((url) => url.href.startsWith(this.app.emulatorUrl) || url.pathname === '/');
    if ((await page.locator(`#user-${MINJUN}`).count()) > 0) {
      await page.locator(`#user-${MINJUN}`).check();
      await page.getByRole('button', { name: 'Sign in' }).click();
    }
  }

  /** On the consent page: the required items only (account_email left for later), then agree. */
  async consentRequiredOnly(page: Page): Promise<void> {
    await page.locator('#consent-form').waitFor();
    for (const box of await page.locator('#consent-form input[type=checkbox][required]').all())
      await box.check();
    if ((await page.locator('#scope-account_email').count()) > 0)
      await page.locator('#scope-account_email').uncheck();
    await page.locator('#agree').click();
  }

  async expectSignedIn(page: Page): Promise<void> {
    await page.waitForURL((url) => url.href.startsWith(this.app.appUrl));
    await expect(page.locator('#user-id').textContent()).resolves.toBe(MINJUN);
    await expect(page.locator('#nickname').textContent()).resolves.toBe('민준');
  }

  async expectSignedOut(page: Page): Promise<void> {
    await page.waitForURL((url) => url.href.startsWith(this.app.appUrl));
    await expect(page.locator('#status').textContent()).resolves.toBe('Signed out.');
  }

  /** Kakao's side: the user disconnects the app in their account settings (emulator control). */
  async disconnectAtKakao(expectLinked = true): Promise<void> {
    const response = await fetch(`${this.app.emulatorUrl}/__emulator/users/disconnect`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: MINJUN }),
    });
    const body = (await response.json()) as { unlinked: boolean };
    if (expectLinked) expect(body).toEqual({ unlinked: true });
  }

  async webhookStatuses(): Promise<(number | null)[]> {
    const response = await fetch(`${this.app.emulatorUrl}/__emulator/webhooks`);
    const { deliveries } = (await response.json()) as { deliveries: { status?: number | null }[] };
    return deliveries.map((d) => d.status ?? null);
  }

  /** A webhook call as Kakao makes it, with a chosen admin key. */
  callWebhook(adminKey: string): Promise<Response> {
    return fetch(`${this.app.appUrl}/auth/kakao/unlink-webhook`, {
      method: 'POST',
      headers: { authorization: `KakaoAK ${adminKey}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ user_id: MINJUN, referrer_type: 'UNLINK_FROM_APPS' }),
    });
  }

  static readonly adminKey = ADMIN_KEY;
}
