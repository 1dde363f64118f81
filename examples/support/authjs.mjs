// Shared by the Auth.js examples (not shown in the docs): an emulator on loopback (auto-login) with
// Auth.js's callback URL registered, and a headless sign-in through `Auth()` called in-process
// (csrf → signin → Kakao's authorize → Auth.js's callback → session), what the app's signIn
// callback saw and what Auth.js logged as errors.
import { Auth } from '@auth/core';
import { DEFAULT_APP, startEmulator } from 'kakao-oauth/emulator';
import { headlessBrowser } from './browser.mjs';

export const APP_URL = 'http://127.0.0.1:3000';
const SIGNED_IN = `${APP_URL}/signed-in`;

/** An emulator for an Auth.js app at APP_URL; `oidc: false` is a new Kakao app (OIDC off). */
export function emulatorForAuthjs({ oidc = true } = {}) {
  return startEmulator({
    autoLogin: true,
    config: { apps: [{ ...DEFAULT_APP, oidc, redirectUris: [`${APP_URL}/api/auth/callback/kakao`] }] },
  });
}

/** Signs in through Auth.js with `config`; returns where it ended, the session, accounts and errors. */
export async function signInThroughAuthjs(config) {
  const accounts = [];
  const errors = [];
  const full = {
    ...config,
    secret: Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64'),
    trustHost: true,
    basePath: '/api/auth',
    logger: { error: (error) => errors.push(error), warn: () => {}, debug: () => {} },
    callbacks: { signIn: ({ account }) => accounts.push(account) > 0 },
  };
  const browser = headlessBrowser({ [APP_URL]: (request) => Auth(request, full) });
  const csrf = await browser.go(`${APP_URL}/api/auth/csrf`);
  const { csrfToken } = await csrf.res.json();
  const body = new URLSearchParams({ csrfToken, callbackUrl: SIGNED_IN });
  const end = await browser.go(`${APP_URL}/api/auth/signin/kakao`, { method: 'POST', body }, SIGNED_IN);
  const session = await (await browser.go(`${APP_URL}/api/auth/session`)).res.json();
  return { endedAt: end.url, session, accounts, errors };
}
