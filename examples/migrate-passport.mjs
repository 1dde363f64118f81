// docs/migrate-passport.md "After": kakao-oauth/passport in an Express 5 app with express-session,
// served on loopback. The KAKAO_* variables point at an emulator with auto-login and the app's
// callback and unlink webhook registered; a headless browser (fetch with a cookie jar) signs in,
// then the user disconnects the app at Kakao and the emulator calls the webhook.
// Run it with `npm run build && node examples/migrate-passport.mjs`.
import { closeDemo, passportDemo, signInThroughApp, unlinkAtKakao } from './support/passport.mjs';

const demo = await passportDemo();
const { server, appUrl, findOrCreate, removeUser } = demo;

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
  adminKey: process.env.KAKAO_ADMIN_KEY, // checks the unlink webhook; unlinks when the tokens are gone
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
await unlinkAtKakao(demo, user.kakaoId);
await closeDemo(demo);
