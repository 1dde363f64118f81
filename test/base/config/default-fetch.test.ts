// Workers and browsers refuse `fetch` called with a foreign `this` ("Illegal invocation"): the
// default fetch must be called the way the runtime expects, not as a method of the client.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKakaoClient } from '../../../src/base/config.js';
import { getAccessTokenInfo } from '../../../src/index.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the default fetch', () => {
  it('is the global fetch, called with no foreign `this`', async () => {
    const receivers: unknown[] = [];
    vi.stubGlobal('fetch', function (this: unknown, _request: Request) {
      receivers.push(this);
      if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
      return Promise.resolve(
        Response.json({ id: 1376016924426111111n.toString(), expires_in: 10, app_id: 1 }),
      );
    });
    const kakao = createKakaoClient({ restApiKey: 'rest-key', retry: false });
    const info = await getAccessTokenInfo(kakao, { accessToken: 'at-0123456789' });
    expect(info.id).toBe('1376016924426111111');
    expect(receivers).toHaveLength(1);
  });

  it('is looked up when called, so a fetch installed later is used', async () => {
    const kakao = createKakaoClient({ restApiKey: 'rest-key', retry: false });
    const calls: string[] = [];
    vi.stubGlobal('fetch', (request: Request) => {
      calls.push(request.url);
      return Promise.resolve(Response.json({ id: 5, expires_in: 10, app_id: 1 }));
    });
    await getAccessTokenInfo(kakao, { accessToken: 'at-0123456789' });
    expect(calls).toEqual(['https://kapi.kakao.com/v1/user/access_token_info']);
  });
});
