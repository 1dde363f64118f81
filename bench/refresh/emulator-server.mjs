// Our emulator (dist/) on 127.0.0.1 in its own process, unattended: it signs the first test user
// in with scope `openid`, redeems the code, then prints `LISTENING <token url> {"body": <the refresh
// form>}`. Refresh tokens are reused (Kakao rotates one only in its last month), and every refresh
// answer carries a freshly signed RS256 id_token.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { followToCallback } from './follow.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { DEFAULT_APP, startEmulator } = await import(
  pathToFileURL(join(root, 'dist', 'emulator', 'index.js')).href
);
const REDIRECT_URI = 'http://127.0.0.1:8719/callback';

const running = await startEmulator({ autoLogin: true });
const authorize = new URL(`${running.authUrl}/oauth/authorize`);
const grant = { client_id: DEFAULT_APP.restApiKey, redirect_uri: REDIRECT_URI };
authorize.search = new URLSearchParams({ ...grant, response_type: 'code', scope: 'openid' }).toString();
const code = (await followToCallback(authorize, REDIRECT_URI)).searchParams.get('code');
const tokens = await (
  await fetch(`${running.authUrl}/oauth/token`, {
    method: 'POST',
    body: new URLSearchParams({ ...grant, grant_type: 'authorization_code', code }),
  })
).json();
if (!tokens.refresh_token) throw new Error(`the emulator issued no refresh token: ${JSON.stringify(tokens)}`);
const body = new URLSearchParams({
  grant_type: 'refresh_token',
  client_id: DEFAULT_APP.restApiKey,
  refresh_token: tokens.refresh_token,
}).toString();
console.log(`LISTENING ${running.authUrl}/oauth/token ${JSON.stringify({ body })}`);
process.on('SIGTERM', () => running.close().then(() => process.exit(0)));
