import { afterEach, describe, expect, it, vi } from 'vitest';
import { kakaoRequest } from '../../../src/base/http/kakao-request.js';
import type { KakaoRequest } from '../../../src/base/http/request.js';
import { listUserIds } from '../../../src/client/admin/list-user-ids.js';
import { exchangeCode } from '../../../src/client/tokens/exchange-code.js';
import { refreshTokens } from '../../../src/client/tokens/refresh-tokens.js';
import { getUser } from '../../../src/client/user/get-user.js';
import { logout } from '../../../src/client/user/logout.js';
import {
  KakaoApiError,
  KakaoAuthError,
  KakaoResponseError,
  KakaoTransportError,
} from '../../../src/index.js';
import * as kapi from '../../client/fixtures/kapi.js';
import * as kauth from '../../client/fixtures/kauth.js';
import { fakeFetch, leakedSecrets, SECRETS, testClient } from '../../client/support/fake-fetch.js';
import { caught } from '../../support/thrown.js';

afterEach(() => vi.useRealTimers());

const me: KakaoRequest = {
  server: 'api',
  method: 'GET',
  path: '/v1/user/access_token_info',
  authorization: `Bearer ${SECRETS.accessToken}`,
  idempotent: true,
  secrets: [SECRETS.accessToken],
};
const token: KakaoRequest = {
  server: 'auth',
  method: 'POST',
  path: '/oauth/token',
  params: { grant_type: 'authorization_code', code: SECRETS.code, scopes: ['a', 'b'] },
  idempotent: false,
  secrets: [SECRETS.code],
};

/** A fetch that never answers but rejects when its signal aborts, like a real one. */
function hangingFetch(): typeof fetch {
  return ((request: Request) =>
    new Promise((_resolve, reject) => {
      request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    })) as unknown as typeof fetch;
}

describe('kakaoRequest: building requests', () => {
  it('sends GET params as a query, with the Authorization header and no body', async () => {
    const fake = fakeFetch(kapi.tokenInfo);
    await kakaoRequest(testClient(fake), { ...me, params: { property_keys: ['id'] } });
    const sent = fake.last();
    expect(sent.method).toBe('GET');
    expect(sent.url.href).toBe(
      'https://kapi.kakao.com/v1/user/access_token_info?property_keys=%5B%22id%22%5D',
    );
    expect(sent.headers.get('authorization')).toBe(`Bearer ${SECRETS.accessToken}`);
    expect(sent.body).toBe('');
  });

  it('sends POST params as a UTF-8 form body to the auth server (§1.3, §4.1)', async () => {
    const fake = fakeFetch(kauth.tokenSuccess);
    await kakaoRequest(testClient(fake), token);
    const sent = fake.last();
    expect(sent.url.href).toBe('https://kauth.kakao.com/oauth/token');
    expect(sent.headers.get('content-type')).toBe('application/x-www-form-urlencoded;charset=utf-8');
    expect(sent.headers.get('authorization')).toBeNull();
    expect(sent.form.get('scopes')).toBe('["a","b"]');
  });

  it('returns lossless JSON (§9: ids beyond 2^53 as strings)', async () => {
    const body = await kakaoRequest(testClient(fakeFetch(kapi.tokenInfo)), me);
    expect(body).toEqual({ id: '1376016924426111111', expires_in: 20455, app_id: 987654 });
  });
});

describe('kakaoRequest: error mapping (§21)', () => {
  it('maps a kauth body to KakaoAuthError without leaking the code (§4.3)', async () => {
    const error = await caught(kakaoRequest(testClient(fakeFetch(kauth.codeNotFound)), token));
    expect(error).toBeInstanceOf(KakaoAuthError);
    expect(error).toMatchObject({ code: 'KOE320', status: 400, error: 'invalid_grant', retryable: false });
    expect(leakedSecrets(error)).toEqual([]);
  });

  it.each([
    [kauth.redirectMismatch, 'KOE303', 400],
    [kauth.badClientSecret, 'KOE010', 401],
    [kauth.rateLimited, 'KOE237', 400],
    [kauth.refreshInvalid, 'KOE322', 400],
  ])('maps $spec', async (fixture, code, status) => {
    const error = await caught(kakaoRequest(testClient(fakeFetch(fixture)), token));
    expect(error).toMatchObject({ name: 'KakaoAuthError', code, status });
  });

  it('maps a kapi body to KakaoApiError (§21.2 -401)', async () => {
    const error = await caught(kakaoRequest(testClient(fakeFetch(kapi.invalidToken)), me));
    expect(error).toBeInstanceOf(KakaoApiError);
    expect(error).toMatchObject({ code: 'invalid_token', apiCode: -401, status: 401 });
  });

  it('maps -402 with required and allowed scopes (§21.2)', async () => {
    const error = await caught(kakaoRequest(testClient(fakeFetch(kapi.insufficientScope)), me));
    expect(error).toMatchObject({
      apiCode: -402,
      requiredScopes: ['talk_message'],
      allowedScopes: ['profile_nickname', 'account_email'],
      apiType: 'TALK_MEMO_DEFAULT_SEND',
    });
  });

  it.each([
    [kapi.proxyHtml, 'html_response'],
    [kauth.authorizeErrorPage, 'html_response'],
    [kapi.emptyBody, 'empty_body'],
    [kapi.malformedJson, 'malformed_json'],
    [{ spec: '§24 (JSON of no known shape)', status: 500, body: { oops: true } }, 'unexpected_body'],
    [{ spec: '§24 (HTML without content type)', status: 200, body: '  <html></html>' }, 'html_response'],
  ])('maps $spec to KakaoResponseError', async (fixture, code) => {
    const error = await caught(kakaoRequest(testClient(fakeFetch(fixture), { retry: false }), me));
    expect(error).toBeInstanceOf(KakaoResponseError);
    expect(error).toMatchObject({ code, status: fixture.status });
  });

  it('rejects an oversized body (streamed)', async () => {
    const huge = { spec: '§24 (oversized)', status: 200, body: `{"x":"${'a'.repeat(5000)}"}` };
    const error = await caught(kakaoRequest(testClient(fakeFetch(huge), { maxResponseBytes: 1000 }), me));
    expect(error).toMatchObject({ name: 'KakaoResponseError', code: 'oversized_body' });
  });

  it('maps a fetch failure to a network error without its text', async () => {
    const failure = new TypeError(`fetch failed for https://x/?code=${SECRETS.code}`);
    const error = await caught(kakaoRequest(testClient(fakeFetch(failure), { retry: false }), token));
    expect(error).toBeInstanceOf(KakaoTransportError);
    expect(error).toMatchObject({ code: 'network', retryable: true });
    expect(leakedSecrets(error)).toEqual([]);
  });
});

describe('kakaoRequest: timeout and abort', () => {
  it('times out an attempt', async () => {
    const kakao = testClient(fakeFetch(), { fetch: hangingFetch(), timeoutMs: 5, retry: false });
    const error = await caught(kakaoRequest(kakao, me));
    expect(error).toMatchObject({ name: 'KakaoTransportError', code: 'timeout' });
  });

  it('aborts when the caller signal fires, and does not retry', async () => {
    let calls = 0;
    const fetchImpl = hangingFetch();
    const counting = ((request: Request) => {
      calls++;
      return fetchImpl(request);
    }) as unknown as typeof fetch;
    const controller = new AbortController();
    const pending = kakaoRequest(testClient(fakeFetch(), { fetch: counting }), {
      ...me,
      signal: controller.signal,
    });
    controller.abort();
    const error = await caught(pending);
    expect(error).toMatchObject({ name: 'KakaoTransportError', code: 'aborted' });
    expect(calls).toBe(1);
  });

  it('times out a fetch that ignores the signal, and a body that never ends (issue 15)', async () => {
    const deaf = (() => new Promise(() => undefined)) as unknown as typeof fetch;
    const error = await caught(
      kakaoRequest(testClient(fakeFetch(), { fetch: deaf, timeoutMs: 20, retry: false }), me),
    );
    expect(error).toMatchObject({ name: 'KakaoTransportError', code: 'timeout' });
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      cancel: () => {
        cancelled = true;
      },
    });
    const stalls = (async () => new Response(endless, { status: 200 })) as unknown as typeof fetch;
    const stalled = await caught(
      kakaoRequest(testClient(fakeFetch(), { fetch: stalls, timeoutMs: 20, retry: false }), me),
    );
    expect(stalled).toMatchObject({ name: 'KakaoTransportError', code: 'timeout' });
    expect(cancelled).toBe(true);
  });

  it('ends a retried call at the overall deadline (client and per call)', async () => {
    const retry = { retries: 50, baseDelayMs: 1, maxDelayMs: 1 };
    const kakao = testClient(fakeFetch(), { fetch: hangingFetch(), timeoutMs: 30, deadlineMs: 100, retry });
    let started = Date.now();
    expect(await caught(kakaoRequest(kakao, me))).toMatchObject({ code: 'timeout' });
    expect(Date.now() - started).toBeLessThan(100 + 2000);
    const patient = testClient(fakeFetch(), { fetch: hangingFetch(), timeoutMs: 30, retry });
    started = Date.now();
    expect(await caught(kakaoRequest(patient, { ...me, deadlineMs: 80 }))).toMatchObject({ code: 'timeout' });
    expect(Date.now() - started).toBeLessThan(80 + 2000);
  });

  it('takes deadlineMs per call on the wrapped calls too', async () => {
    const retry = { retries: 50, baseDelayMs: 1, maxDelayMs: 1 };
    const kakao = testClient(fakeFetch(), {
      fetch: hangingFetch(),
      timeoutMs: 5000,
      retry,
      redirectUri: 'http://x/cb',
    });
    const calls = [
      () => getUser(kakao, { accessToken: SECRETS.accessToken, deadlineMs: 60 }),
      () => logout(kakao, { accessToken: SECRETS.accessToken, deadlineMs: 60 }),
      () => exchangeCode(kakao, { code: SECRETS.code, deadlineMs: 60 }),
      () => refreshTokens(kakao, SECRETS.refreshToken, { deadlineMs: 60 }),
      () =>
        listUserIds(testClient(fakeFetch(), { fetch: hangingFetch(), adminKey: 'admin-key', retry }), {
          deadlineMs: 60,
        }),
    ];
    for (const call of calls) {
      const started = Date.now();
      expect(await caught(call())).toMatchObject({ name: 'KakaoTransportError', code: 'timeout' });
      expect(Date.now() - started).toBeLessThan(60 + 2000);
    }
  });

  it('fails at once with an already-aborted signal', async () => {
    const error = await caught(
      kakaoRequest(testClient(fakeFetch(kapi.tokenInfo)), { ...me, signal: AbortSignal.abort() }),
    );
    expect(error).toMatchObject({ code: 'aborted' });
  });
});

describe('kakaoRequest: retries', () => {
  it('retries an idempotent call after a retryable error (§9: -1)', async () => {
    const fake = fakeFetch(kapi.transientError, kapi.tokenInfo);
    await expect(kakaoRequest(testClient(fake), me)).resolves.toMatchObject({ expires_in: 20455 });
    expect(fake.requests).toHaveLength(2);
  });

  it('retries timeouts and network errors of idempotent calls', async () => {
    const fake = fakeFetch(new TypeError('fetch failed'), kapi.maintenance, kapi.tokenInfo);
    await expect(kakaoRequest(testClient(fake), me)).resolves.toBeTruthy();
    expect(fake.requests).toHaveLength(3);
  });

  it('gives up after the configured number of retries', async () => {
    const fake = fakeFetch(kapi.transientError);
    await expect(kakaoRequest(testClient(fake), me)).rejects.toMatchObject({ apiCode: -1 });
    expect(fake.requests).toHaveLength(3);
  });

  it('never retries a non-idempotent call (code exchange)', async () => {
    const fake = fakeFetch(new TypeError('fetch failed'), kauth.tokenSuccess);
    await expect(kakaoRequest(testClient(fake), token)).rejects.toMatchObject({ code: 'network' });
    expect(fake.requests).toHaveLength(1);
  });

  it('does not retry errors that are not retryable (-401)', async () => {
    const fake = fakeFetch(kapi.invalidToken, kapi.tokenInfo);
    await expect(kakaoRequest(testClient(fake), me)).rejects.toMatchObject({ apiCode: -401 });
    expect(fake.requests).toHaveLength(1);
  });

  it('does not retry when retry is off', async () => {
    const fake = fakeFetch(kapi.transientError, kapi.tokenInfo);
    await expect(kakaoRequest(testClient(fake, { retry: false }), me)).rejects.toMatchObject({ apiCode: -1 });
    expect(fake.requests).toHaveLength(1);
  });

  it('waits for Retry-After before retrying (§14: 429 -10)', async () => {
    vi.useFakeTimers();
    const fake = fakeFetch(kapi.quotaExceeded, kapi.tokenInfo);
    const kakao = testClient(fake, { retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 10_000 } });
    const pending = kakaoRequest(kakao, me);
    await vi.advanceTimersByTimeAsync(1999);
    expect(fake.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toMatchObject({ app_id: 987654 });
    expect(fake.requests).toHaveLength(2);
  });

  it('exposes Retry-After on the error', async () => {
    const error = await caught(kakaoRequest(testClient(fakeFetch(kapi.quotaExceeded), { retry: false }), me));
    expect(error).toMatchObject({ apiCode: -10, status: 429, retryAfterMs: 2000, retryable: true });
  });

  it('stops waiting when aborted during backoff', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const fake = fakeFetch(kapi.quotaExceeded, kapi.tokenInfo);
    const kakao = testClient(fake, { retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 10_000 } });
    const pending = caught(kakaoRequest(kakao, { ...me, signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    await expect(pending).resolves.toMatchObject({ code: 'aborted' });
    expect(fake.requests).toHaveLength(1);
  });
});
