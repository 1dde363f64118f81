// docs/testing.md: the global setup and the assertions over the request log. Node plays the test
// runner here: it calls the setup once (as vitest's `globalSetup` does), signs in as a test of your
// app would, refreshes once, asserts on the log, and runs the teardown. The sign-in is headless:
// the emulator's sign-in and consent forms are submitted with fetch (in your tests Playwright and
// `signInWithKakao` do it in a browser; see examples/testing-playwright.mjs).
// Run it with `npm run build && node examples/testing-global-setup.mjs`.

// #region setup
// kakao.setup.js (or kakao.setup.ts, the same)
import { kakaoGlobalSetup } from 'kakao-oauth/testing';

export default kakaoGlobalSetup({ redirectUris: ['http://127.0.0.1:3000/auth/kakao/callback'] });
// #endregion setup

const env = process.env;

import { createKakaoClient, getUser, refreshTokens } from 'kakao-oauth';
import { DEFAULT_USERS } from 'kakao-oauth/emulator';
import { readKakaoRequestLog } from 'kakao-oauth/testing';
import { signInOnPages } from './support/sign-in.mjs';
import setup from './testing-global-setup.mjs';

const teardown = await setup(); // KAKAO_* are in process.env from here on
const kakao = createKakaoClient({
  restApiKey: env.KAKAO_REST_API_KEY,
  clientSecret: env.KAKAO_CLIENT_SECRET,
  redirectUri: env.KAKAO_REDIRECT_URI,
  authUrl: env.KAKAO_AUTH_URL,
  apiUrl: env.KAKAO_API_URL,
});
const tokens = await signInOnPages(kakao, DEFAULT_USERS[0].id);
await getUser(kakao, { accessToken: tokens.accessToken });
await refreshTokens(kakao, { refreshToken: tokens.refreshToken });

// #region log
const log = await readKakaoRequestLog();
log.expectExactlyOneRefresh();
log.expectNoSecretsInQuery(); // no client_secret, code, token or code_verifier in any URL
log.expectCount({ path: '/oauth/token', params: { grant_type: 'authorization_code' } }, 1);
log.expectNone({ host: 'api', status: 401 });
const userCalls = log.filter({ path: /^\/v2\/user\// }); // the entries, to assert on yourself
// #endregion log

console.log('the log assertions passed; calls to /v2/user/*:', userCalls.length);
await teardown();
