/**
 * Our client's sign-in (test/runtimes/sign-in.mjs, the same file Bun, Deno and workerd run) under
 * Node, against the emulator served by `startEmulator` (node:http, node:crypto signer).
 */
import { describe, it } from 'vitest';
import { startEmulator } from '../../dist/emulator/index.js';
import { signIn } from './sign-in.mjs';
import { expectSignedIn } from './support.js';

describe('the emulator and our client under Node', () => {
  it('completes authorize → code → exchange (id_token verified) → user → refresh → logout', async () => {
    const kakao = await startEmulator({ autoLogin: true });
    try {
      const result = await signIn({
        authUrl: kakao.authUrl,
        apiUrl: kakao.apiUrl,
        restApiKey: kakao.app.restApiKey,
        redirectUri: kakao.app.redirectUris[0]!,
      });
      expectSignedIn(result, kakao.authUrl);
    } finally {
      await kakao.close();
    }
  });
});
