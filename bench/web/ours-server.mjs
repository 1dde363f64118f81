// Contender 1: our Hono adapter (kakao-oauth/hono over kakao-oauth/web), cookie sessions and the
// in-memory defaults, on @hono/node-server. GET /me answers the session as JSON.
//
//   EMULATOR_URL=… node bench/web/ours-server.mjs
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createKakaoClient } from 'kakao-oauth';
import { DEFAULT_APP } from 'kakao-oauth/emulator';
import { getKakaoSession, kakaoAuthMiddleware } from 'kakao-oauth/hono';
import { createKakaoAuth } from 'kakao-oauth/web';

const emulatorUrl = process.env.EMULATOR_URL;
const server = serve({ fetch: (request) => app.fetch(request), port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`LISTENING http://127.0.0.1:${info.port}`);
});
const auth = createKakaoAuth({
  kakao: createKakaoClient({ restApiKey: DEFAULT_APP.restApiKey, authUrl: emulatorUrl, apiUrl: emulatorUrl }),
  secrets: ['bench-secret-bench-secret-bench-secret-01'],
  scopes: ['openid', 'profile_nickname', 'account_email', 'profile_image'],
});
const app = new Hono();
app.use(kakaoAuthMiddleware(auth));
app.get('/me', async (c) => {
  const session = await getKakaoSession(auth, c);
  return session ? c.json({ id: session.userId, name: session.nickname }) : c.json(null, 401);
});
void server;
