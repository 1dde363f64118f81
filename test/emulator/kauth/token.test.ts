import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REDIRECT_URI, DEFAULT_REST_API_KEY } from '../../../src/emulator/index.js';
import { s256 } from '../../../src/emulator/kauth/pkce.js';
import { DEFAULT_JAVASCRIPT_KEY, DEFAULT_NATIVE_APP_KEY } from '../../../src/emulator/model/defaults.js';
import { authorizeUrl, autoCode, get, postForm, redeem, redirectParams, testEmulator } from '../helpers.js';

type Emu = Awaited<ReturnType<typeof testEmulator>>;
const USER = '1376016924426111111';
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

async function verifyWithJwks(emulator: Emu, idToken: string, audience = DEFAULT_REST_API_KEY) {
  const jwks = await (await get(emulator, `${emulator.authUrl}/.well-known/jwks.json`)).json();
  return jwtVerify(idToken, createLocalJWKSet(jwks), {
    issuer: emulator.authUrl,
    audience,
    algorithms: ['RS256'],
    currentDate: new Date(emulator.state.clock.now()),
  });
}

async function koe(response: Response) {
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

describe('/oauth/token authorization_code (spec §4)', () => {
  it('issues Kakao-shaped tokens and an RS256 id_token that jose verifies against the JWKS', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    const code = await autoCode(emulator, { nonce: 'nonce-1' });
    const response = await redeem(emulator, code);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
    const body = await response.json();
    expect(body.token_type).toBe('bearer');
    expect(body.access_token).toMatch(/^[A-Za-z0-9_-]{54,64}$/);
    expect(body.refresh_token).toMatch(/^[A-Za-z0-9_-]{54,64}$/);
    expect(body.expires_in).toBe(21600);
    expect(body.refresh_token_expires_in).toBe(5184000);
    expect(body.scope.split(' ')).toContain('openid');
    expect(body.scope.split(' ')).toContain('profile_nickname');
    const header = decodeProtectedHeader(body.id_token);
    expect(header).toEqual({ kid: expect.stringMatching(/^[0-9a-f]{30}$/), typ: 'JWT', alg: 'RS256' });
    const { payload } = await verifyWithJwks(emulator, body.id_token);
    const now = Math.floor(emulator.state.clock.now() / 1000);
    expect(payload).toEqual({
      iss: emulator.authUrl,
      aud: DEFAULT_REST_API_KEY,
      sub: USER,
      iat: now,
      exp: now + 21600,
      auth_time: now,
      nonce: 'nonce-1',
      nickname: '민준',
      picture: 'http://k.kakaocdn.net/dn/H_jwh9E/btsA1f/img_110x110.jpg',
      email: 'minjun.kim@example.com',
    });
  });

  it('expires_in is the floor of the remaining seconds (a clock that moves yields 21599)', async () => {
    let now = Date.UTC(2026, 0, 1);
    const emulator = await testEmulator({ autoLogin: true, clock: () => now++ });
    const body = await (await redeem(emulator, await autoCode(emulator))).json();
    expect(body.expires_in).toBe(21599);
    expect(body.refresh_token_expires_in).toBe(5183999);
  });

  it('access-token lifetime follows the platform of the key: JS 2 h, native 12 h', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    for (const [clientId, seconds] of [
      [DEFAULT_JAVASCRIPT_KEY, 7200],
      [DEFAULT_NATIVE_APP_KEY, 43200],
    ] as const) {
      const code = await autoCode(emulator, { client_id: clientId });
      const body = await (await redeem(emulator, code, { client_id: clientId })).json();
      expect(body.expires_in).toBe(seconds);
      expect((await verifyWithJwks(emulator, body.id_token, clientId)).payload.aud).toBe(clientId);
    }
  });

  it('email claim only when valid and verified; no picture without consent', async () => {
    const emulator = await testEmulator({ autoLogin: '1376016924426333333' });
    const body = await (await redeem(emulator, await autoCode(emulator))).json();
    const { payload } = await verifyWithJwks(emulator, body.id_token);
    expect(payload.email).toBeUndefined();
    expect(payload.nickname).toBe('지호');
    expect(payload.picture).toBeTruthy();
    emulator.state.links.values().next().value!.agreedScopes.delete('profile_image');
    const again = await (await redeem(emulator, await autoCode(emulator))).json();
    expect((await verifyWithJwks(emulator, again.id_token)).payload.picture).toBeUndefined();
  });

  it('no id_token when OIDC is off, unless openid was requested', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    emulator.state.apps[0]!.oidc = false;
    const plain = await (await redeem(emulator, await autoCode(emulator))).json();
    expect(plain.id_token).toBeUndefined();
    expect(plain.scope.split(' ')).not.toContain('openid');
    const oidc = await (await redeem(emulator, await autoCode(emulator, { scope: 'openid' }))).json();
    expect(oidc.id_token).toBeTruthy();
    expect(oidc.scope.split(' ')).toContain('openid');
  });

  it('a code is single-use: the second redemption → KOE320, the first tokens stay valid', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    const code = await autoCode(emulator);
    const first = await (await redeem(emulator, code)).json();
    const second = await koe(await redeem(emulator, code));
    expect(second.status).toBe(400);
    expect(second.body).toMatchObject({ error: 'invalid_grant', error_code: 'KOE320' });
    expect(second.body.error_description).not.toContain(code);
    expect(emulator.state.accessTokens.has(first.access_token)).toBe(true);
  });

  it('an expired code (10 min) or an unknown one → KOE320', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    const code = await autoCode(emulator);
    emulator.state.clock.advance(10 * 60_000);
    expect((await koe(await redeem(emulator, code))).body.error_code).toBe('KOE320');
    expect((await koe(await redeem(emulator, 'garbage'))).body.error_code).toBe('KOE320');
  });

  it('a different redirect_uri → KOE303; a code of another key of the app → KOE114', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    const mismatch = await redeem(emulator, await autoCode(emulator), {
      redirect_uri: 'http://localhost:3000/auth/kakao/callback',
    });
    expect((await koe(mismatch)).body).toMatchObject({ error: 'invalid_grant', error_code: 'KOE303' });
    const jsCode = await autoCode(emulator, { client_id: DEFAULT_JAVASCRIPT_KEY });
    expect((await koe(await redeem(emulator, jsCode))).body).toMatchObject({
      error: 'invalid_grant',
      error_code: 'KOE114',
    });
  });

  it('a code of another app → KOE320', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    emulator.state.apps.push({
      ...emulator.state.apps[0]!,
      id: 7654321,
      restApiKey: 'otherkey',
      adminKey: 'otheradmin',
    });
    const code = await autoCode(emulator);
    expect((await koe(await redeem(emulator, code, { client_id: 'otherkey' }))).body.error_code).toBe(
      'KOE320',
    );
  });

  it('unknown client → 400 invalid_client KOE101', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    const result = await koe(await redeem(emulator, await autoCode(emulator), { client_id: 'nope' }));
    expect(result).toMatchObject({ status: 400, body: { error: 'invalid_client', error_code: 'KOE101' } });
  });

  it('client secret ON: missing or wrong → 401 KOE010 with WWW-Authenticate; right → 200', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    emulator.state.apps[0]!.clientSecret = { enabled: true, value: 'the-secret' };
    for (const extra of [{}, { client_secret: 'wrong' }] as Record<string, string>[]) {
      const response = await redeem(emulator, await autoCode(emulator), extra);
      expect(response.headers.get('www-authenticate')).toBeTruthy();
      const result = await koe(response);
      expect(result).toMatchObject({ status: 401, body: { error: 'invalid_client', error_code: 'KOE010' } });
      expect(JSON.stringify(result.body)).not.toContain('the-secret');
    }
    expect((await redeem(emulator, await autoCode(emulator), { client_secret: 'the-secret' })).status).toBe(
      200,
    );
  });

  it('PKCE S256: right verifier → 200; missing or wrong → invalid_grant; without a challenge the verifier is ignored', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    const challenge = await s256(VERIFIER);
    const pkce = { code_challenge: challenge, code_challenge_method: 'S256' };
    expect((await redeem(emulator, await autoCode(emulator, pkce), { code_verifier: VERIFIER })).status).toBe(
      200,
    );
    expect((await koe(await redeem(emulator, await autoCode(emulator, pkce)))).body.error).toBe(
      'invalid_grant',
    );
    const wrong = await redeem(emulator, await autoCode(emulator, pkce), { code_verifier: `${VERIFIER}x` });
    expect((await koe(wrong)).body.error).toBe('invalid_grant');
    expect((await redeem(emulator, await autoCode(emulator), { code_verifier: 'anything' })).status).toBe(
      200,
    );
  });

  it('missing parameters → invalid_request', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    const code = await autoCode(emulator);
    const url = `${emulator.authUrl}/oauth/token`;
    const base = {
      grant_type: 'authorization_code',
      client_id: DEFAULT_REST_API_KEY,
      redirect_uri: DEFAULT_REDIRECT_URI,
      code,
    };
    for (const name of ['client_id', 'redirect_uri', 'code'] as const) {
      const { [name]: _, ...form } = base;
      const result = await koe(await postForm(emulator, url, form));
      expect(result).toMatchObject({ status: 400, body: { error: 'invalid_request', error_code: 'KOE207' } });
    }
    const noGrant = await koe(await postForm(emulator, url, { client_id: DEFAULT_REST_API_KEY }));
    expect(noGrant.body).toMatchObject({ error: 'invalid_request', error_code: 'KOE310' });
    const badGrant = await koe(await postForm(emulator, url, { ...base, grant_type: 'password' }));
    expect(badGrant.body).toMatchObject({ error: 'unsupported_grant_type', error_code: 'KOE310' });
  });

  it('requires a form body; GET → 405', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    const json = await emulator.fetch(
      new Request(`${emulator.authUrl}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
    );
    expect((await koe(json)).body).toMatchObject({ error: 'invalid_request', error_code: 'KOE001' });
    expect((await get(emulator, `${emulator.authUrl}/oauth/token`)).status).toBe(405);
  });

  it('rate limits (switchable): the 21st access token within 10 minutes → KOE237', async () => {
    const emulator = await testEmulator({ autoLogin: true, settings: { rateLimits: true } });
    for (let i = 0; i < 20; i++) expect((await redeem(emulator, await autoCode(emulator))).status).toBe(200);
    const limited = await koe(await redeem(emulator, await autoCode(emulator)));
    expect(limited.body).toMatchObject({ error: 'invalid_request', error_code: 'KOE237' });
    emulator.state.clock.advance(10 * 60_000);
    expect((await redeem(emulator, await autoCode(emulator))).status).toBe(200);
  });

  it('rate limits are off by default', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    for (let i = 0; i < 25; i++) expect((await redeem(emulator, await autoCode(emulator))).status).toBe(200);
  });

  it('a code whose user was unlinked before redemption → KOE320', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    const code = await autoCode(emulator);
    emulator.state.links.clear();
    expect((await koe(await redeem(emulator, code))).body.error_code).toBe('KOE320');
  });

  it('auth_time is the sign-in time; prompt=login renews it', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    const signedIn = Math.floor(emulator.state.clock.now() / 1000);
    await autoCode(emulator);
    emulator.state.clock.advance(3_600_000);
    const later = await (await redeem(emulator, await autoCode(emulator))).json();
    expect((await verifyWithJwks(emulator, later.id_token)).payload.auth_time).toBe(signedIn);
    const relogin = await get(emulator, authorizeUrl(emulator, { prompt: 'login' }));
    const fresh = await (await redeem(emulator, redirectParams(relogin).get('code')!)).json();
    expect((await verifyWithJwks(emulator, fresh.id_token)).payload.auth_time).toBe(signedIn + 3600);
  });
});
