/**
 * Our own client's kapi calls end to end against the emulator, in-process: the emulator's handler
 * is the client's `fetch`, and both share the emulator's clock. Tokens come from the real
 * authorize → code → token flow.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ADMIN_KEY,
  DEFAULT_REDIRECT_URI,
  DEFAULT_REST_API_KEY,
  type EmulatorOptions,
} from '../../../src/emulator/index.js';
import {
  buildAuthorizationUrl,
  createKakaoClient,
  exchangeCode,
  generateState,
  getAccessTokenInfo,
  getScopes,
  getServiceTerms,
  getShippingAddresses,
  getUser,
  getUsers,
  KakaoApiError,
  listUserIdPages,
  listUserIds,
  logout,
  parseCallback,
  refreshTokens,
  revokeScopes,
  revokeServiceTerms,
  signup,
  unlink,
  updateProfile,
  upgradeServiceTerms,
} from '../../../src/index.js';
import { appConfig, HAEUN, JIHO, kapiEmulator, MINJUN, modelTokens, SEOYEON } from './kapi-helpers.js';

async function setup(options: EmulatorOptions = {}) {
  const emulator = await kapiEmulator(options);
  const kakao = createKakaoClient({
    restApiKey: DEFAULT_REST_API_KEY,
    redirectUri: DEFAULT_REDIRECT_URI,
    adminKey: DEFAULT_ADMIN_KEY,
    authUrl: emulator.authUrl,
    apiUrl: emulator.apiUrl,
    fetch: emulator.fetch,
    clock: () => emulator.state.clock.now(),
    retry: false,
  });
  return { emulator, kakao };
}

type Setup = Awaited<ReturnType<typeof setup>>;

async function login({ emulator, kakao }: Setup, scope?: string[]) {
  const state = generateState();
  const url = buildAuthorizationUrl(kakao, { state, ...(scope ? { scope } : {}) });
  const redirect = await emulator.fetch(new Request(url));
  const { code } = parseCallback(redirect.headers.get('location')!, { expectedState: state });
  return exchangeCode(kakao, { code });
}

async function apiError(promise: Promise<unknown>): Promise<KakaoApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KakaoApiError);
  return error as KakaoApiError;
}

describe('our client against the emulator: user calls', () => {
  it('reads the user and token info with exact 64-bit ids', async () => {
    const s = await setup();
    const tokens = await login(s);
    const user = await getUser(s.kakao, { accessToken: tokens.accessToken });
    expect(user.id).toBe(MINJUN);
    expect(user.kakao_account?.email).toBe('minjun.kim@example.com');
    expect(user.kakao_account?.profile?.profile_image_url).toMatch(/^https:\/\//);
    const info = await getAccessTokenInfo(s.kakao, { accessToken: tokens.accessToken });
    expect(info).toMatchObject({ id: MINJUN, expires_in: 21600, app_id: '1234567' });
  });

  it('reads the user with POST and property_keys, and by admin key', async () => {
    const s = await setup();
    const tokens = await login(s);
    const viaPost = await getUser(s.kakao, {
      accessToken: tokens.accessToken,
      method: 'POST',
      propertyKeys: ['kakao_account.email'],
    });
    expect(viaPost.kakao_account).toEqual({
      email_needs_agreement: false,
      is_email_valid: true,
      is_email_verified: true,
      email: 'minjun.kim@example.com',
    });
    expect((await getUser(s.kakao, { userId: MINJUN })).id).toBe(MINJUN);
  });

  it('refresh keeps kapi working; logout kills the token (-401)', async () => {
    const s = await setup();
    const tokens = await login(s);
    const refreshed = await refreshTokens(s.kakao, tokens);
    expect((await getUser(s.kakao, { accessToken: refreshed.accessToken })).id).toBe(MINJUN);
    expect(await logout(s.kakao, { accessToken: refreshed.accessToken })).toEqual({ id: MINJUN });
    const error = await apiError(getUser(s.kakao, { accessToken: refreshed.accessToken }));
    expect(error).toMatchObject({ apiCode: -401, status: 401 });
    expect(String(error.message)).not.toContain(refreshed.accessToken);
  });

  it('scopes: list, revoke optional, refuse required (-3)', async () => {
    const s = await setup();
    const { accessToken } = await login(s);
    const scopes = await getScopes(s.kakao, { accessToken, scopes: ['account_email'] });
    expect(scopes).toMatchObject({ id: MINJUN, scopes: [{ id: 'account_email', agreed: true }] });
    const after = await revokeScopes(s.kakao, { accessToken, scopes: ['account_email'] });
    expect(after.scopes.find((scope) => scope.id === 'account_email')?.agreed).toBe(false);
    const error = await apiError(revokeScopes(s.kakao, { accessToken, scopes: ['profile_nickname'] }));
    expect(error).toMatchObject({ apiCode: -3, status: 403 });
  });

  it('service terms: read, upgrade, revoke', async () => {
    const s = await setup();
    const { accessToken } = await login(s);
    await revokeServiceTerms(s.kakao, { accessToken, tags: ['marketing'] });
    const upgraded = await upgradeServiceTerms(s.kakao, { accessToken, tags: ['marketing'] });
    expect(upgraded.agreed_service_terms).toEqual([
      { tag: 'marketing', agreed: true, agreed_at: '2026-01-15T03:00:00Z', agreed_by: 'KAPI' },
    ]);
    const terms = await getServiceTerms(s.kakao, {
      accessToken,
      result: 'app_service_terms',
      tags: ['marketing'],
    });
    expect(terms.service_terms).toEqual([
      {
        tag: 'marketing',
        required: false,
        agreed: true,
        revocable: true,
        agreed_at: '2026-01-15T03:00:00Z',
        agreed_by: 'KAPI',
      },
    ]);
    const revoked = await revokeServiceTerms(s.kakao, { accessToken, tags: ['marketing'] });
    expect(revoked).toEqual({ id: MINJUN, revoked_service_terms: [{ tag: 'marketing', agreed: false }] });
  });

  it('shipping addresses after consenting through authorize', async () => {
    const s = await setup();
    const before = await login(s);
    const none = await getShippingAddresses(s.kakao, { accessToken: before.accessToken });
    expect(none).toMatchObject({
      user_id: MINJUN,
      shipping_addresses_needs_agreement: true,
      shipping_addresses: [],
    });
    const { accessToken } = await login(s, ['shipping_address']);
    const page = await getShippingAddresses(s.kakao, { accessToken, pageSize: 2 });
    expect(page.shipping_addresses.map((a) => a.id)).toEqual(['301', '302']);
    expect(page.nextFromUpdatedAt).toBe(1709251200);
  });

  it('update_profile, then -201 for an unknown key', async () => {
    const s = await setup();
    const { accessToken } = await login(s);
    expect(await updateProfile(s.kakao, { accessToken, properties: { grade: 'gold' } })).toEqual({
      id: MINJUN,
    });
    expect((await getUser(s.kakao, { accessToken })).properties).toMatchObject({ grade: 'gold' });
    const error = await apiError(updateProfile(s.kakao, { accessToken, properties: { shoe: '270' } }));
    expect(error).toMatchObject({ apiCode: -201, status: 400 });
  });

  it('signup with auto-link off, -102 the second time', async () => {
    const s = await setup({ config: appConfig({ autoLink: false }) });
    const { accessToken } = await login(s);
    expect((await getUser(s.kakao, { accessToken })).has_signed_up).toBe(false);
    expect(await signup(s.kakao, { accessToken, properties: { level: '1' } })).toEqual({ id: MINJUN });
    expect((await getUser(s.kakao, { accessToken })).has_signed_up).toBe(true);
    expect(await apiError(signup(s.kakao, { accessToken }))).toMatchObject({ apiCode: -102 });
  });

  it('unlink ends the link: token -401, admin read -101', async () => {
    const s = await setup();
    const { accessToken } = await login(s);
    expect(await unlink(s.kakao, { accessToken })).toEqual({ id: MINJUN });
    expect(await apiError(getUser(s.kakao, { accessToken }))).toMatchObject({ apiCode: -401 });
    expect(await apiError(getUser(s.kakao, { userId: MINJUN }))).toMatchObject({ apiCode: -101 });
  });
});

describe('our client against the emulator: admin calls', () => {
  async function linked() {
    const s = await setup();
    for (const id of [MINJUN, SEOYEON, JIHO, HAEUN]) modelTokens(s.emulator, id, ['profile_nickname']);
    return s;
  }

  it('lists user ids page by page, following after_url', async () => {
    const s = await linked();
    const first = await listUserIds(s.kakao, { limit: 3 });
    expect(first.elements).toEqual([MINJUN, SEOYEON, JIHO]);
    const all: string[] = [];
    for await (const page of listUserIdPages(s.kakao, { limit: 3 })) all.push(...page.elements);
    expect(all).toEqual([MINJUN, SEOYEON, JIHO, HAEUN]);
  });

  it('reads several users, with and without property_keys', async () => {
    const s = await linked();
    const plain = await getUsers(s.kakao, { userIds: [MINJUN, BigInt(SEOYEON)] });
    expect(plain.map((u) => u.id)).toEqual([MINJUN, SEOYEON]);
    expect(plain[0]).not.toHaveProperty('kakao_account');
    const detailed = await getUsers(s.kakao, { userIds: [JIHO], propertyKeys: ['kakao_account.profile'] });
    expect(detailed[0]?.kakao_account?.profile?.nickname).toBe('지호');
  });

  it('logs a user out everywhere and admin-unlinks', async () => {
    const s = await linked();
    const tokens = await login(s);
    expect(await logout(s.kakao, { userId: MINJUN })).toEqual({ id: MINJUN });
    expect(await apiError(getUser(s.kakao, { accessToken: tokens.accessToken }))).toMatchObject({
      apiCode: -401,
    });
    expect(await unlink(s.kakao, { userId: SEOYEON })).toEqual({ id: SEOYEON });
    expect((await listUserIds(s.kakao)).elements).toEqual([MINJUN, JIHO, HAEUN]);
  });

  it('a 429 -10 from /v1/user/ids surfaces as a KakaoApiError', async () => {
    const s = await setup({ settings: { rateLimits: true, userIdsPerMinute: 1 } });
    await listUserIds(s.kakao);
    expect(await apiError(listUserIds(s.kakao))).toMatchObject({ apiCode: -10, status: 429 });
  });
});
