// Shared by the Better Auth examples (not shown in the docs): an emulator on loopback (auto-login)
// with Better Auth's callback URL registered and its settings in the KAKAO_* variables, and a
// headless sign-in through `auth.handler` called in-process (sign-in/social → Kakao's authorize →
// /callback/kakao → get-session). `apps` maps more origins to in-process handlers (see browser.mjs).
import { randomBytes } from 'node:crypto';
import { DEFAULT_APP, startEmulator } from 'kakao-oauth/emulator';
import { headlessBrowser } from './browser.mjs';
import { setEnvFor } from './sign-in.mjs';

export const APP_URL = 'http://127.0.0.1:3000';
const SIGNED_IN = `${APP_URL}/signed-in`;

/** Starts the emulator, points the KAKAO_* and BETTER_AUTH_* variables at it and the app. */
export async function emulatorForBetterAuth() {
  const emulator = await startEmulator({
    autoLogin: true,
    config: { apps: [{ ...DEFAULT_APP, redirectUris: [`${APP_URL}/api/auth/callback/kakao`] }] },
  });
  setEnvFor(emulator);
  process.env.KAKAO_NATIVE_APP_KEY = emulator.app.nativeAppKey;
  process.env.BETTER_AUTH_URL = APP_URL;
  process.env.BETTER_AUTH_SECRET = randomBytes(32).toString('base64url');
  return emulator;
}

/** Signs in through `auth.handler`; returns where the browser ended, the session and the user's accounts. */
export async function signInThroughBetterAuth(auth, apps = {}) {
  const browser = headlessBrowser({ ...apps, [APP_URL]: (request) => auth.handler(request) });
  const started = await browser.go(`${APP_URL}/api/auth/sign-in/social`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ provider: 'kakao', callbackURL: SIGNED_IN }),
  });
  const { url } = await started.res.json();
  const end = await browser.go(url, {}, SIGNED_IN);
  const session = await (await browser.go(`${APP_URL}/api/auth/get-session`)).res.json();
  const accounts = await (await browser.go(`${APP_URL}/api/auth/list-accounts`)).res.json();
  return { endedAt: end.url, session, accounts };
}
