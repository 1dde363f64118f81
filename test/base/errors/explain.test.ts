import { describe, expect, it } from 'vitest';
import {
  explainError,
  KakaoApiError,
  KakaoAuthError,
  KakaoResponseError,
  KakaoTransportError,
} from '../../../src/index.js';

describe('explainError', () => {
  it('explains a kauth error with code, meaning, status and fix', () => {
    const text = explainError(
      new KakaoAuthError({ error: 'invalid_grant', errorCode: 'KOE320', status: 400 }),
    );
    expect(text).toContain('KOE320');
    expect(text).toContain('HTTP 400');
    expect(text).toMatch(/Fix: Start a new login/);
    expect(text).not.toMatch(/retried/);
  });

  it('explains a kapi error and says when a retry may help', () => {
    const text = explainError(new KakaoApiError({ apiCode: -10, status: 429, retryAfterMs: 2000 }));
    expect(text).toContain('-10');
    expect(text).toMatch(/retried after 2 s/);
  });

  it('explains transport and response errors', () => {
    expect(explainError(new KakaoTransportError('timeout', 'POST /oauth/token'))).toMatch(
      /timed out.*retried/,
    );
    expect(explainError(new KakaoResponseError('html_response', 'GET /v2/user/me', { status: 404 }))).toMatch(
      /HTML/,
    );
  });

  it("uses the message of the package's other Kakao errors (e.g. KakaoIdTokenError)", () => {
    class KakaoIdTokenError extends Error {
      override readonly name = 'KakaoIdTokenError';
      readonly code = 'nonce_mismatch';
    }
    expect(explainError(new KakaoIdTokenError('The id_token nonce does not match.'))).toBe(
      'The id_token nonce does not match.',
    );
  });

  it('reduces foreign errors to their kind, never their message', () => {
    expect(explainError(new RangeError('token=abc'))).toBe('Unexpected RangeError.');
    expect(explainError('x')).toBe('Unexpected string.');
    expect(explainError(new TypeError('code is required'))).toBe('Invalid argument: code is required');
  });
});
