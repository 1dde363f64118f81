import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_REDIRECT_URI,
  DEFAULT_REST_API_KEY,
  type RunningEmulator,
  startEmulator,
} from '../../../src/emulator/index.js';
import { testKey } from '../helpers.js';

const running: RunningEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});

async function start(options: Parameters<typeof startEmulator>[0] = {}) {
  const kakao = await startEmulator({ signingKeys: [await testKey()], ...options });
  running.push(kakao);
  return kakao;
}

function authorize(authUrl: string, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({
    client_id: DEFAULT_REST_API_KEY,
    redirect_uri: DEFAULT_REDIRECT_URI,
    response_type: 'code',
    ...extra,
  });
  return `${authUrl}/oauth/authorize?${params}`;
}

describe('startEmulator over a real socket', () => {
  it('listens on an ephemeral 127.0.0.1 port; auth and api share one base URL by default', async () => {
    const kakao = await start();
    expect(kakao.authUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(kakao.apiUrl).toBe(kakao.authUrl);
    expect(kakao.app.restApiKey).toBe(DEFAULT_REST_API_KEY);
    expect(kakao.users[0]!.id).toBe('1376016924426111111');
    const doc = await (await fetch(`${kakao.authUrl}/.well-known/openid-configuration`)).json();
    expect(doc.issuer).toBe(kakao.authUrl);
    expect(doc.token_endpoint).toBe(`${kakao.authUrl}/oauth/token`);
  });

  it('completes autoLogin → code → tokens over HTTP (302 with Content-Length 0)', async () => {
    const kakao = await start({ autoLogin: true });
    const redirect = await fetch(authorize(kakao.authUrl, { state: 's' }), { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('content-length')).toBe('0');
    const code = new URL(redirect.headers.get('location')!).searchParams.get('code')!;
    const response = await fetch(`${kakao.authUrl}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: DEFAULT_REST_API_KEY,
        redirect_uri: DEFAULT_REDIRECT_URI,
        code,
      }),
    });
    expect(response.status).toBe(200);
    expect((await response.json()).token_type).toBe('bearer');
  });

  it('keeps multiple Set-Cookie headers and HTML pages intact', async () => {
    const kakao = await start();
    const page = await fetch(authorize(kakao.authUrl));
    expect(page.headers.get('content-type')).toBe('text/html;charset=UTF-8');
    expect(await page.text()).toContain('카카오계정으로 로그인');
  });

  it('an injected dropped connection fails the client fetch', async () => {
    const kakao = await start();
    kakao.emulator.state.faults.push({ id: 0, match: {}, action: { kind: 'drop' }, remaining: 1 });
    await expect(fetch(`${kakao.authUrl}/.well-known/jwks.json`)).rejects.toThrow();
    expect((await fetch(`${kakao.authUrl}/.well-known/jwks.json`)).status).toBe(200);
  });

  it('with apiPort, the API has its own origin and each origin serves only its host', async () => {
    const kakao = await start({ apiPort: 0 });
    expect(kakao.apiUrl).not.toBe(kakao.authUrl);
    const doc = await (await fetch(`${kakao.authUrl}/.well-known/openid-configuration`)).json();
    expect(doc.userinfo_endpoint).toBe(`${kakao.apiUrl}/v1/oidc/userinfo`);
    expect((await fetch(`${kakao.apiUrl}/.well-known/jwks.json`)).status).toBe(404);
    const onAuth = await fetch(`${kakao.authUrl}/v2/user/me`);
    expect(onAuth.status).toBe(404);
    expect(await onAuth.text()).toContain('Page not found');
  });

  it('close() stops listening', async () => {
    const kakao = await startEmulator({ signingKeys: [await testKey()] });
    await kakao.close();
    await expect(fetch(`${kakao.authUrl}/.well-known/jwks.json`)).rejects.toThrow();
  });

  it('rejects an unknown autoLogin user', async () => {
    await expect(startEmulator({ autoLogin: '42' })).rejects.toThrow(/autoLogin user 42/);
  });
});
