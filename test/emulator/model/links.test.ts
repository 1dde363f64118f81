import { describe, expect, it } from 'vitest';
import { consumeCode, issueCode } from '../../../src/emulator/model/codes.js';
import {
  agreeScopes,
  agreeServiceTerms,
  ensureLink,
  revokeScopes,
  revokeServiceTerms,
  setProperties,
  signUp,
  unlink,
} from '../../../src/emulator/model/links.js';
import { getLink, isUnder14, resolveAdminTarget } from '../../../src/emulator/model/lookup.js';
import { createSession, getLiveSession } from '../../../src/emulator/model/sessions.js';
import { createState } from '../../../src/emulator/model/state.js';
import { issueTokenPair } from '../../../src/emulator/model/tokens.js';

const USER = '1376016924426111111';

function setup() {
  const state = createState({ clock: () => Date.UTC(2026, 0, 1) });
  const app = state.apps[0]!;
  return { state, app, link: ensureLink(state, app, USER) };
}

describe('links, consents, terms, properties', () => {
  it('revokes optional consents; required → -3; not agreed → -2; nothing changes on error', () => {
    const { app, link } = setup();
    agreeScopes(link, ['profile_nickname', 'account_email', 'gender']);
    expect(revokeScopes(app, link, ['profile_nickname', 'gender'])).toMatchObject({ ok: false, code: -3 });
    expect(link.agreedScopes.has('gender')).toBe(true);
    expect(revokeScopes(app, link, ['birthday'])).toMatchObject({ ok: false, code: -2 });
    expect(revokeScopes(app, link, ['gender', 'account_email'])).toEqual({
      ok: true,
      revoked: ['gender', 'account_email'],
    });
    expect([...link.agreedScopes]).toEqual(['profile_nickname']);
  });

  it('service terms: agreed once with agreed_by; only optional ones revocable', () => {
    const { state, app, link } = setup();
    expect(agreeServiceTerms(state, link, ['terms_of_use', 'marketing'], 'KAUTH')).toEqual([
      'terms_of_use',
      'marketing',
    ]);
    expect(agreeServiceTerms(state, link, ['marketing', 'privacy_policy'], 'KAPI')).toEqual([
      'privacy_policy',
    ]);
    expect(link.serviceTerms.get('privacy_policy')).toEqual({
      agreedAt: Date.UTC(2026, 0, 1),
      agreedBy: 'KAPI',
    });
    expect(link.synchedAt).toBe(Date.UTC(2026, 0, 1));
    expect(revokeServiceTerms(app, link, ['terms_of_use', 'marketing', 'nope'])).toEqual(['marketing']);
    expect(link.serviceTerms.has('terms_of_use')).toBe(true);
  });

  it('properties: only the app property keys (-201 otherwise)', () => {
    const { app, link } = setup();
    expect(setProperties(app, link, { grade: 'gold' })).toEqual({ ok: true });
    const bad = setProperties(app, link, { grade: 'x', age: '3' });
    expect(bad).toEqual({ ok: false, code: -201, msg: 'user property not found ([age] for appId=1234567)' });
    expect(link.properties).toEqual({ grade: 'gold' });
  });

  it('sign-up: auto-link users are signed up; auto-link off → pre-registered until signUp', () => {
    const { state, app, link } = setup();
    expect(link.hasSignedUp).toBe(true);
    expect(signUp(link)).toBe(false);
    const manual = ensureLink(state, { ...app, id: 99, autoLink: false }, USER);
    expect(manual.hasSignedUp).toBe(false);
    expect(signUp(manual)).toBe(true);
  });

  it('unlink removes the link and every token; false when not linked', () => {
    const { state, app } = setup();
    const grant = {
      appId: app.id,
      clientId: app.restApiKey,
      platform: 'rest' as const,
      userId: USER,
      scopes: [],
      withIdToken: false,
      authTime: 0,
    };
    issueTokenPair(state, grant);
    issueTokenPair(state, grant);
    expect(unlink(state, app, USER)).toBe(true);
    expect(getLink(state, app.id, USER)).toBeUndefined();
    expect(state.accessTokens.size + state.refreshTokens.size).toBe(0);
    expect(unlink(state, app, USER)).toBe(false);
  });

  it('admin target: missing/invalid → -2, unknown or unlinked → -101', () => {
    const { state, app } = setup();
    const target = (q: string) => resolveAdminTarget(state, app, new URLSearchParams(q));
    expect(target(`target_id_type=user_id&target_id=${USER}`)).toMatchObject({
      ok: true,
      user: { id: USER },
    });
    expect(target(`target_id=${USER}`)).toMatchObject({ ok: false, code: -2 });
    expect(target('target_id_type=user_id&target_id=abc')).toMatchObject({ ok: false, code: -2 });
    expect(target('target_id_type=user_id&target_id=1376016924426222222')).toMatchObject({
      ok: false,
      code: -101,
    });
    expect(target('target_id_type=user_id&target_id=42')).toMatchObject({ ok: false, code: -101 });
  });

  it('under-14 by birth year, else by age range', () => {
    const { state } = setup();
    const now = state.clock.now();
    expect(isUnder14(state.users.get('1376016924426444444')!, now)).toBe(true);
    expect(isUnder14(state.users.get(USER)!, now)).toBe(false);
    expect(isUnder14({ ...state.users.get(USER)!, birthyear: undefined, ageRange: '1~9' }, now)).toBe(true);
  });
});

describe('sessions and codes', () => {
  it('sessions expire after 24 h (30 days kept signed in), not sliding', () => {
    const { state } = setup();
    const short = createSession(state, USER, false);
    const kept = createSession(state, USER, true);
    state.clock.advance(24 * 3_600_000 - 1);
    expect(getLiveSession(state, short.id)).toBeDefined();
    state.clock.advance(1);
    expect(getLiveSession(state, short.id)).toBeUndefined();
    state.clock.advance(29 * 86_400_000 - 1);
    expect(getLiveSession(state, kept.id)?.authTime).toBe(Date.UTC(2026, 0, 1));
  });

  it('codes are single-use and expire after the configured TTL', () => {
    const { state, app } = setup();
    state.settings.codeTtlMs = 1000;
    const grant = {
      appId: app.id,
      clientId: app.restApiKey,
      platform: 'rest' as const,
      redirectUri: 'x',
      userId: USER,
      scopes: [],
      withIdToken: false,
      authTime: 0,
    };
    const code = issueCode(state, grant);
    expect(consumeCode(state, code.code)?.userId).toBe(USER);
    expect(consumeCode(state, code.code)).toBeUndefined();
    const late = issueCode(state, grant);
    state.clock.advance(1000);
    expect(consumeCode(state, late.code)).toBeUndefined();
  });
});
