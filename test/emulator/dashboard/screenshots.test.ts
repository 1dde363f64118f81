// Real Chromium: the dashboard with a lived-in state at a phone width (420 px) and a desktop
// width (1280 px). Each is photographed to test-results/dashboard/ (gitignored; the copies in
// docs/images/ come from here) and checked for what a screenshot would show wrong: sideways
// scrolling, controls cut off at the right edge, controls overlapping.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getUser } from '../../../src/index.js';
import { chromiumAvailable } from '../../support/browser.js';
import { caught } from '../../support/thrown.js';
import { type DashboardFixture, useDashboard } from './harness.js';

const SHOTS = join('test-results', 'dashboard');

async function liveIn(t: DashboardFixture): Promise<void> {
  await t.login();
  await t.control('/users/disconnect', { userId: '1376016924426111111' });
  const tokens = await t.login();
  await getUser(t.client, { accessToken: tokens.accessToken });
  await caught(getUser(t.client, { accessToken: 'expired-or-unknown' }));
  await t.control('/faults', {
    match: { host: 'auth', path: '/oauth/token' },
    action: { kind: 'status', status: 503 },
    count: 1,
  });
}

for (const width of [420, 1280]) {
  describe.skipIf(!chromiumAvailable())(`dashboard at ${width} px`, () => {
    const t = useDashboard({ width, height: 900 });

    it('fits the width and is photographed', async () => {
      mkdirSync(SHOTS, { recursive: true });
      await liveIn(t);
      const page = await t.open();
      await expect.poll(() => page.locator('#log-list li').count()).toBeGreaterThanOrEqual(5);
      await expect.poll(() => page.locator('#webhooks-live').textContent()).toContain('HTTP 200');
      await page.screenshot({ path: join(SHOTS, `dashboard-${width}-top.png`) });
      await page
        .locator('#user-1376016924426111111')
        .screenshot({ path: join(SHOTS, `dashboard-${width}-user.png`) });
      await page.locator('#log-list li summary').nth(1).click();
      const layout = await page.evaluate(() => {
        const controls = [...document.querySelectorAll('main button, main input, main select, main textarea')]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0);
        const overlaps = controls.filter((a, i) =>
          controls.some(
            (b, j) =>
              j > i &&
              a.left < b.right - 1 &&
              b.left < a.right - 1 &&
              a.top < b.bottom - 1 &&
              b.top < a.bottom - 1,
          ),
        ).length;
        return {
          scrollWidth: document.documentElement.scrollWidth,
          cutOff: controls.filter((r) => r.right > window.innerWidth + 0.5).length,
          overlaps,
        };
      });
      expect(layout).toEqual({ scrollWidth: width, cutOff: 0, overlaps: 0 });
      await page.screenshot({ path: join(SHOTS, `dashboard-${width}.png`), fullPage: true });
    });
  });
}
