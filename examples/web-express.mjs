// The README's "In a web app": Kakao Login in an Express 5 app, served on loopback. Here the KAKAO_*
// variables point at an emulator with auto-login and a headless browser (fetch with a cookie jar)
// signs in through the app's routes; with Kakao's settings in the variables the documented part is
// unchanged. Run it with `npm run build && node examples/web-express.mjs`.
import { createServer } from 'node:http';
import { emulatorForApp, signInThroughApp } from './support/web.mjs';

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const appUrl = `http://127.0.0.1:${server.address().port}`;
const emulator = await emulatorForApp(appUrl);

// #region docs
import express from 'express';
import { createKakaoClient } from 'kakao-oauth';
import { getKakaoSession, kakaoAuthRouter } from 'kakao-oauth/express';
import { createKakaoAuth } from 'kakao-oauth/web';

const auth = createKakaoAuth({
  kakao: createKakaoClient({
    restApiKey: process.env.KAKAO_REST_API_KEY,
    adminKey: process.env.KAKAO_ADMIN_KEY,
    authUrl: process.env.KAKAO_AUTH_URL, // unset: Kakao's own servers
    apiUrl: process.env.KAKAO_API_URL,
  }),
  secrets: [process.env.SESSION_SECRET], // 32+ characters; put a new one first to rotate
});
const app = express();
app.use(kakaoAuthRouter(auth)); // /auth/kakao/login, /callback, /logout, /unlink, /unlink-webhook
app.get('/', async (req, res) => res.json(await getKakaoSession(auth, req)));
// #endregion docs

server.on('request', app);
const { page } = await signInThroughApp(appUrl);
const session = await page.res.json();
console.log('signed in through Express as', session.nickname, session.userId);
server.closeAllConnections();
server.close();
await emulator.close();
