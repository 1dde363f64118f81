import { describe, expect, it } from 'vitest';
import {
  KakaoApiError,
  KakaoAuthError,
  KakaoCallbackError,
  KakaoError,
  KakaoResponseError,
  KakaoTransportError,
} from '../../../src/index.js';
import { leakedSecrets, SECRETS } from '../../client/support/fake-fetch.js';

describe('KakaoAuthError', () => {
  it('uses the KOE code as code and keeps Kakao fields', () => {
    const error = new KakaoAuthError({
      error: 'invalid_grant',
      errorCode: 'KOE322',
      errorDescription: 'expired_or_invalid_refresh_token',
      status: 400,
    });
    expect(error).toBeInstanceOf(KakaoError);
    expect(error.name).toBe('KakaoAuthError');
    expect(error.code).toBe('KOE322');
    expect(error.error).toBe('invalid_grant');
    expect(error.errorDescription).toBe('expired_or_invalid_refresh_token');
    expect(error.status).toBe(400);
    expect(error.hint).toMatch(/login/i);
    expect(error.retryable).toBe(false);
  });

  it('uses the OAuth error as code when there is no KOE code', () => {
    const error = new KakaoAuthError({ error: 'access_denied', errorDescription: 'User denied access' });
    expect(error.code).toBe('access_denied');
    expect(error.status).toBeUndefined();
    expect(error.meaning).toMatch(/cancel/);
  });

  it('treats unknown 5xx errors as retryable', () => {
    expect(new KakaoAuthError({ error: 'weird', status: 503 }).retryable).toBe(true);
    expect(new KakaoAuthError({ error: 'weird', status: 400 }).retryable).toBe(false);
  });

  it('never carries the code or a token in any property', () => {
    const error = new KakaoAuthError({
      error: 'invalid_grant',
      errorCode: 'KOE320',
      errorDescription: `authorization code not found for code=${SECRETS.code} token ${SECRETS.accessToken}`,
      secrets: [SECRETS.code],
    });
    expect(leakedSecrets(error)).toEqual([]);
    expect(error.errorDescription).toContain('authorization code not found for code=');
  });
});

describe('KakaoApiError', () => {
  it('maps -402 with required and allowed scopes', () => {
    const error = new KakaoApiError({
      apiCode: -402,
      msg: 'insufficient scopes.',
      status: 403,
      requiredScopes: ['talk_message'],
      allowedScopes: ['profile_nickname'],
      apiType: 'TALK_MEMO_DEFAULT_SEND',
    });
    expect(error.code).toBe('insufficient_scope');
    expect(error.requiredScopes).toEqual(['talk_message']);
    expect(error.allowedScopes).toEqual(['profile_nickname']);
    expect(error.apiType).toBe('TALK_MEMO_DEFAULT_SEND');
    expect(error.message).toContain('-402');
  });

  it('names unknown codes generically and keeps the number', () => {
    const error = new KakaoApiError({ apiCode: -12345, status: 400 });
    expect(error.code).toBe('unknown_api_error');
    expect(error.apiCode).toBe(-12345);
    expect(error.requiredScopes).toEqual([]);
  });

  it('scrubs tokens from msg', () => {
    const error = new KakaoApiError({ apiCode: -2, msg: `bad token ${SECRETS.accessToken}`, secrets: [] });
    expect(leakedSecrets(error)).toEqual([]);
  });
});

describe('KakaoTransportError / KakaoResponseError / KakaoCallbackError', () => {
  it('marks timeouts and network errors retryable, aborts not', () => {
    expect(new KakaoTransportError('timeout', 'GET /x').retryable).toBe(true);
    expect(new KakaoTransportError('network', 'GET /x').retryable).toBe(true);
    expect(new KakaoTransportError('aborted', 'GET /x').retryable).toBe(false);
    expect(new KakaoTransportError('timeout', 'GET /x').message).toMatch(/timeoutMs/);
  });

  it('derives retryable from the status of an unreadable response', () => {
    expect(new KakaoResponseError('html_response', 'GET /x', { status: 502 }).retryable).toBe(true);
    expect(new KakaoResponseError('html_response', 'GET /x', { status: 400 }).retryable).toBe(false);
    expect(new KakaoResponseError('empty_body', 'GET /x').message).toMatch(/empty/);
  });

  it.each(['state_mismatch', 'missing_state', 'missing_code'] as const)(
    'callback error %s explains itself',
    (code) => {
      const error = new KakaoCallbackError(code);
      expect(error.code).toBe(code);
      expect(error.message.length).toBeGreaterThan(20);
    },
  );
});
