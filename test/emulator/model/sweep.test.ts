import { describe, expect, it } from 'vitest';
import { DEFAULT_APP } from '../../../src/emulator/index.js';
import { issueCode } from '../../../src/emulator/model/codes.js';
import { createState } from '../../../src/emulator/model/state.js';
import { EXPIRED_TOKEN_MEMORY_MS, SWEEP_INTERVAL_MS } from '../../../src/emulator/model/sweep.js';
import {
  issueTokenPair,
  lookupAccessToken,
  refreshWith,
  type TokenGrant,
} from '../../../src/emulator/model/tokens.js';

const grant: TokenGrant = {
  appId: DEFAULT_APP.id,
  clientId: DEFAULT_APP.restApiKey,
  platform: 'rest',
  userId: '1376016924426111111',
  scopes: ['profile_nickname'],
  withIdToken: false,
  authTime: 0,
};
const codeGrant = {
  appId: DEFAULT_APP.id,
  clientId: DEFAULT_APP.restApiKey,
  platform: 'rest' as const,
  userId: '1376016924426111111',
  redirectUri: 'http://127.0.0.1:8719/callback',
  scopes: ['profile_nickname'],
  withIdToken: false,
  authTime: 0,
};
const HOUR = 3_600_000;

function setup() {
  return createState({ clock: () => Date.UTC(2026, 0, 1) });
}

describe('sweeping expired codes and tokens (memory of a long-running emulator)', () => {
  it('drops unredeemed codes once they expired, at the next issuance after the interval', () => {
    const state = setup();
    const old = issueCode(state, codeGrant);
    state.clock.advance(state.settings.codeTtlMs + SWEEP_INTERVAL_MS);
    const fresh = issueCode(state, codeGrant);
    expect(state.codes.has(old.code)).toBe(false);
    expect(state.codes.has(fresh.code)).toBe(true);
  });

  it('sweeps at most once per interval of emulator time', () => {
    const state = setup();
    issueCode(state, codeGrant);
    state.clock.advance(SWEEP_INTERVAL_MS);
    const expiring = issueCode(state, codeGrant);
    state.clock.advance(state.settings.codeTtlMs);
    state.codes.set('planted', { ...expiring, code: 'planted' });
    issueCode(state, codeGrant); // sweeps: the interval has passed
    expect(state.codes.has('planted')).toBe(false);
    state.codes.set('planted', { ...expiring, code: 'planted' });
    issueCode(state, codeGrant); // same instant: not due again
    expect(state.codes.has('planted')).toBe(true);
  });

  it('still knows an expired access token as expired for a day, then forgets it', () => {
    const state = setup();
    const { access } = issueTokenPair(state, grant);
    state.clock.advance(6 * HOUR + SWEEP_INTERVAL_MS);
    issueTokenPair(state, grant);
    expect(lookupAccessToken(state, access.token).status).toBe('expired');
    state.clock.advance(EXPIRED_TOKEN_MEMORY_MS);
    issueTokenPair(state, grant);
    expect(lookupAccessToken(state, access.token).status).toBe('unknown');
  });

  it('never drops a live token, and refreshing sweeps too', () => {
    const state = setup();
    const long = issueTokenPair(state, grant);
    const { access } = issueTokenPair(state, grant);
    state.clock.advance(6 * HOUR + EXPIRED_TOKEN_MEMORY_MS + SWEEP_INTERVAL_MS);
    const refreshed = refreshWith(state, long.refresh);
    expect(state.accessTokens.has(access.token)).toBe(false);
    expect(state.refreshTokens.has(long.refresh.token)).toBe(true);
    expect(lookupAccessToken(state, refreshed.access.token).status).toBe('live');
  });

  it('keeps sweeping after the clock is set back', () => {
    const state = setup();
    issueCode(state, codeGrant);
    state.clock.set(Date.UTC(2025, 0, 1));
    const old = issueCode(state, codeGrant);
    state.clock.advance(state.settings.codeTtlMs + SWEEP_INTERVAL_MS);
    issueCode(state, codeGrant);
    expect(state.codes.has(old.code)).toBe(false);
  });
});
