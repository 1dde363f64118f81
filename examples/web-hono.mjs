// docs/web.md "Adapters": the Hono 4 adapter. The app's `fetch` is called in-process (what Bun, Deno,
// Workers or @hono/node-server do with it; its origin never opens a port), the KAKAO_* variables
// point at an emulator on loopback with auto-login, and a headless browser (fetch with a cookie jar)
// signs in. `auth` is the app's KakaoAuth, from the variables as in examples/hono.
// Run it with `npm run build && node examples/web-hono.mjs`.
import { kakaoAuthFromEnv } from './shared/kakao-env.mjs';
import { emulatorForApp, signInThroughApp } from './support/web.mjs';

const appUrl = 'http://127.0.0.1:3000';
const emulator = await emulatorForApp(appUrl);
const { auth } = await kakaoAuthFromEnv(appUrl);

// #region docs
import { Hono } from 'hono';
import { getKakaoSession, kakaoAuthMiddleware } from 'kakao-oauth/hono';

const app = new Hono();
app.use(kakaoAuthMiddleware(auth)); // /auth/kakao/login, /callback, /logout, /unlink, /unlink-webhook
app.get('/', async (c) => c.json(await getKakaoSession(auth, c)));
// #endregion docs

const { page } = await signInThroughApp(appUrl, { [appUrl]: (request) => app.fetch(request) });
const session = await page.res.json();
console.log('signed in through Hono as', session.nickname, session.userId);
await emulator.close();
