// Shared by the examples (not shown in the docs): an in-process emulator and a signed-in test user,
// so each example's documented part runs exactly as printed.
import {
  buildAuthorizationUrl,
  createKakaoClient,
  exchangeCode,
  generateState,
  parseCallback,
} from 'kakao-oauth';
import { createEmulator, DEFAULT_REDIRECT_URI, DEFAULT_REST_API_KEY } from 'kakao-oauth/emulator';
import { headlessBrowser } from './browser.mjs';

/** An in-memory emulator that logs every authorize request in, and a client pointed at it. */
export function emulatorClient() {
  const emulator = createEmulator({ autoLogin: true });
  const kakao = createKakaoClient({
    restApiKey: DEFAULT_REST_API_KEY,
    redirectUri: DEFAULT_REDIRECT_URI,
    authUrl: emulator.authUrl,
    apiUrl: emulator.apiUrl,
    fetch: (input, init) => emulator.fetch(new Request(input, init)),
  });
  return { emulator, kakao };
}

/** Plays the browser: loads the authorize URL and returns where the emulator redirected it. */
export async function browserRedirect(emulator, url) {
  const res = await emulator.fetch(new Request(url));
  return res.headers.get('location');
}

/** Signs the first test user in and returns the token set. */
export async function signIn(emulator, kakao, scope) {
  const state = generateState();
  const location = await browserRedirect(emulator, buildAuthorizationUrl(kakao, { scope, state }));
  const { code } = parseCallback(location, { expectedState: state });
  return exchangeCode(kakao, { code });
}

/**
 * Signs a test user in through a served emulator's sign-in and consent pages (no auto-login), the
 * forms submitted with fetch, and returns the token set.
 */
export async function signInOnPages(kakao, userId) {
  const state = generateState();
  const browser = headlessBrowser();
  const signInPage = await browser.go(buildAuthorizationUrl(kakao, { state }));
  const consentPage = await browser.submit(signInPage, { user_id: userId, action: 'signin' });
  const back = await browser.submit(consentPage, { action: 'agree_all' }, kakao.redirectUri);
  const { code } = parseCallback(back.url, { expectedState: state });
  return exchangeCode(kakao, { code });
}

/** A client for a served emulator (`startEmulator`), over real loopback HTTP. */
export function clientFor(server) {
  return createKakaoClient({
    restApiKey: server.app.restApiKey,
    redirectUri: server.app.redirectUris[0],
    authUrl: server.authUrl,
    apiUrl: server.apiUrl,
  });
}

/** Points the KAKAO_* variables at a served emulator (as `kakao-oauth emulator` prints them). */
export function setEnvFor(server) {
  process.env.KAKAO_REST_API_KEY = server.app.restApiKey;
  process.env.KAKAO_REDIRECT_URI = server.app.redirectUris[0];
  process.env.KAKAO_ADMIN_KEY = server.app.adminKey;
  process.env.KAKAO_AUTH_URL = server.authUrl;
  process.env.KAKAO_API_URL = server.apiUrl;
}
