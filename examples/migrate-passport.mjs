// docs/migrate-passport.md "After": kakao-oauth/passport in an Express 5 app with express-session,
// served on loopback. The KAKAO_* variables point at an emulator with auto-login and the app's
// callback and unlink webhook registered; a headless browser (fetch with a cookie jar) signs in,
// then the user disconnects the app at Kakao and the emulator calls the webhook.
// Run it with `npm run build && node examples/migrate-passport.mjs`.
import { createServer } from 'node:http';
import { emulatorForApp, signInThroughApp } from './support/web.mjs';

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const appUrl = `http://127.0.0.1:${server.address().port}`;
const emulator = await emulatorForApp(appUrl);
const users = new Map(); // the app's user records, by the exact Kakao id
const findOrCreate = (kakaoId) => users.get(kakaoId) ?? users.set(kakaoId, { kakaoId }).get(kakaoId);
const removeUser = (kakaoId) =>
  console.log('unlinked at Kakao; removed user', kakaoId, users.delete(kakaoId));

// #region after
import express from 'express';
import session from 'express-session';
import { createKakaoClient } from 'kakao-oauth';
import { KakaoStrategy, kakaoUnlinkWebhook } from 'kakao-oauth/passport';
import { createTokenManager } from 'kakao-oauth/tokens';
import passport from 'passport';

const client = createKakaoClient({
  restApiKey: process.env.KAKAO_REST_API_KEY, // or pass passport-kakao's clientID/clientSecret
  clientSecret: process.env.KAKAO_CLIENT_SECRET, // only when Client Secret is on in the console
  adminKey: process.env.KAKAO_ADMIN_KEY, // checks the unlink webhook
  authUrl: process.env.KAKAO_AUTH_URL, // unset: Kakao's own servers
  apiUrl: process.env.KAKAO_API_URL,
});
const tokens = createTokenManager({ kakao: client }); // refresh, logout and unlink at Kakao
const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
const strategy = new KakaoStrategy(
  {
    client,
    callbackURL: process.env.KAKAO_REDIRECT_URI, // absolute, as registered
    scope: ['account_email'],
    tokens,
  },
  (_accessToken, _refreshToken, profile, done) => done(null, findOrCreate(profile.id)), // a string now
);
passport.use(strategy);
// #endregion after

// #region webhook
app.post(
  '/auth/kakao/unlink-webhook',
  kakaoUnlinkWebhook({ client, tokens, onUnlink: ({ userId }) => removeUser(userId) }),
);
// #endregion webhook

app.get('/auth/kakao/login', passport.authenticate('kakao', { session: false }));
app.get('/auth/kakao/callback', passport.authenticate('kakao', { session: false }), (req, res) =>
  res.json(req.user),
);
server.on('request', app);

const { page } = await signInThroughApp(appUrl);
const user = await page.res.json();
console.log('signed in through Passport as', user.kakaoId, '(a string:', typeof user.kakaoId, ')');
await emulator.emulator.fetch(
  new Request(`${emulator.authUrl}/__emulator/users/disconnect`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: user.kakaoId }),
  }),
);
for (let i = 0; i < 100 && users.has(user.kakaoId); i++)
  await new Promise((resolve) => setTimeout(resolve, 20));
if (users.has(user.kakaoId)) throw new Error('the unlink webhook did not arrive');
server.closeAllConnections();
server.close();
await emulator.close();
