/**
 * kapi accepts the access token as an `access_token` parameter (query on GET, form on POST), as
 * Kakao does for clients that never send the header; the header wins when both are present.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_USERS } from '../../../src/emulator/index.js';
import { autoCode, get, postForm, redeem, testEmulator } from '../helpers.js';

async function linked() {
  const emulator = await testEmulator({ autoLogin: true });
  const { access_token: token } = await (await redeem(emulator, await autoCode(emulator))).json();
  return { emulator, token: token as string };
}

describe('access_token as a parameter', () => {
  it('GET /v2/user/me?access_token=… answers the user; the log keeps the token out', async () => {
    const { emulator, token } = await linked();
    const response = await get(emulator, `${emulator.apiUrl}/v2/user/me?access_token=${token}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`"id":${DEFAULT_USERS[0]!.id}`);
    const entry = emulator.state.log.at(-1)!;
    expect(entry.params.access_token).toBe('[redacted]');
    expect(JSON.stringify(emulator.state.log)).not.toContain(token);
  });

  it('POST with access_token in the form body works (Bearer-only and user routes)', async () => {
    const { emulator, token } = await linked();
    const info = await get(emulator, `${emulator.apiUrl}/v1/user/access_token_info?access_token=${token}`);
    expect(info.status).toBe(200);
    const logout = await postForm(emulator, `${emulator.apiUrl}/v1/user/logout`, { access_token: token });
    expect(logout.status).toBe(200);
  });

  it('the Authorization header wins over the parameter', async () => {
    const { emulator, token } = await linked();
    const badHeader = await get(emulator, `${emulator.apiUrl}/v2/user/me?access_token=${token}`, {
      authorization: 'Bearer not-a-token',
    });
    expect(badHeader.status).toBe(401);
    const goodHeader = await get(emulator, `${emulator.apiUrl}/v2/user/me?access_token=not-a-token`, {
      authorization: `Bearer ${token}`,
    });
    expect(goodHeader.status).toBe(200);
  });

  it('neither header nor parameter → -401 no authentication key!', async () => {
    const { emulator } = await linked();
    const response = await get(emulator, `${emulator.apiUrl}/v2/user/me?access_token=`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: -401, msg: 'no authentication key!' });
  });
});
