/**
 * Signs in through the emulator's real pages from a Playwright test: the sign-in page (pick a
 * test user), then the consent page (tick the chosen items, or agree to all), until the browser
 * is back at the app. Playwright's `Page` is typed structurally, so this module needs no
 * Playwright import; `playwright-core` or `@playwright/test` pages fit.
 *
 * @module
 */

import { emulatorAuthUrl } from './environment.js';

/** The part of a Playwright `Locator` the helper uses. */
export interface KakaoTestLocator {
  count(): Promise<number>;
  click(options?: { timeout?: number }): Promise<void>;
  check(options?: { timeout?: number }): Promise<void>;
  waitFor(options?: {
    state?: 'attached' | 'detached' | 'visible' | 'hidden';
    timeout?: number;
  }): Promise<void>;
  textContent(options?: { timeout?: number }): Promise<string | null>;
}

/** The part of a Playwright `Page` the helper uses. */
export interface KakaoTestPage {
  url(): string;
  locator(selector: string): KakaoTestLocator;
  waitForURL(
    url: (url: URL) => boolean,
    options?: { timeout?: number; waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit' },
  ): Promise<void>;
}

/** Options of {@link signInWithKakao}. */
export interface SignInWithKakaoOptions {
  /** Test user: id, login id (email) or nickname. Default: the page's pre-selected user (the first). */
  user?: string | undefined;
  /**
   * `'all'` (default) presses "agree to all"; a list ticks those consent items (`account_email`)
   * and service terms (`marketing`) plus every required one, and presses "agree".
   */
  consent?: 'all' | readonly string[] | undefined;
  /** Tick "keep me signed in". */
  keepSignedIn?: boolean | undefined;
  /** The emulator's auth base URL. Default: `KAKAO_AUTH_URL`. */
  authUrl?: string | undefined;
  /** How long the whole sign-in may take. Default 15 s. */
  timeoutMs?: number | undefined;
}

type Step = 'signin' | 'consent' | 'error' | 'done';

const STEPS: [Exclude<Step, 'done'>, string][] = [
  ['signin', '#signin-form'],
  ['consent', '#consent-form'],
  ['error', '#error-code'],
];

async function nextStep(page: KakaoTestPage, origin: string, deadline: number): Promise<Step> {
  while (Date.now() < deadline) {
    if (new URL(page.url()).origin !== origin) return 'done';
    for (const [step, selector] of STEPS) if ((await page.locator(selector).count()) > 0) return step;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`signInWithKakao: timed out on ${new URL(page.url()).pathname} of the emulator`);
}

function userSelector(user: string): string {
  if (/^[0-9]+$/.test(user)) return `#signin-form input[name="user_id"][value="${user}"]`;
  return `#signin-form label:has-text(${JSON.stringify(user)}) input[name="user_id"]`;
}

async function signIn(page: KakaoTestPage, options: SignInWithKakaoOptions, timeout: number): Promise<void> {
  if (options.user !== undefined) {
    const radio = page.locator(userSelector(options.user));
    if ((await radio.count()) === 0)
      throw new Error(`signInWithKakao: no test user "${options.user}" on the sign-in page`);
    await radio.check({ timeout });
  }
  if (options.keepSignedIn) await page.locator('#keep-signed-in').check({ timeout });
  await page.locator('#signin').click({ timeout });
  await page.locator('#signin-form').waitFor({ state: 'detached', timeout });
}

/** Ticks every box `selector` finds. */
async function tickAll(page: KakaoTestPage, selector: string, timeout: number): Promise<number> {
  const count = await page.locator(selector).count();
  for (let i = 0; i < count; i++) await page.locator(`${selector} >> nth=${i}`).check({ timeout });
  return count;
}

async function consent(page: KakaoTestPage, choice: SignInWithKakaoOptions['consent'], timeout: number) {
  if (choice === undefined || choice === 'all') {
    await page.locator('#agree-all').click({ timeout });
  } else {
    await tickAll(page, '#consent-form input[required]', timeout);
    for (const id of choice) {
      if ((await tickAll(page, `#consent-form input[value=${JSON.stringify(id)}]`, timeout)) === 0)
        throw new Error(`signInWithKakao: the consent page does not ask for "${id}"`);
    }
    await page.locator('#agree').click({ timeout });
  }
  await page.locator('#consent-form').waitFor({ state: 'detached', timeout });
}

/**
 * Signs in as a test user through the emulator's pages. Call it once the app has sent the browser
 * to the emulator (after clicking the app's "Login with Kakao"); it returns when the browser has
 * left the emulator (back at the app's redirect URI). An emulator error page throws with its KOE
 * code.
 *
 * @example
 * ```ts
 * declare const page: KakaoTestPage;
 * await signInWithKakao(page, { user: 'minjun.kim@example.com', consent: ['account_email'] });
 * ```
 */
export async function signInWithKakao(
  page: KakaoTestPage,
  options: SignInWithKakaoOptions = {},
): Promise<void> {
  const origin = new URL(emulatorAuthUrl(options.authUrl, 'signInWithKakao')).origin;
  const timeout = options.timeoutMs ?? 15_000;
  const deadline = Date.now() + timeout;
  await page.waitForURL((url) => url.origin === origin, { timeout, waitUntil: 'commit' });
  for (let round = 0; round < 4; round++) {
    const step = await nextStep(page, origin, deadline);
    if (step === 'done') return;
    if (step === 'error') {
      const code = await page.locator('#error-code').textContent({ timeout });
      throw new Error(
        `signInWithKakao: the emulator showed its error page ${code ?? ''}; see the KOE code in docs/emulator.md`,
      );
    }
    const left = Math.max(1, deadline - Date.now());
    if (step === 'signin') await signIn(page, options, left);
    else await consent(page, options.consent, left);
  }
  throw new Error('signInWithKakao: the emulator kept asking; is the consent page refusing the choice?');
}
