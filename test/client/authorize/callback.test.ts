import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCallback } from '../../../src/client/authorize/callback.js';
import { timingSafeEqual } from '../../../src/client/authorize/constant-time.js';
import { KakaoAuthError, KakaoCallbackError } from '../../../src/index.js';
import { thrown } from '../../support/thrown.js';
import { leakedSecrets, SECRETS } from '../support/fake-fetch.js';

const CALLBACK = 'https://app.example.com/oauth/kakao/callback';

describe('parseCallback (§3.2, §3.4)', () => {
  it('returns code and state of a success redirect (§3.2)', () => {
    const url = `${CALLBACK}?code=${SECRETS.code}&state=af0ifjsldkj`;
    expect(parseCallback(url, { expectedState: 'af0ifjsldkj' })).toEqual({
      code: SECRETS.code,
      state: 'af0ifjsldkj',
    });
  });

  it('accepts a relative URL and a URL object', () => {
    expect(parseCallback('/cb?code=abc', { expectedState: undefined }).code).toBe('abc');
    expect(parseCallback(new URL(`${CALLBACK}?code=abc&state=s`), { expectedState: 's' }).code).toBe('abc');
  });

  it.each([
    ['access_denied', 'User denied access'],
    ['access_denied', 'Not allowed under age 14'],
    ['login_required', '카카오계정 인증이 필요합니다'],
    ['consent_required', 'user consent required.'],
    ['interaction_required', 'additional input required'],
    ['some_new_error', 'whatever'],
  ])('throws KakaoAuthError %s (§3.4a)', (error, description) => {
    const query = new URLSearchParams({ error, error_description: description, state: 's' });
    const caught = thrown(() => parseCallback(`${CALLBACK}?${query}`, { expectedState: 's' }));
    expect(caught).toBeInstanceOf(KakaoAuthError);
    expect(caught).toMatchObject({ code: error, error, errorDescription: description, status: undefined });
  });

  it('reports the Kakao error even when the error redirect omits state (§3.4 cancel example)', () => {
    const caught = thrown(() =>
      parseCallback(`${CALLBACK}?error=access_denied&error_description=User%20denied%20access`, {
        expectedState: 's',
      }),
    );
    expect(caught).toMatchObject({ name: 'KakaoAuthError', code: 'access_denied' });
  });

  it('rejects an error redirect whose state does not match', () => {
    const caught = thrown(() =>
      parseCallback(`${CALLBACK}?error=access_denied&state=evil`, { expectedState: 's' }),
    );
    expect(caught).toMatchObject({ name: 'KakaoCallbackError', code: 'state_mismatch' });
  });

  it.each([
    [`${CALLBACK}?code=abc&state=other`, 'state_mismatch'],
    [`${CALLBACK}?code=abc`, 'missing_state'],
    [`${CALLBACK}?state=s`, 'missing_code'],
    [`${CALLBACK}?state=s&code=`, 'missing_code'],
  ])('throws KakaoCallbackError for %s', (url, code) => {
    const caught = thrown(() => parseCallback(url, { expectedState: 's' }));
    expect(caught).toBeInstanceOf(KakaoCallbackError);
    expect(caught).toMatchObject({ code });
  });

  it('never puts the code or state into an error', () => {
    const caught = thrown(() =>
      parseCallback(`${CALLBACK}?code=${SECRETS.code}&state=nope-state`, { expectedState: 's' }),
    );
    expect(leakedSecrets(caught)).toEqual([]);
    expect(String((caught as Error).message)).not.toContain('nope-state');
  });

  it('rejects non-URL input with a TypeError', () => {
    expect(() => parseCallback(42 as unknown as string, { expectedState: undefined })).toThrow(TypeError);
  });

  it('returns exactly what Kakao sent for any code and state (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (code, state) => {
        const url = `${CALLBACK}?${new URLSearchParams({ code, state })}`;
        expect(parseCallback(url, { expectedState: state })).toEqual({ code, state });
      }),
    );
  });

  it('rejects every state that differs from the expected one (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (received, expected) => {
        fc.pre(received !== expected);
        const url = `${CALLBACK}?${new URLSearchParams({ code: 'c', state: received })}`;
        expect(() => parseCallback(url, { expectedState: expected })).toThrow(KakaoCallbackError);
      }),
    );
  });
});

describe('timingSafeEqual', () => {
  it('agrees with === (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(timingSafeEqual(a, b)).toBe(a === b);
      }),
    );
    expect(timingSafeEqual('abc', 'abc')).toBe(true);
    expect(timingSafeEqual('abc', 'abcd')).toBe(false);
  });
});
