import { describe, expect, it } from 'vitest';
import { createEmulator, DEFAULT_REST_API_KEY } from '../../../src/emulator/index.js';
import { autoCode, get, postForm, redeem, testEmulator } from '../helpers.js';

describe('/.well-known/openid-configuration (spec §7.1)', () => {
  it('advertises exactly Kakao keys with the emulator URLs', async () => {
    const emulator = await testEmulator();
    const response = await get(emulator, `${emulator.authUrl}/.well-known/openid-configuration`);
    expect(response.headers.get('content-type')).toBe('application/json;charset=utf-8');
    const doc = await response.json();
    expect(Object.keys(doc).sort()).toEqual(
      [
        'issuer',
        'authorization_endpoint',
        'token_endpoint',
        'userinfo_endpoint',
        'jwks_uri',
        'token_endpoint_auth_methods_supported',
        'subject_types_supported',
        'id_token_signing_alg_values_supported',
        'request_uri_parameter_supported',
        'response_types_supported',
        'response_modes_supported',
        'grant_types_supported',
        'code_challenge_methods_supported',
        'claims_supported',
      ].sort(),
    );
    expect(doc.issuer).toBe('http://kauth.emulator.invalid');
    expect(doc.userinfo_endpoint).toBe('http://kapi.emulator.invalid/v1/oidc/userinfo');
    expect(doc.jwks_uri).toBe('http://kauth.emulator.invalid/.well-known/jwks.json');
    expect(doc.code_challenge_methods_supported).toEqual(['S256']);
    expect(doc.token_endpoint_auth_methods_supported).toEqual(['client_secret_post']);
  });

  it('uses a configured issuer in discovery and id_tokens', async () => {
    const emulator = createEmulator({ issuer: 'https://kauth.kakao.com', autoLogin: true });
    const doc = await (await get(emulator, `${emulator.authUrl}/.well-known/openid-configuration`)).json();
    expect(doc.issuer).toBe('https://kauth.kakao.com');
    const body = await (await redeem(emulator, await autoCode(emulator))).json();
    const info = await (
      await postForm(emulator, `${emulator.authUrl}/oauth/tokeninfo`, { id_token: body.id_token })
    ).json();
    expect(info.iss).toBe('https://kauth.kakao.com');
  });
});

describe('/.well-known/jwks.json (spec §7.2) and key rotation', () => {
  it('publishes RS256 keys with 30-hex kids; rotation keeps the previous key published', async () => {
    const emulator = await testEmulator();
    const before = (await (await get(emulator, `${emulator.authUrl}/.well-known/jwks.json`)).json()).keys;
    expect(before).toHaveLength(1);
    expect(before[0]).toEqual({
      kty: 'RSA',
      kid: expect.stringMatching(/^[0-9a-f]{30}$/),
      alg: 'RS256',
      use: 'sig',
      n: expect.any(String),
      e: 'AQAB',
    });
    const rotate = new Request(`${emulator.authUrl}/__emulator/keys/rotate`, { method: 'POST' });
    const rotated = await (await emulator.fetch(rotate)).json();
    const after = (await (await get(emulator, `${emulator.authUrl}/.well-known/jwks.json`)).json()).keys;
    expect(after.map((k: { kid: string }) => k.kid)).toEqual([rotated.kid, before[0].kid]);
  });
});

describe('/oauth/tokeninfo (spec §7.4)', () => {
  it('returns the payload of a valid id_token', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    const body = await (await redeem(emulator, await autoCode(emulator, { nonce: 'abc' }))).json();
    const response = await postForm(emulator, `${emulator.authUrl}/oauth/tokeninfo`, {
      id_token: body.id_token,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      aud: DEFAULT_REST_API_KEY,
      sub: '1376016924426111111',
      nonce: 'abc',
    });
  });

  it('tampered, expired, malformed or signed by a dropped key → 400 invalid_token KOE400', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    const { id_token } = await (await redeem(emulator, await autoCode(emulator))).json();
    const [h, p, s] = id_token.split('.');
    const tampered = `${h}.${p}x.${s}`;
    const info = (token: string) =>
      postForm(emulator, `${emulator.authUrl}/oauth/tokeninfo`, { id_token: token });
    for (const token of [tampered, 'not.a.jwt', 'garbage']) {
      const response = await info(token);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'invalid_token', error_code: 'KOE400' });
    }
    await emulator.state.keys.rotate(0);
    expect((await (await info(id_token)).json()).error_code).toBe('KOE400');
    const fresh = (await (await redeem(emulator, await autoCode(emulator))).json()).id_token;
    emulator.state.clock.advance(6 * 3_600_000 + 1000);
    expect((await (await info(fresh)).json()).error_code).toBe('KOE400');
  });

  it('missing id_token → invalid_request', async () => {
    const emulator = await testEmulator();
    const response = await postForm(emulator, `${emulator.authUrl}/oauth/tokeninfo`, {});
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });
});
