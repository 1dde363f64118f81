// Our client + OIDC code against our own emulator, in-process: login with nonce and PKCE, the
// id_token verified on the exchange, key rotation (old kid gone, new one fetched once), tokeninfo.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createEmulator,
  DEFAULT_REDIRECT_URI,
  DEFAULT_REST_API_KEY,
  DEFAULT_USERS,
  type Emulator,
} from '../../src/emulator/index.js';
import {
  buildAuthorizationUrl,
  createKakaoClient,
  exchangeCode,
  generateNonce,
  generatePkce,
  generateState,
  getOidcUserInfo,
  getTokenInfo,
  JWKS_COOLDOWN_MS,
  KakaoAuthError,
  type KakaoClient,
  parseCallback,
  verifyIdToken,
} from '../../src/index.js';

interface Setup {
  emulator: Emulator;
  kakao: KakaoClient;
  clock: { now: number };
  jwksFetches: () => number;
}

async function setup(): Promise<Setup> {
  const clock = { now: Date.UTC(2026, 0, 15, 3, 0, 0) };
  const emulator = await createEmulator({ autoLogin: true, clock: () => clock.now });
  const urls: string[] = [];
  const kakao = createKakaoClient({
    restApiKey: DEFAULT_REST_API_KEY,
    redirectUri: DEFAULT_REDIRECT_URI,
    authUrl: emulator.authUrl,
    apiUrl: emulator.apiUrl,
    clock: () => clock.now,
    retry: false,
    fetch: (request) => {
      urls.push(request.url);
      return emulator.fetch(request);
    },
  });
  const jwksFetches = () => urls.filter((url) => url.endsWith('/.well-known/jwks.json')).length;
  return { emulator, kakao, clock, jwksFetches };
}

async function login({ emulator, kakao }: Setup, nonce: string) {
  const state = generateState();
  const pkce = await generatePkce();
  const url = buildAuthorizationUrl(kakao, {
    state,
    nonce,
    codeChallenge: pkce.codeChallenge,
    scope: ['openid'],
  });
  const response = await emulator.fetch(new Request(url));
  const location = response.headers.get('location');
  if (!location) throw new Error(`the emulator answered ${response.status} without a redirect`);
  const { code } = parseCallback(location, { expectedState: state });
  return exchangeCode(kakao, { code, codeVerifier: pkce.codeVerifier }, { nonce });
}

let shared: Setup;
beforeAll(async () => {
  shared = await setup();
});

describe('against the emulator', () => {
  it('verifies the id_token of a login with nonce and PKCE', async () => {
    const nonce = generateNonce();
    const tokens = await login(shared, nonce);
    expect(tokens.idTokenClaims?.sub).toBe(DEFAULT_USERS[0]?.id);
    expect(tokens.idTokenClaims?.aud).toBe(DEFAULT_REST_API_KEY);
    expect(tokens.idTokenClaims?.nonce).toBe(nonce);
  });

  it('reads OIDC userinfo for the logged-in user', async () => {
    const tokens = await login(shared, generateNonce());
    const info = await getOidcUserInfo(shared.kakao, { accessToken: tokens.accessToken });
    expect(info.sub).toBe(tokens.idTokenClaims?.sub);
  });

  it('follows a key rotation with one JWKS fetch, then refuses tokens of the retired key', async () => {
    const s = await setup();
    const before = await login(s, 'nonce-before');
    expect(s.jwksFetches()).toBe(1);
    const rotate = await s.emulator.fetch(
      new Request(`${s.emulator.authUrl}/__emulator/keys/rotate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ retain: 0 }),
      }),
    );
    expect(rotate.status).toBe(200);
    s.clock.now += JWKS_COOLDOWN_MS;
    const after = await login(s, 'nonce-after');
    expect(after.idTokenClaims?.sub).toBe(before.idTokenClaims?.sub);
    expect(s.jwksFetches()).toBe(2);
    await expect(verifyIdToken(s.kakao, before.idToken!, { nonce: 'nonce-before' })).rejects.toMatchObject({
      code: 'ID_TOKEN_KID_UNKNOWN',
    });
    expect(s.jwksFetches()).toBe(2);
  });

  it('decodes an id_token with the debug-only tokeninfo, and maps a bad one to KakaoAuthError', async () => {
    const nonce = generateNonce();
    const tokens = await login(shared, nonce);
    const info = await getTokenInfo(shared.kakao, { idToken: tokens.idToken! });
    expect(info.sub).toBe(tokens.idTokenClaims?.sub);
    expect(info.nonce).toBe(nonce);
    const [header, payload] = tokens.idToken!.split('.');
    const forged = `${header}.${payload}.AAAA`;
    const error = await getTokenInfo(shared.kakao, { idToken: forged }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KakaoAuthError);
    expect(error).toMatchObject({ status: 400, error: 'invalid_token' });
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(forged);
  });
});
