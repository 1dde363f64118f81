/**
 * A minimal web app that signs users in with Kakao through our client, on node:http: `/` has the
 * login link, `/login` sends the browser to Kakao (state + PKCE), the callback trades the code
 * and greets the user. The Playwright helper's tests drive it; docs/testing.md shows the same app.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  buildAuthorizationUrl,
  createKakaoClient,
  exchangeCode,
  generatePkce,
  generateState,
  getUser,
  type KakaoClient,
  parseCallback,
} from '../../src/index.js';

const html = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/html;charset=utf-8' });
  res.end(`<!doctype html><html lang="ko"><title>example app</title><body>${body}</body></html>`);
}

/** The example app; `configure` gives it the emulator's `KAKAO_*` settings. */
export async function startExampleApp() {
  let kakao: KakaoClient | undefined;
  const pending = new Map<string, string>(); // state → PKCE verifier

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://app.invalid');
    if (!kakao) return page(res, 503, 'not configured');
    if (url.pathname === '/')
      return page(res, 200, '<a href="/login">카카오로 로그인 / Login with Kakao</a>');
    if (url.pathname === '/login') {
      const state = generateState();
      const pkce = await generatePkce();
      pending.set(state, pkce.codeVerifier);
      res.writeHead(302, {
        location: buildAuthorizationUrl(kakao, { state, codeChallenge: pkce.codeChallenge }).href,
      });
      return void res.end();
    }
    if (url.pathname === '/auth/kakao/callback') {
      const state = url.searchParams.get('state') ?? '';
      const codeVerifier = pending.get(state);
      pending.delete(state);
      const { code } = parseCallback(url.href, { expectedState: codeVerifier ? state : '(none)' });
      const tokens = await exchangeCode(kakao, { code, codeVerifier });
      const me = await getUser(kakao, { accessToken: tokens.accessToken });
      const nickname = me.kakao_account?.profile?.nickname ?? '?';
      return page(
        res,
        200,
        `<h1 id="welcome">안녕하세요, ${html(nickname)}</h1><p id="email">${html(me.kakao_account?.email ?? '-')}</p>`,
      );
    }
    return page(res, 404, 'not found');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) =>
      page(res, 400, `<p id="failure">${html(error.name)}: ${html(error.message)}</p>`),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    callbackUrl: `${origin}/auth/kakao/callback`,
    configure(env: Record<string, string | undefined>) {
      kakao = createKakaoClient({
        restApiKey: env.KAKAO_REST_API_KEY ?? '',
        redirectUri: `${origin}/auth/kakao/callback`,
        authUrl: env.KAKAO_AUTH_URL,
        apiUrl: env.KAKAO_API_URL,
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
