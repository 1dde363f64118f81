import { describe, expect, it } from 'vitest';
import { DEFAULT_REST_API_KEY } from '../../../src/emulator/index.js';
import { authorizeUrl, get, interactiveCode, redeem, redirectParams, testEmulator } from '../helpers.js';

const LOGOUT_REDIRECT = 'http://127.0.0.1:8719/logout';

function logoutUrl(authUrl: string, params: Record<string, string>): string {
  const url = new URL(`${authUrl}/oauth/logout`);
  for (const [k, v] of Object.entries({
    client_id: DEFAULT_REST_API_KEY,
    logout_redirect_uri: LOGOUT_REDIRECT,
    ...params,
  })) {
    url.searchParams.set(k, v);
  }
  return url.href;
}

describe('/oauth/logout (spec §8)', () => {
  it('ends the browser session, keeps tokens, redirects with state', async () => {
    const emulator = await testEmulator();
    const { code, cookie } = await interactiveCode(emulator);
    const tokens = await (await redeem(emulator, code)).json();
    const response = await get(emulator, logoutUrl(emulator.authUrl, { state: 'bye' }), { cookie });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`${LOGOUT_REDIRECT}?state=bye`);
    expect(response.headers.getSetCookie()[0]).toContain('Max-Age=0');
    expect(emulator.state.sessions.size).toBe(0);
    expect(emulator.state.accessTokens.has(tokens.access_token)).toBe(true);
    const next = await get(emulator, authorizeUrl(emulator), { cookie });
    expect(next.status).toBe(200);
    expect(await next.text()).toContain('id="signin-form"');
  });

  it('unregistered logout_redirect_uri → KOE007 page; unknown client → KOE101; missing → KOE207', async () => {
    const emulator = await testEmulator();
    const codeOf = async (params: Record<string, string>) =>
      (await get(emulator, logoutUrl(emulator.authUrl, params))).headers.get('x-kakao-error-code');
    expect(await codeOf({ logout_redirect_uri: 'http://127.0.0.1:8719/elsewhere' })).toBe('KOE007');
    expect(await codeOf({ client_id: 'nope' })).toBe('KOE101');
    expect(await codeOf({ logout_redirect_uri: '' })).toBe('KOE207');
  });

  it('in unattended mode, logout renews auth_time at the next authorize', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    await get(emulator, authorizeUrl(emulator));
    const first = emulator.state.sessions.get('auto-login')!.authTime;
    emulator.state.clock.advance(1000);
    await get(emulator, logoutUrl(emulator.authUrl, {}));
    expect(redirectParams(await get(emulator, authorizeUrl(emulator))).get('code')).toBeTruthy();
    expect(emulator.state.sessions.get('auto-login')!.authTime).toBe(first + 1000);
  });
});
