import { describe, expect, it } from 'vitest';
import { mapApiResponse } from '../../../src/base/http/map-api-response.js';
import { mapAuthResponse } from '../../../src/base/http/map-auth-response.js';
import type { RawResponse } from '../../../src/base/http/response-body.js';
import { KakaoApiError, KakaoAuthError, KakaoResponseError } from '../../../src/index.js';
import { thrown } from '../../support/thrown.js';

const context = { what: 'GET /v2/user/me', secrets: [] };
const raw = (status: number, text: string, contentType?: string, retryAfterMs?: number): RawResponse => ({
  status,
  text,
  contentType,
  retryAfterMs,
});

describe.each([
  ['mapApiResponse', mapApiResponse],
  ['mapAuthResponse', mapAuthResponse],
])('%s (§21)', (_name, mapResponse) => {
  it.each([
    'application/json;charset=UTF-8',
    'application/json;charset=utf-8',
    'APPLICATION/JSON',
    undefined,
  ])('parses JSON whatever the content type spelling (%s, §1.3)', (contentType) => {
    expect(mapResponse(raw(200, ' {"id":1} ', contentType), context)).toEqual({ id: 1 });
  });

  it('maps a kauth body (§21.1) with Retry-After', () => {
    const error = thrown(() =>
      mapResponse(raw(400, '{"error":"invalid_request","error_code":"KOE237"}', undefined, 3000), context),
    );
    expect(error).toBeInstanceOf(KakaoAuthError);
    expect(error).toMatchObject({ code: 'KOE237', retryable: true, retryAfterMs: 3000 });
  });

  it.each([
    [raw(500, '[1,2]'), 'unexpected_body'],
    [raw(500, '{"code":"-401"}'), 'unexpected_body'],
    [raw(500, 'null'), 'unexpected_body'],
    [raw(404, 'Not Found', 'text/plain'), 'malformed_json'],
    [raw(200, '<?xml version="1.0"?><a/>'), 'html_response'],
    [raw(200, '{}', 'text/html'), 'html_response'],
    [raw(200, ' \n '), 'empty_body'],
  ])('maps unusable bodies to KakaoResponseError (%o)', (response, code) => {
    const error = thrown(() => mapResponse(response, context));
    expect(error).toBeInstanceOf(KakaoResponseError);
    expect(error).toMatchObject({ code, status: response.status });
  });

  it('returns 2xx JSON even when it looks like an error', () => {
    expect(mapResponse(raw(200, '{"error":"x"}'), context)).toEqual({ error: 'x' });
  });
});

describe('mapApiResponse only (§21.2)', () => {
  it('maps a kapi body (§21.2) and ignores non-string scope entries', () => {
    const body = '{"msg":"insufficient scopes.","code":-402,"required_scopes":["talk_message",3]}';
    const error = thrown(() => mapApiResponse(raw(403, body), context));
    expect(error).toBeInstanceOf(KakaoApiError);
    expect(error).toMatchObject({ requiredScopes: ['talk_message'], allowedScopes: [] });
  });

  it('keeps user ids beyond 2^53 exact', () => {
    expect(mapApiResponse(raw(200, '{"id":1376016924426111111}'), context)).toEqual({
      id: '1376016924426111111',
    });
  });
});

describe('mapAuthResponse only (§21.1)', () => {
  it('does not read a kapi body as a kauth error', () => {
    const error = thrown(() =>
      mapAuthResponse(raw(401, '{"msg":"this access token does not exist","code":-401}'), context),
    );
    expect(error).toBeInstanceOf(KakaoResponseError);
    expect(error).toMatchObject({ code: 'unexpected_body', status: 401 });
  });
});
