// Real Chromium: each section of the dashboard shows the emulator's state as it is, and the
// secrets stay masked until revealed.
import { describe, expect, it } from 'vitest';
import { DEFAULT_APP } from '../../../src/emulator/index.js';
import { chromiumAvailable } from '../../support/browser.js';
import { useDashboard } from './harness.js';

describe.skipIf(!chromiumAvailable())('dashboard views', () => {
  const t = useDashboard();

  it('apps: keys shown, admin key and secret masked until revealed, settings in the form', async () => {
    await t.control('/seed', { apps: [{ ...DEFAULT_APP, clientSecret: 'sec-ret-value-123' }] });
    const page = await t.open();
    const apps = page.locator('#apps');
    await expect(apps.textContent()).resolves.toContain(DEFAULT_APP.restApiKey);
    const html = await page.content();
    expect(html).not.toContain(DEFAULT_APP.adminKey);
    expect(html).not.toContain('sec-ret-value-123');
    await page
      .getByRole('button', { name: /Reveal/ })
      .first()
      .click();
    // Revealing fetches the value: wait for it to be drawn before reading it.
    await page.locator('#app-0-adminKey', { hasText: DEFAULT_APP.adminKey }).waitFor({ timeout: 10_000 });
    await expect(page.locator('#app-0-adminKey').textContent()).resolves.toBe(DEFAULT_APP.adminKey);
    await expect(
      page
        .getByRole('button', { name: /Reveal/ })
        .first()
        .getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await page
      .getByRole('button', { name: /Reveal/ })
      .first()
      .click();
    await expect(page.locator('#app-0-adminKey').textContent()).resolves.not.toContain(DEFAULT_APP.adminKey);
    await page
      .getByRole('button', { name: /Reveal/ })
      .nth(1)
      .click();
    await page.locator('#app-0-clientSecret', { hasText: 'sec-ret-value-123' }).waitFor({ timeout: 10_000 });
    await expect(page.locator('#app-0-clientSecret').textContent()).resolves.toBe('sec-ret-value-123');
    await expect(page.getByLabel(/Redirect URIs/).inputValue()).resolves.toBe(
      DEFAULT_APP.redirectUris.join('\n'),
    );
    await expect(page.getByLabel(/OpenID Connect on/).isChecked()).resolves.toBe(true);
    await expect(page.locator('#app-0-item-profile_nickname').inputValue()).resolves.toBe('required');
    await expect(page.locator('#app-0-item-talk_message').inputValue()).resolves.toBe('on-demand');
  });

  it('users: every test user with the profile; a linked user with consents, terms and counting tokens', async () => {
    await t.login();
    const page = await t.open();
    for (const user of t.kakao.emulator.state.users.values()) {
      await expect(page.locator(`#user-${user.id}`).textContent()).resolves.toContain(user.nickname);
    }
    const linked = page.locator('#user-1376016924426111111');
    const text = (await linked.textContent()) ?? '';
    expect(text).toContain('account_email');
    expect(text).toContain('Linked to');
    expect(await linked.locator('ul.tokens li.live').count()).toBe(2);
    const first = await linked.locator('.countdown').first().textContent();
    expect(first).toMatch(/^5h 59m \d+s$/);
    await expect
      .poll(() => linked.locator('.countdown').first().textContent(), { timeout: 5_000 })
      .not.toBe(first);
    await expect(page.locator('#user-1376016924426222222').textContent()).resolves.toContain('Not linked');
  });

  it('clock, keys and faults show the state', async () => {
    await t.control('/faults', {
      match: { path: '/oauth/token' },
      action: { kind: 'status', status: 503 },
      count: 2,
    });
    // the page shows the emulator's clock to the minute: the minute it had when the page was
    // opened or when its text was read (the two differ when a minute turns in between)
    const minute = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
    const before = minute(t.kakao.emulator.state.clock.now());
    const page = await t.open();
    const shown = (await page.locator('#clock-now').textContent()) ?? '';
    const after = minute(t.kakao.emulator.state.clock.now());
    expect(
      [before, after].some((now) => shown.includes(now)),
      `${shown} shows ${before} or ${after}`,
    ).toBe(true);
    const { kid } = await t.kakao.emulator.state.keys.current();
    await expect(page.locator('#keys').textContent()).resolves.toContain(kid);
    const faults = (await page.locator('#faults-live').textContent()) ?? '';
    expect(faults).toContain('/oauth/token');
    expect(faults).toContain('status');
    expect(faults).toContain('2 left');
  });

  it('the page is served with a strict CSP, no framing, no sniffing; the script is not inline', async () => {
    const response = await fetch(`${t.kakao.authUrl}/__emulator/`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]|\son[a-z]+=/);
    const page = await t.open();
    await expect(page.locator('main').getAttribute('data-ready')).resolves.toBe('true');
  });

  it('escapes what it shows: a nickname with markup stays text', async () => {
    await t.control('/seed', { users: [{ id: '1376016924426555555', nickname: '<img src=x id=pwn>' }] });
    const page = await t.open();
    expect(await page.locator('#pwn').count()).toBe(0);
    await expect(page.locator('#user-1376016924426555555 h3').textContent()).resolves.toContain(
      '<img src=x id=pwn>',
    );
  });
});
