// docs/testing.md's tutorial: your app's Kakao login tested in a real browser (Chromium through
// playwright-core), the emulator's pages driven by `signInWithKakao`, the request log asserted on.
// The test runner is Node's own (node:test), so `node examples/testing-playwright.mjs` runs it;
// vitest and jest have the same hooks. This repository drives Debian's Chromium (/usr/bin/chromium);
// leave CHROMIUM_PATH unset to use Playwright's own (`npx playwright install chromium`).
// Run it with `npm run build && node examples/testing-playwright.mjs`.
process.env.CHROMIUM_PATH ??= '/usr/bin/chromium';

// #region docs
import assert from 'node:assert/strict';
import { after, before, beforeEach, it } from 'node:test';
import {
  readKakaoRequestLog,
  resetKakaoEmulator,
  signInWithKakao,
  startKakaoTestEmulator,
} from 'kakao-oauth/testing';
import { chromium } from 'playwright-core';
import { startExampleApp } from './support/example-app.mjs'; // your app, listening on 127.0.0.1

let app;
let kakao;
let browser;

before(async () => {
  app = await startExampleApp();
  kakao = await startKakaoTestEmulator({ redirectUris: [app.callbackUrl] });
  await app.configure(kakao.env); // KAKAO_AUTH_URL, KAKAO_API_URL, KAKAO_REST_API_KEY, …
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH });
});
beforeEach(() => resetKakaoEmulator({ authUrl: kakao.env.KAKAO_AUTH_URL }));
after(() => Promise.all([browser.close(), kakao.close(), app.close()]));

it('signs a user in with Kakao', async () => {
  const page = await browser.newPage();
  await page.goto(app.url);
  await page.getByRole('link', { name: /Login with Kakao/ }).click();
  await signInWithKakao(page, { authUrl: kakao.env.KAKAO_AUTH_URL, user: 'seoyeon.lee@example.net' });
  assert.equal(await page.locator('#nickname').textContent(), '서연');

  const log = await readKakaoRequestLog({ authUrl: kakao.env.KAKAO_AUTH_URL });
  log.expectCount({ path: '/oauth/token', params: { grant_type: 'authorization_code' } }, 1);
  log.expectNoSecretsInQuery();
});
// #endregion docs
