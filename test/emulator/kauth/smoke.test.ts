import { describe, expect, it } from 'vitest';
import { autoCode, redeem, testEmulator } from '../helpers.js';

describe('smoke', () => {
  it('autoLogin → code → tokens', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    const code = await autoCode(emulator, { nonce: 'n1', state: 's' });
    const response = await redeem(emulator, code);
    const body = await response.json();
    expect(response.status).toBe(200);
  });
});
