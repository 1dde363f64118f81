// The resolved configuration: defaults of the timing options and their checks.
import { describe, expect, it } from 'vitest';
import { createKakaoClient } from '../../../src/base/config.js';
import { kakaoRequest } from '../../../src/base/http/kakao-request.js';
import { caught, thrown } from '../../support/thrown.js';

describe('createKakaoClient timing options', () => {
  it('defaults to 10 s per attempt and 30 s per call', () => {
    const kakao = createKakaoClient({ restApiKey: 'rest-key' });
    expect(kakao).toMatchObject({ timeoutMs: 10_000, deadlineMs: 30_000 });
  });

  it('refuses a deadline that is not a positive number, in the config and per call', async () => {
    for (const deadlineMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(thrown(() => createKakaoClient({ restApiKey: 'rest-key', deadlineMs }))).toBeInstanceOf(
        TypeError,
      );
    }
    const kakao = createKakaoClient({ restApiKey: 'rest-key', fetch: async () => Response.json({}) });
    const request = {
      server: 'api',
      method: 'GET',
      path: '/v2/user/me',
      idempotent: true,
      deadlineMs: 0,
    } as const;
    expect(await caught(kakaoRequest(kakao, request))).toBeInstanceOf(TypeError);
  });
});
