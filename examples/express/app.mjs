// Kakao Login in an Express 5 app: the routes, a page that needs a session, and a page that needs
// the account_email consent item (incremental consent).
import express from 'express';
import { getKakaoSession, kakaoAuthRouter, sendWebResponse, toWebRequest } from 'kakao-oauth/express';
import { emailPage, homePage } from '../shared/pages.mjs';

export function createApp(auth) {
  const app = express();
  app.use(kakaoAuthRouter(auth)); // /auth/kakao/login, /callback, /logout, /unlink, /unlink-webhook
  app.get('/', async (req, res) => {
    res.type('html').send(homePage(await getKakaoSession(auth, req), auth.basePath));
  });
  app.get('/email', async (req, res) => {
    const detour = await auth.requireScopes(toWebRequest(req), ['account_email']);
    if (detour) return sendWebResponse(res, detour);
    res.type('html').send(emailPage(await getKakaoSession(auth, req)));
  });
  return app;
}
