import { createLocalJWKSet, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { DEFAULT_APP } from '../../../src/emulator/index.js';
import { DEFAULT_JAVASCRIPT_KEY } from '../../../src/emulator/model/defaults.js';
import { unlink } from '../../../src/emulator/model/links.js';
import { autoCode, get, redeem, refresh, testEmulator } from '../helpers.js';

const DAY = 86_400_000;

async function login(options: Parameters<typeof testEmulator>[0] = {}) {
  const emulator = await testEmulator({ autoLogin: true, ...options });
  const tokens = await (await redeem(emulator, await autoCode(emulator, { nonce: 'n-login' }))).json();
  return { emulator, tokens };
}

async function claimsOf(emulator: Awaited<ReturnType<typeof testEmulator>>, idToken: string) {
  const jwks = createLocalJWKSet(
    await (await get(emulator, `${emulator.authUrl}/.well-known/jwks.json`)).json(),
  );
  return (await jwtVerify(idToken, jwks, { currentDate: new Date(emulator.state.clock.now()) })).payload;
}

describe('/oauth/token refresh_token (spec §5)', () => {
  it('with 30+ days left: new access token and id_token, no refresh_token, no scope', async () => {
    const { emulator, tokens } = await login();
    emulator.state.clock.advance(DAY);
    const response = await refresh(emulator, tokens.refresh_token);
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'id_token', 'token_type']);
    expect(body.access_token).not.toBe(tokens.access_token);
    expect(body.expires_in).toBe(21600);
    const claims = await claimsOf(emulator, body.id_token);
    expect(claims.nonce).toBeUndefined();
    expect(claims.auth_time).toBe(Math.floor((emulator.state.clock.now() - DAY) / 1000));
    expect(claims.iat).toBe(Math.floor(emulator.state.clock.now() / 1000));
    // The same refresh token keeps working.
    expect((await refresh(emulator, tokens.refresh_token)).status).toBe(200);
  });

  it('the previous access token stays valid until its own expiry (configurable)', async () => {
    const { emulator, tokens } = await login();
    await refresh(emulator, tokens.refresh_token);
    expect(emulator.state.accessTokens.has(tokens.access_token)).toBe(true);
    emulator.state.settings.revokeAccessTokenOnRefresh = true;
    await refresh(emulator, tokens.refresh_token);
    expect(emulator.state.accessTokens.has(tokens.access_token)).toBe(false);
  });

  it('under 30 days left: rotates; the new one has 60 days; the old one → KOE322', async () => {
    const { emulator, tokens } = await login();
    emulator.state.clock.advance(31 * DAY);
    const body = await (await refresh(emulator, tokens.refresh_token)).json();
    expect(body.refresh_token).toMatch(/^[A-Za-z0-9_-]{60}$/);
    expect(body.refresh_token).not.toBe(tokens.refresh_token);
    expect(body.refresh_token_expires_in).toBe(60 * 86400);
    const old = await refresh(emulator, tokens.refresh_token);
    expect(old.status).toBe(400);
    expect(await old.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'expired_or_invalid_refresh_token',
      error_code: 'KOE322',
    });
    expect((await refresh(emulator, body.refresh_token)).status).toBe(200);
  });

  it('exactly 30 days left does not rotate', async () => {
    const { emulator, tokens } = await login();
    emulator.state.clock.advance(30 * DAY);
    expect((await (await refresh(emulator, tokens.refresh_token)).json()).refresh_token).toBeUndefined();
  });

  it('expired, garbage, revoked (unlink) or another key → KOE322; missing → KOE319', async () => {
    const { emulator, tokens } = await login();
    const code = async (r: Response) => (await r.json()).error_code;
    expect(await code(await refresh(emulator, 'garbage'))).toBe('KOE322');
    expect(
      await code(await refresh(emulator, tokens.refresh_token, { client_id: DEFAULT_JAVASCRIPT_KEY })),
    ).toBe('KOE322');
    const missing = await refresh(emulator, '');
    expect(await missing.json()).toMatchObject({ error: 'invalid_request', error_code: 'KOE319' });
    emulator.state.clock.advance(60 * DAY);
    expect(await code(await refresh(emulator, tokens.refresh_token))).toBe('KOE322');
    const again = await login();
    unlink(again.emulator.state, DEFAULT_APP, '1376016924426111111');
    expect(await code(await refresh(again.emulator, again.tokens.refresh_token))).toBe('KOE322');
  });

  it('no id_token on refresh when the chain started without one', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    emulator.state.apps[0]!.oidc = false;
    const tokens = await (await redeem(emulator, await autoCode(emulator))).json();
    expect((await (await refresh(emulator, tokens.refresh_token)).json()).id_token).toBeUndefined();
  });

  it('client secret ON applies to refresh too (KOE010)', async () => {
    const { emulator, tokens } = await login();
    emulator.state.apps[0]!.clientSecret = { enabled: true, value: 's3' };
    expect((await (await refresh(emulator, tokens.refresh_token)).json()).error_code).toBe('KOE010');
    expect((await refresh(emulator, tokens.refresh_token, { client_secret: 's3' })).status).toBe(200);
  });

  it('rate limits: refreshes count toward the 20 access tokens per 10 minutes (KOE237)', async () => {
    const { emulator, tokens } = await login({ settings: { rateLimits: true } });
    for (let i = 0; i < 19; i++) expect((await refresh(emulator, tokens.refresh_token)).status).toBe(200);
    expect((await (await refresh(emulator, tokens.refresh_token)).json()).error_code).toBe('KOE237');
  });
});
