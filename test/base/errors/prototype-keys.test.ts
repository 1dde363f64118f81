// Issue 15 item 2 (client side): codes a server controls are never looked up through a prototype.
// `__proto__`, `constructor`, `hasOwnProperty`, `toString` as a KOE code, an OAuth error or a kapi
// message give a normal typed error meaning "unknown", never a crash or the text "undefined".
import { describe, expect, it } from 'vitest';
import { KOE_CODES, OAUTH_ERRORS } from '../../../src/base/errors/koe-codes.js';
import { KOE_PAGE_CODES } from '../../../src/base/errors/koe-page-codes.js';
import { exchangeCode } from '../../../src/client/tokens/exchange-code.js';
import { getUser } from '../../../src/client/user/get-user.js';
import {
  describeAnyKoe,
  describeKoe,
  explainError,
  KakaoApiError,
  KakaoAuthError,
} from '../../../src/index.js';
import { fakeFetch, testClient } from '../../client/support/fake-fetch.js';
import { caught } from '../../support/thrown.js';

const KEYS = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', 'isPrototypeOf'];

function answering(status: number, body: object) {
  return testClient(fakeFetch({ spec: 'issue 15 item 2', status, body }), {
    retry: false,
    redirectUri: 'http://127.0.0.1/cb',
  });
}

describe.each(KEYS)('server code %j', (key) => {
  it('is unknown to every code table, even looked up directly', () => {
    expect(describeKoe(key, key)).toBeUndefined();
    expect(describeAnyKoe(key)).toBeUndefined();
    for (const table of [KOE_CODES, OAUTH_ERRORS, KOE_PAGE_CODES]) expect(table[key]).toBeUndefined();
  });

  it('as a token error_code or error gives a KakaoAuthError that says "unknown"', async () => {
    for (const body of [
      { error: 'not_a_known_error', error_code: key, error_description: key },
      { error: key, error_description: key },
    ]) {
      const error = await caught(exchangeCode(answering(400, body), { code: 'code-0123456789' }));
      expect(error).toBeInstanceOf(KakaoAuthError);
      expect(error).toMatchObject({ meaning: undefined, hint: undefined, retryable: false });
      expect((error as Error).message).toMatch(/unknown error/);
      expect(explainError(error)).not.toMatch(/undefined/);
    }
  });

  it('as a kapi msg gives a KakaoApiError that keeps it as text', async () => {
    const error = await caught(
      getUser(answering(401, { code: -9999, msg: key }), { accessToken: 'at-0123456789' }),
    );
    expect(error).toBeInstanceOf(KakaoApiError);
    expect(error).toMatchObject({ code: 'unknown_api_error', msg: key, meaning: undefined });
    expect(explainError(error)).not.toMatch(/undefined/);
  });
});
