// Real Chromium: the pages work without a mouse (Tab / Space / Enter only) and expose proper
// semantics to assistive technology: lang, a main landmark, one heading, an accessible name for
// every control (as Chromium's own accessibility tree computes it), Korean and English labels.
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../../support/browser.js';
import { authorizeUrl, callbackParams, redeemCode, usePageFixture } from './harness.js';

const hasChromium = chromiumAvailable();
const MINJUN = '1376016924426111111';
const CONTROL_ROLES = new Set(['button', 'checkbox', 'radio', 'textbox', 'combobox', 'listbox', 'link']);
const HANGUL = /[가-힣]/;
const LATIN_WORD = /[A-Za-z]{2,}/;

interface AxControl {
  role: string;
  name: string;
}

describe.skipIf(!hasChromium)('keyboard use and accessibility semantics in Chromium', () => {
  const t = usePageFixture();

  const focusedId = () => t.page.evaluate(() => document.activeElement?.id ?? '');

  /** Presses Tab until the element with `id` has focus; fails if it is not reachable. */
  async function tabTo(id: string): Promise<void> {
    const seen: string[] = [];
    for (let presses = 0; presses < 40; presses++) {
      await t.page.keyboard.press('Tab');
      const current = await focusedId();
      if (current === id) return;
      seen.push(current);
    }
    throw new Error(`#${id} is not reachable with Tab; focus went through ${seen.join(', ')}`);
  }

  async function press(id: string, key: 'Space' | 'Enter'): Promise<void> {
    await tabTo(id);
    await t.page.keyboard.press(key);
  }

  /** The interactive controls of Chromium's accessibility tree, with their computed names. */
  async function axControls(): Promise<AxControl[]> {
    const cdp = await t.context.newCDPSession(t.page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
    };
    await cdp.detach();
    return nodes
      .filter((n) => !n.ignored && CONTROL_ROLES.has(String(n.role?.value)))
      .map((n) => ({ role: String(n.role?.value), name: String(n.name?.value ?? '').trim() }));
  }

  async function expectPageSemantics(): Promise<AxControl[]> {
    expect(await t.page.evaluate(() => document.documentElement.lang)).toBe('ko');
    expect(await t.page.title()).not.toBe('');
    await expect(t.page.getByRole('main').count()).resolves.toBe(1);
    await expect(t.page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
    await expect(t.page.locator('main [lang=en]').count()).resolves.toBeGreaterThan(0);
    const heading = (await t.page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    expect(heading).toMatch(HANGUL);
    expect(heading).toMatch(LATIN_WORD);
    const controls = await axControls();
    const inDom = await t.page.locator('input:not([type=hidden]), button, select, textarea, a[href]').count();
    expect(controls).toHaveLength(inDom);
    for (const control of controls) expect(control.name, `a ${control.role} without a name`).not.toBe('');
    return controls;
  }

  function expectBilingual(controls: AxControl[], roles: string[]): void {
    const labelled = controls.filter((c) => roles.includes(c.role));
    expect(labelled.length).toBeGreaterThan(0);
    for (const { name } of labelled) {
      expect(name).toMatch(HANGUL);
      expect(name).toMatch(LATIN_WORD);
    }
  }

  it('signs in and consents with Tab, Space and Enter only', async () => {
    await t.page.goto(authorizeUrl(t.fixture, { state: 'keyboard' }));
    await press(`user-${MINJUN}`, 'Space'); // the pre-selected account stays selected
    await press('keep-signed-in', 'Space');
    expect(await t.page.locator('#keep-signed-in').isChecked()).toBe(true);
    await press('signin', 'Enter');
    await t.page.waitForURL((url) => url.pathname === '/oauth/authorize/signin');

    for (const id of [
      'term-terms_of_use',
      'term-privacy_policy',
      'scope-profile_nickname',
      'scope-profile_image',
    ]) {
      await press(id, 'Space');
      expect(await t.page.locator(`#${id}`).isChecked(), id).toBe(true);
    }
    await press('agree', 'Enter');
    await t.page.waitForURL((url) => url.href.startsWith(t.fixture.app.redirectUri));

    const params = callbackParams(t.page.url(), t.fixture);
    expect(params.get('state')).toBe('keyboard');
    const scopes = String((await redeemCode(t.fixture, params.get('code')!)).scope).split(' ');
    expect(scopes).toContain('profile_image');
    expect(scopes).not.toContain('account_email');
    const session = await t.context.cookies(t.fixture.kakao.authUrl);
    expect(session.find((c) => c.name === '_kawlt')?.expires).toBeGreaterThan(0); // kept: persistent
  });

  it('moves between test accounts with the arrow keys (a native radio group)', async () => {
    await t.page.goto(authorizeUrl(t.fixture));
    await tabTo(`user-${MINJUN}`);
    await t.page.keyboard.press('ArrowDown');
    await expect(t.page.locator('#user-1376016924426222222').isChecked()).resolves.toBe(true);
  });

  it('shows where keyboard focus is', async () => {
    await t.page.goto(authorizeUrl(t.fixture));
    await tabTo('signin');
    const outline = await t.page.locator('#signin').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
  });

  it('the sign-in page: lang, main, heading, named controls in Korean and English', async () => {
    await t.page.goto(authorizeUrl(t.fixture));
    const controls = await expectPageSemantics();
    expect(controls.filter((c) => c.role === 'radio').length).toBe(t.fixture.kakao.users.length);
    expectBilingual(controls, ['checkbox', 'button']);
    await expect(
      t.page.getByRole('group', { name: '테스트 계정 선택 / Choose a test account' }).count(),
    ).resolves.toBe(1);
    await expect(t.page.getByLabel('로그인 상태 유지 / Keep me signed in').count()).resolves.toBe(1);
  });

  it('the consent page: lang, main, heading, named controls in Korean and English', async () => {
    await t.page.goto(authorizeUrl(t.fixture));
    await t.page.getByRole('button', { name: 'Sign in' }).click();
    await t.page.waitForURL((url) => url.pathname === '/oauth/authorize/signin');
    const controls = await expectPageSemantics();
    expectBilingual(controls, ['checkbox', 'button']);
    for (const { name } of controls.filter((c) => c.role === 'checkbox')) {
      expect(name).toMatch(/^\[(필수|선택)\] .+ \/ \[(required|optional)\] .+$/);
    }
    await expect(
      t.page.getByRole('group', { name: '제공 항목 / Information and permissions' }).count(),
    ).resolves.toBe(1);
    await expect(t.page.getByRole('group', { name: '서비스 약관 / Service terms' }).count()).resolves.toBe(1);
  });

  it('the error page: lang, main, a heading with the KOE code', async () => {
    await t.page.goto(authorizeUrl(t.fixture, { redirect_uri: 'http://127.0.0.1:9/elsewhere' }));
    await expectPageSemantics();
    expect(await t.page.getByRole('heading', { level: 1 }).textContent()).toContain('KOE006');
  });
});
