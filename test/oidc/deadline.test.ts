/**
 * The OIDC calls take `deadlineMs` like every other call: a server that never answers ends the
 * call at the deadline, not at the (longer) attempt timeout.
 */
import { describe, expect, it } from 'vitest';
import { createKakaoClient, getDiscovery, getOidcUserInfo, getTokenInfo } from '../../src/index.js';
import { caught } from '../support/thrown.js';

const silent = () =>
  createKakaoClient({
    restApiKey: 'k',
    timeoutMs: 20_000,
    retry: false,
    fetch: (request) =>
      new Promise<Response>((_, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
      }),
  });

describe('deadlineMs on the OIDC calls', () => {
  const calls = {
    getDiscovery: () => getDiscovery(silent(), { deadlineMs: 100, refresh: true }),
    getTokenInfo: () => getTokenInfo(silent(), { idToken: 'a.b.c', deadlineMs: 100 }),
    getOidcUserInfo: () => getOidcUserInfo(silent(), { accessToken: 'access-token-0123', deadlineMs: 100 }),
  };
  for (const [name, call] of Object.entries(calls)) {
    it(`${name} ends at its deadline`, async () => {
      const started = Date.now();
      const error = await caught(call());
      expect(error).toMatchObject({ name: 'KakaoTransportError', code: 'timeout' });
      expect(Date.now() - started).toBeLessThan(10_000);
    });
  }
});
