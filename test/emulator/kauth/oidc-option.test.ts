/**
 * The `oidc` option: the default app has OIDC on (id_token with `openid`); `oidc: false` turns it
 * off for every app of the initial config, as on a new real Kakao app, and a reset keeps it off.
 */
import { describe, expect, it } from 'vitest';
import { autoCode, redeem, testEmulator } from '../helpers.js';

async function tokensOf(emulator: Awaited<ReturnType<typeof testEmulator>>) {
  return (await redeem(emulator, await autoCode(emulator))).json();
}

describe('oidc option', () => {
  it('default: OIDC on, an id_token comes back', async () => {
    const tokens = await tokensOf(await testEmulator({ autoLogin: true }));
    expect(tokens.id_token).toEqual(expect.any(String));
  });

  it('oidc: false → no id_token, also after a reset; oidc: true forces it on for config apps', async () => {
    const emulator = await testEmulator({ autoLogin: true, oidc: false });
    expect(emulator.state.apps.every((app) => !app.oidc)).toBe(true);
    expect((await tokensOf(emulator)).id_token).toBeUndefined();
    await emulator.fetch(new Request(`${emulator.authUrl}/__emulator/reset`, { method: 'POST' }));
    expect((await tokensOf(emulator)).id_token).toBeUndefined();
    const on = await testEmulator({
      oidc: true,
      config: { apps: [{ restApiKey: 'k', adminKey: 'a', oidc: false }] },
    });
    expect(on.state.apps[0]!.oidc).toBe(true);
  });

  it('refuses a non-boolean oidc option', async () => {
    await expect(testEmulator({ oidc: 'no' as unknown as boolean })).rejects.toThrow(
      /oidc must be true or false/,
    );
  });
});
