// Kakao Login in a Hono 4 app: the routes, a page that needs a session, and a page that needs the
// account_email consent item (incremental consent).
import { Hono } from 'hono';
import { getKakaoSession, kakaoAuthMiddleware } from 'kakao-oauth/hono';
import { emailPage, homePage } from '../shared/pages.mjs';

export function createApp(auth) {
  const app = new Hono();
  app.use(kakaoAuthMiddleware(auth)); // /auth/kakao/login, /callback, /logout, /unlink, /unlink-webhook
  app.get('/', async (c) => c.html(homePage(await getKakaoSession(auth, c), auth.basePath)));
  app.get('/email', async (c) => {
    const detour = await auth.requireScopes(c.req.raw, ['account_email']);
    if (detour) return detour;
    return c.html(emailPage(await getKakaoSession(auth, c)));
  });
  return app;
}
