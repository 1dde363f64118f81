// The web layer's default token manager against the emulator (clock moved to expire tokens):
// refresh before expiry, one refresh for concurrent callers, -401 → refresh (+ retry when
// idempotent), a refused refresh token → sign_in_required and the set is gone.
import { describe, expect, it } from 'vitest';
import { createKakaoClient, exchangeCode, getUser } from '../../src/client/index.js';
import { DEFAULT_APP, DEFAULT_REDIRECT_URI } from '../../src/emulator/index.js';
import { createDirectTokens, signInReason } from '../../src/web/index.js';
import { testEmulator } from '../emulator/helpers.js';

async function setup() {
  let now = Date.UTC(2026, 0, 15, 3, 0, 0);
  const emulator = await testEmulator({ autoLogin: true, clock: () => now });
  const kakao = createKakaoClient({
    restApiKey: DEFAULT_APP.restApiKey,
    redirectUri: DEFAULT_REDIRECT_URI,
    authUrl: emulator.authUrl,
    apiUrl: emulator.apiUrl,
    fetch: emulator.fetch,
    clock: () => now,
  });
  const authorize = new URL(`${emulator.authUrl}/oauth/authorize`);
  authorize.search = new URLSearchParams({
    client_id: DEFAULT_APP.restApiKey,
    redirect_uri: DEFAULT_REDIRECT_URI,
    response_type: 'code',
  }).toString();
  const location = (await emulator.fetch(new Request(authorize))).headers.get('location')!;
  const set = await exchangeCode(kakao, { code: new URL(location).searchParams.get('code')! });
  const refreshes = () => emulator.state.log.filter((e) => e.path === '/oauth/token').length - 1;
  return { emulator, kakao, set, refreshes, advance: (ms: number) => (now += ms) };
}

describe('createDirectTokens', () => {
  it('hands out the saved token, then one refresh for many callers once it nears expiry', async () => {
    const { kakao, set, refreshes, advance } = await setup();
    const tokens = createDirectTokens(kakao);
    await tokens.save('u', set);
    expect(await tokens.getAccessToken('u')).toBe(set.accessToken);
    advance(set.accessTokenExpiresAt - Date.UTC(2026, 0, 15, 3, 0, 0) - 60_000);
    const all = await Promise.all(Array.from({ length: 20 }, () => tokens.getAccessToken('u')));
    expect(new Set(all).size).toBe(1);
    expect(all[0]).not.toBe(set.accessToken);
    expect(refreshes()).toBe(1);
  });

  it('on -401 refreshes; retries only idempotent calls', async () => {
    const { kakao, set, emulator } = await setup();
    const tokens = createDirectTokens(kakao);
    await tokens.save('u', set);
    emulator.state.accessTokens.delete(set.accessToken); // Kakao forgot the access token
    const me = await tokens.call('u', (accessToken) => getUser(kakao, { accessToken }), { idempotent: true });
    expect(me.id).toBe('1376016924426111111');
    const fresh = await tokens.getAccessToken('u');
    emulator.state.accessTokens.delete(fresh);
    await expect(tokens.call('u', (accessToken) => getUser(kakao, { accessToken }))).rejects.toMatchObject({
      apiCode: -401,
    });
  });

  it('a refused refresh token ends the set with sign_in_required', async () => {
    const { kakao, set } = await setup();
    const tokens = createDirectTokens(kakao);
    await tokens.save('u', { ...set, accessTokenExpiresAt: 0, refreshToken: 'revoked-refresh-token' });
    const error = await tokens.getAccessToken('u').catch((e: unknown) => e);
    expect(signInReason(error)).toBe('refresh_token_invalid');
    expect(signInReason(await tokens.getAccessToken('u').catch((e: unknown) => e))).toBe('no_tokens');
  });
});
