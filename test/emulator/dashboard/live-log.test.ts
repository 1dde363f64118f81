// Real Chromium: the request log arrives live over server-sent events, filters by host, path,
// status and code, and expands to the request and response with secrets redacted.
import { describe, expect, it } from 'vitest';
import { getUser } from '../../../src/index.js';
import { chromiumAvailable } from '../../support/browser.js';
import { caught } from '../../support/thrown.js';
import { useDashboard } from './harness.js';

describe.skipIf(!chromiumAvailable())('dashboard request log', () => {
  const t = useDashboard();

  it('shows requests made after the page opened, filters them, and expands a row', async () => {
    const page = await t.open();
    const rows = page.locator('#log-list li');
    expect(await rows.count()).toBe(0);
    const tokens = await t.login();
    await caught(getUser(t.client, { accessToken: 'not-a-token' }));
    await getUser(t.client, { accessToken: tokens.accessToken });
    await expect.poll(() => rows.count()).toBe(4);
    const texts = await rows.allTextContents();
    expect(texts[0]).toMatch(/GET\s*kapi\s*\/v2\/user\/me\s*200/);
    expect(texts[1]).toMatch(/\/v2\/user\/me\s*401\s*-401/);
    expect(texts[2]).toMatch(/POST\s*kauth\s*\/oauth\/token\s*200/);

    await page.locator('#filter-code').fill('-401');
    await expect.poll(() => page.locator('#log-list li:not([hidden])').count()).toBe(1);
    await page.locator('#filter-code').fill('');
    await page.locator('#filter-status').fill('2xx');
    await expect.poll(() => page.locator('#log-list li:not([hidden])').count()).toBe(2);
    await page.locator('#filter-host').selectOption('auth');
    await expect.poll(() => page.locator('#log-list li:not([hidden])').count()).toBe(1);
    await page.locator('#filter-path').fill('/oauth/token');
    await expect(page.locator('#log-count').textContent()).resolves.toBe('1');

    const token = page.locator('#log-list li:not([hidden]) summary');
    await token.click();
    const detail = (await page.locator('#log-list li:not([hidden]) pre').textContent()) ?? '';
    expect(detail).toContain('"grant_type": "authorization_code"');
    expect(detail).toContain('"code": "[redacted]"');
    expect(detail).toContain('status 200');
    expect(detail).not.toContain(tokens.accessToken);

    await page.locator('#filter-path').fill('');
    await page.locator('#filter-host').selectOption('api');
    const bearer = page.locator('#log-list li:not([hidden]) summary').first();
    await bearer.click();
    const me = (await page.locator('#log-list li:not([hidden]) pre').first().textContent()) ?? '';
    expect(me).toContain('Authorization: Bearer [redacted]');
    expect(me).not.toContain(tokens.accessToken);

    await page.locator('#filter-status').fill('401');
    await page.locator('#log-list li:not([hidden]) summary').click();
    await expect(page.locator('#log-list li:not([hidden]) pre').textContent()).resolves.toContain(
      'status 401 · -401\nthis access token does not exist',
    );
  });

  it('a reset clears the list; a refresh made later appears', async () => {
    const tokens = await t.login();
    const page = await t.open();
    await expect.poll(() => page.locator('#log-list li').count()).toBe(2);
    await t.control('/reset', {});
    await expect.poll(() => page.locator('#log-list li').count()).toBe(0);
    await caught(getUser(t.client, { accessToken: tokens.accessToken }));
    await expect.poll(() => page.locator('#log-list li').count()).toBe(1);
  });
});
