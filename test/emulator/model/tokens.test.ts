import { describe, expect, it } from 'vitest';
import { DEFAULT_APP } from '../../../src/emulator/index.js';
import { createState } from '../../../src/emulator/model/state.js';
import {
  issueTokenPair,
  lookupAccessToken,
  lookupRefreshToken,
  refreshWith,
  remainingSeconds,
  revokeTokenChain,
  revokeUserTokens,
  type TokenGrant,
} from '../../../src/emulator/model/tokens.js';

const DAY = 86_400_000;
const grant: TokenGrant = {
  appId: DEFAULT_APP.id,
  clientId: DEFAULT_APP.restApiKey,
  platform: 'rest',
  userId: '1376016924426111111',
  scopes: ['profile_nickname'],
  withIdToken: true,
  authTime: 0,
};

function setup() {
  const state = createState({ clock: () => Date.UTC(2026, 0, 1) });
  return { state, ...issueTokenPair(state, grant) };
}

describe('tokens', () => {
  it('issues opaque URL-safe tokens with Kakao lifetimes per platform', () => {
    const { state, access, refresh } = setup();
    expect(access.token).toMatch(/^[A-Za-z0-9_-]{60}$/);
    expect(access.expiresAt - access.issuedAt).toBe(6 * 3_600_000);
    expect(refresh.expiresAt - refresh.issuedAt).toBe(60 * DAY);
    const js = issueTokenPair(state, { ...grant, platform: 'js' }).access;
    const native = issueTokenPair(state, { ...grant, platform: 'native' }).access;
    expect(js.expiresAt - js.issuedAt).toBe(2 * 3_600_000);
    expect(native.expiresAt - native.issuedAt).toBe(12 * 3_600_000);
  });

  it('tells unknown from expired access tokens', () => {
    const { state, access } = setup();
    expect(lookupAccessToken(state, access.token).status).toBe('live');
    expect(lookupAccessToken(state, 'nope').status).toBe('unknown');
    state.clock.advance(6 * 3_600_000);
    expect(lookupAccessToken(state, access.token).status).toBe('expired');
  });

  it('computes expires_in as floored remaining seconds', () => {
    expect(remainingSeconds(21_600_000, 0)).toBe(21600);
    expect(remainingSeconds(21_600_000, 1)).toBe(21599);
    expect(remainingSeconds(0, 5)).toBe(0);
  });

  it('does not rotate a refresh token with 30 days or more left', () => {
    const { state, refresh } = setup();
    state.clock.advance(30 * DAY);
    const result = refreshWith(state, refresh);
    expect(result.rotated).toBeUndefined();
    expect(lookupRefreshToken(state, refresh.token).status).toBe('live');
    expect(result.access.refreshToken).toBe(refresh.token);
  });

  it('rotates when under 30 days remain, and the old refresh token dies', () => {
    const { state, refresh } = setup();
    state.clock.advance(30 * DAY + 1);
    const result = refreshWith(state, refresh);
    expect(result.rotated?.token).toBeDefined();
    expect(result.rotated?.token).not.toBe(refresh.token);
    expect(lookupRefreshToken(state, refresh.token).status).toBe('unknown');
    expect(result.rotated?.withIdToken).toBe(true);
    expect(result.rotated!.expiresAt - state.clock.now()).toBe(60 * DAY);
  });

  it('bearer logout kills the token, its refresh token, and nothing else', () => {
    const { state, access, refresh } = setup();
    const other = issueTokenPair(state, grant);
    revokeTokenChain(state, access);
    expect(lookupAccessToken(state, access.token).status).toBe('unknown');
    expect(lookupRefreshToken(state, refresh.token).status).toBe('unknown');
    expect(lookupAccessToken(state, other.access.token).status).toBe('live');
    revokeUserTokens(state, grant.appId, grant.userId);
    expect(lookupAccessToken(state, other.access.token).status).toBe('unknown');
    expect(state.refreshTokens.size).toBe(0);
  });

  it('bearer logout with an access token from before a rotation still ends the rotated chain', () => {
    const { state, refresh } = setup();
    state.clock.advance(2 * 3_600_000);
    const before = refreshWith(state, refresh).access; // no rotation yet: 60 days minus 2 h left
    // Rotate on the next refresh while `before` is still live (a logout needs a live token).
    state.settings.refreshRotationThresholdMs = 61 * DAY;
    state.clock.advance(3_600_000);
    const { rotated, access: after } = refreshWith(state, refresh);
    expect(rotated).toBeDefined();
    expect(lookupAccessToken(state, before.token).status).toBe('live');
    revokeTokenChain(state, before);
    expect(lookupRefreshToken(state, rotated!.token).status).toBe('unknown');
    expect(lookupAccessToken(state, after.token).status).toBe('unknown');
  });
});
