// docs/web.md: `kakao-oauth/web` behind any fetch-style server, a Kakao API call with the session's
// tokens, and incremental consent. Node stands in for the server here: the example calls the app's
// `fetch` in-process (its origin, http://127.0.0.1:3000, never opens a port), the KAKAO_* variables
// point at an emulator on loopback with auto-login, and a headless browser (fetch with a cookie jar)
// signs in. Run it with `npm run build && node examples/web-fetch.mjs`.
import { getUser } from 'kakao-oauth';
import { emulatorForApp, signInThroughApp } from './support/web.mjs';

const appUrl = 'http://127.0.0.1:3000';
const emulator = await emulatorForApp(appUrl);

// #region docs
import { createKakaoClient } from 'kakao-oauth';
import { createKakaoAuth } from 'kakao-oauth/web';

const kakao = createKakaoClient({
  restApiKey: process.env.KAKAO_REST_API_KEY,
  clientSecret: process.env.KAKAO_CLIENT_SECRET, // only when Client Secret is on
  adminKey: process.env.KAKAO_ADMIN_KEY, // checks the unlink webhook; admin unlink fallback
  redirectUri: process.env.KAKAO_REDIRECT_URI, // default {origin}/auth/kakao/callback
  authUrl: process.env.KAKAO_AUTH_URL, // unset: Kakao's own servers
  apiUrl: process.env.KAKAO_API_URL,
});
const auth = createKakaoAuth({
  kakao,
  secrets: [process.env.SESSION_SECRET], // >= 32 characters, newest first
});
// any fetch-style server:
export default { fetch: (request) => auth.handler(request) };
// #endregion docs

// #region consent
async function emailPage(request) {
  const detour = await auth.requireScopes(request, ['account_email']);
  if (detour) return detour; // 303 → Kakao's additional consent → back to this page
  const session = await auth.getSession(request);
  return Response.json({ email: session.email });
}
// #endregion consent

const pages = new Map([
  ['/', async (request) => Response.json(await auth.getSession(request))],
  ['/email', emailPage],
]);
const app = (request) => (pages.get(new URL(request.url).pathname) ?? auth.handler)(request);
const { browser } = await signInThroughApp(appUrl, { [appUrl]: app });
const session = await auth.getSession(browser.request(appUrl));

// #region tokens
const me = await auth.withAccessToken(session, (accessToken) => getUser(kakao, { accessToken }), {
  idempotent: true, // a read: refreshed and tried once more after a -401
});
// #endregion tokens
console.log('signed in as', me.id, 'nickname', session.nickname);

const consented = await browser.go(`${appUrl}/email`);
console.log('after the consent detour:', consented.url, await consented.res.json());
await emulator.close();
