// Real Chromium, keyboard only: every control has an accessible name, and the main actions
// (reveal a key, expire a token, disconnect, move the clock) work with Tab, Enter and Space.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_APP } from '../../../src/emulator/index.js';
import { chromiumAvailable } from '../../support/browser.js';
import { useDashboard } from './harness.js';

/** The accessible name of the focused element (aria-label, else its text). */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
  });
}

/** Presses Tab until the focused element's name matches (at most 400 presses). */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`no focusable control named ${name} within 400 Tab presses`);
}

describe.skipIf(!chromiumAvailable())('dashboard by keyboard', () => {
  const t = useDashboard();

  it('every control has an accessible name', async () => {
    await t.login();
    const page = await t.open();
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea, button')]
        .filter((el) => {
          const labelled = (el as HTMLInputElement).labels?.length || el.getAttribute('aria-label');
          return el.tagName === 'BUTTON' ? !el.textContent?.trim() && !labelled : !labelled;
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    const sections = await page.locator('section[aria-labelledby]').count();
    expect(sections).toBeGreaterThanOrEqual(7);
  });

  it('reveal, expire, disconnect and the clock by Tab + Enter / Space', async () => {
    await t.login();
    const page = await t.open();
    await page.locator('body').focus();

    await tabTo(page, /^어드민 키|보기/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#app-0-adminKey').textContent()).toBe(DEFAULT_APP.adminKey);

    await tabTo(page, /Expire access token: 민준/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#status').textContent()).toContain('Access tokens expired: 1');
    const live = [...t.kakao.emulator.state.accessTokens.values()].filter(
      (x) => x.expiresAt > t.kakao.emulator.state.clock.now(),
    );
    expect(live).toEqual([]);
    // Focus stays with the user's controls after the redraw.
    await expect.poll(() => focusedName(page)).toMatch(/민준/);

    await tabTo(page, /Disconnect: 민준/);
    await page.keyboard.press('Enter');
    await expect.poll(() => t.webhook.calls.length).toBe(1);

    const before = t.kakao.emulator.state.clock.now();
    await tabTo(page, /Advance clock \+6 h/);
    await page.keyboard.press('Space');
    await expect.poll(() => t.kakao.emulator.state.clock.now() - before).toBeGreaterThanOrEqual(21_600_000);
  });
});
