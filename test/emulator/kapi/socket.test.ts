/**
 * kapi over a real loopback socket (the Node binding): headers, status codes and 64-bit ids
 * survive the trip, with one shared port and with a separate API port.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../../src/emulator/index.js';
import { testKey } from '../helpers.js';
import { MINJUN, modelTokens } from './kapi-helpers.js';

const running: RunningEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});

async function start(options: Parameters<typeof startEmulator>[0] = {}) {
  const kakao = await startEmulator({ signingKeys: [await testKey()], ...options });
  running.push(kakao);
  return kakao;
}

describe('kapi over a socket', () => {
  it('answers /v2/user/me with the exact id bytes and Kakao’s content type', async () => {
    const kakao = await start();
    const { accessToken } = modelTokens(kakao.emulator, MINJUN, ['profile_nickname']);
    const response = await fetch(`${kakao.apiUrl}/v2/user/me`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
    expect(await response.text()).toMatch(new RegExp(`^\\{"id":${MINJUN},`));
  });

  it('keeps the -401 status and WWW-Authenticate header', async () => {
    const kakao = await start();
    const response = await fetch(`${kakao.apiUrl}/v1/user/access_token_info`, {
      headers: { authorization: 'Bearer nope' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(await response.json()).toEqual({ msg: 'this access token does not exist', code: -401 });
  });

  it('reads a POST form body and writes paging URLs on the listening API origin', async () => {
    const kakao = await start({ apiPort: 0 });
    expect(kakao.apiUrl).not.toBe(kakao.authUrl);
    const { accessToken } = modelTokens(kakao.emulator, MINJUN, ['profile_nickname']);
    const posted = await fetch(`${kakao.apiUrl}/v1/user/update_profile`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${accessToken}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ properties: '{"grade":"gold"}' }),
    });
    expect(await posted.text()).toBe(`{"id":${MINJUN}}`);
    modelTokens(kakao.emulator, '1376016924426222222', ['profile_nickname']);
    const ids = await fetch(`${kakao.apiUrl}/v1/user/ids?limit=1`, {
      headers: { authorization: `KakaoAK ${kakao.app.adminKey}` },
    });
    const body = (await ids.json()) as { after_url: string };
    expect(body.after_url.startsWith(`${kakao.apiUrl}/v1/user/ids?`)).toBe(true);
  });
});
