// The Express adapter on a real Express 5 server over loopback: its routes answer through the core,
// other paths go on to the app, and a logout form still carries its CSRF token when a body parser
// (express.urlencoded) has already consumed the body.
import { request as httpRequest, type Server } from 'node:http';
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

/** A GET with headers fetch will not send (Host, X-Forwarded-*): status, headers. */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, location: res.headers.location }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('kakao-oauth/express', () => {
  it('takes scheme and host as Express reports them: behind a trusted proxy, the forwarded ones', async () => {
    const fx = await webFixture();
    const app = express();
    app.set('trust proxy', 'loopback');
    app.use(kakaoAuthRouter(fx.auth));
    const base = await serve(app);
    const login = await rawGet(`${base}/auth/kakao/login`, {
      host: 'internal:3000',
      'x-forwarded-host': 'app.example.com',
      'x-forwarded-proto': 'https',
    });
    expect(login.status).toBe(303);
    expect(new URL(login.location!).searchParams.get('redirect_uri')).toBe(
      'https://app.example.com/auth/kakao/callback',
    );
  });

  it('answers 400 to a Host that is not a host name, and reads sessions whatever the Host', async () => {
    const fx = await webFixture();
    const { session } = await signIn(fx);
    const app = express();
    app.use(kakaoAuthRouter(fx.auth));
    app.get('/me', async (req, res) => {
      res.json((await getKakaoSession(fx.auth, req))?.userId ?? null);
    });
    const base = await serve(app);
    expect((await rawGet(`${base}/auth/kakao/login`, { host: 'a b' })).status).toBe(400);
    const me = await new Promise<string>((resolve, reject) => {
      httpRequest(`${base}/me`, { headers: { host: 'a b', cookie: session } }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve(body));
      })
        .on('error', reject)
        .end();
    });
    expect(JSON.parse(me)).toBe('1376016924426111111');
  });

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
