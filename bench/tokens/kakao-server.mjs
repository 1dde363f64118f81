// Kakao for the refresh-storm benchmark: our built emulator (dist/) on 127.0.0.1 in its own
// process, unattended sign-in. Over IPC the parent asks it to sign in (a token response, minted
// in-process, not measured), to move its clock, to add network latency to /oauth/token (a fault),
// and for the number of refresh requests it has answered.
//
//   node bench/tokens/kakao-server.mjs   (needs `npm run build`)
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { DEFAULT_APP, armFault, startEmulator } = await import(
  pathToFileURL(join(root, 'dist', 'emulator', 'index.js')).href
);
const REDIRECT_URI = 'http://127.0.0.1:8719/callback';
const running = await startEmulator({ autoLogin: true });
const { emulator } = running;
const clientId = DEFAULT_APP.restApiKey;

async function signIn() {
  const query = new URLSearchParams({
    client_id: clientId,
    redirect_uri: REDIRECT_URI,
    response_type: 'code',
  });
  const authorize = await emulator.fetch(new Request(`${running.authUrl}/oauth/authorize?${query}`));
  const code = new URL(authorize.headers.get('location')).searchParams.get('code');
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    client_id: clientId,
    redirect_uri: REDIRECT_URI,
    code,
  });
  const token = await emulator.fetch(new Request(`${running.authUrl}/oauth/token`, { method: 'POST', body }));
  return token.json();
}

const handlers = {
  signIn,
  advance: ({ ms }) => {
    emulator.state.clock.advance(ms);
    return { offset: emulator.state.clock.now() - Date.now() };
  },
  latency: ({ ms, count }) => {
    armFault(emulator.state, { host: 'auth', path: '/oauth/token' }, { kind: 'latency', ms }, count);
    return {};
  },
  refreshes: () => ({
    count: emulator.state.log.filter(
      (e) => e.path === '/oauth/token' && e.params.grant_type === 'refresh_token',
    ).length,
  }),
};

process.on('message', async (message) => {
  try {
    process.send({ id: message.id, ...(await handlers[message.type](message)) });
  } catch (error) {
    process.send({ id: message.id, error: String(error) });
  }
});
console.log(`LISTENING ${running.authUrl} ${JSON.stringify({ restApiKey: clientId })}`);
