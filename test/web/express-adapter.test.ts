// The Express adapter on a real Express 5 server over loopback: its routes answer through the core,
// other paths go on to the app, and a logout form still carries its CSRF token when a body parser
// (express.urlencoded) has already consumed the body.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { getKakaoSession, kakaoAuthRouter } from '../../src/web/express/index.js';
import { get, signIn, webFixture } from './helpers.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(app: express.Express): Promise<string> {
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server!.once('listening', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

describe('kakao-oauth/express', () => {
  it('answers its routes, passes others on, and reads forms a body parser already read', async () => {
    const fx = await webFixture();
    const { session } = await signIn(fx);
    const me = (await fx.auth.getSession(get('/', session)))!;
    const app = express();
    app.use(express.urlencoded({ extended: false }));
    app.use(kakaoAuthRouter(fx.auth));
    app.get('/me', async (req, res) => {
      res.json((await getKakaoSession(fx.auth, req))?.userId ?? null);
    });
    const base = await serve(app);

    expect(await (await fetch(`${base}/me`, { headers: { cookie: session } })).json()).toBe(me.userId);
    const login = await fetch(`${base}/auth/kakao/login`, { redirect: 'manual' });
    expect(login.status).toBe(303);
    expect(login.headers.getSetCookie()[0]).toMatch(/^kakao_tx_/);

    const refused = await fetch(`${base}/auth/kakao/logout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: session, origin: base, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'csrf=wrong',
    });
    expect(refused.status).toBe(403);
    const logout = await fetch(`${base}/auth/kakao/logout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: session, origin: base, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf: me.csrfToken }),
    });
    expect(logout.status).toBe(303);
    expect(logout.headers.getSetCookie().some((c) => c.startsWith('kakao_session=;'))).toBe(true);
    expect(await (await fetch(`${base}/me`, { headers: { cookie: session } })).json()).toBeNull();
  });
});
