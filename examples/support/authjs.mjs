// Shared by the Auth.js examples (not shown in the docs): an emulator on loopback (auto-login) with
// Auth.js's callback URL registered, and a headless sign-in through `Auth()` called in-process
// (csrf → signin → Kakao's authorize → Auth.js's callback → session), what the app's signIn
// callback saw and what Auth.js logged as errors.
import { Auth } from '@auth/core';
import { DEFAULT_APP, startEmulator } from 'kakao-oauth/emulator';
import { headlessBrowser } from './browser.mjs';

export const APP_URL = 'http://127.0.0.1:3000';
const SIGNED_IN = `${APP_URL}/signed-in`;

/**
 * An emulator for an Auth.js app at APP_URL; `oidc: false` is a new Kakao app (OIDC off). With
 * `webhook`, the app's unlink callback URL is registered and the emulator's unlink notifications
 * go to that handler in-process.
 */
export function emulatorForAuthjs({ oidc = true, webhook = undefined } = {}) {
  const unlinkCallbackUrl = webhook && `${APP_URL}/api/kakao/unlink`;
  return startEmulator({
    autoLogin: true,
    config: {
      apps: [
        { ...DEFAULT_APP, oidc, unlinkCallbackUrl, redirectUris: [`${APP_URL}/api/auth/callback/kakao`] },
      ],
    },
    webhookFetch: webhook && ((input, init) => webhook(new Request(input, init))),
  });
}

/**
 * Signs in through Auth.js with `config` (its callbacks kept); returns where it ended, the session,
 * accounts and errors, and `signOut()` (csrf → POST signout) for the same browser.
 */
export async function signInThroughAuthjs(config) {
  const accounts = [];
  const errors = [];
  const full = {
    ...config,
    secret: Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64'),
    trustHost: true,
    basePath: '/api/auth',
    logger: { error: (error) => errors.push(error), warn: () => {}, debug: () => {} },
    callbacks: { ...config.callbacks, signIn: ({ account }) => accounts.push(account) > 0 },
  };
  const browser = headlessBrowser({ [APP_URL]: (request) => Auth(request, full) });
  const csrf = await browser.go(`${APP_URL}/api/auth/csrf`);
  const { csrfToken } = await csrf.res.json();
  const body = new URLSearchParams({ csrfToken, callbackUrl: SIGNED_IN });
  const end = await browser.go(`${APP_URL}/api/auth/signin/kakao`, { method: 'POST', body }, SIGNED_IN);
  const readSession = async () => (await browser.go(`${APP_URL}/api/auth/session`)).res.json();
  const signOut = async () => {
    const { csrfToken } = await (await browser.go(`${APP_URL}/api/auth/csrf`)).res.json();
    const form = new URLSearchParams({ csrfToken, callbackUrl: APP_URL });
    await browser.go(`${APP_URL}/api/auth/signout`, { method: 'POST', body: form }, APP_URL);
  };
  return { endedAt: end.url, session: await readSession(), accounts, errors, readSession, signOut };
}
