// The emulator under test: our built `startEmulator` (dist/) on 127.0.0.1 in its own process, in
// unattended mode (the first test user signs in and agrees). The parent asks it over IPC for
// inputs it cannot forge — authorization codes and access tokens — which this process mints
// in-process through the emulator's own `/oauth/authorize` and `/oauth/token` (not measured).
//
//   node bench/emulator/emulator-server.mjs   (needs `npm run build`)
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// BENCH_EMULATOR_DIST=<dir> serves another build (e.g. an older commit's dist/) for before/after.
const dist = process.env.BENCH_EMULATOR_DIST ?? join(root, 'dist');
const { DEFAULT_APP, startEmulator, webCryptoSigner } = await import(
  pathToFileURL(join(dist, 'emulator', 'index.js')).href
);
// BENCH_EMULATOR_SIGNER=web signs id_tokens with the core's Web Crypto signer instead of the Node
// binding's node:crypto one (startEmulator's default).
const signer = process.env.BENCH_EMULATOR_SIGNER === 'web' ? webCryptoSigner : undefined;

const REDIRECT_URI = 'http://127.0.0.1:8719/callback';

const running = await startEmulator({ autoLogin: true, signer });
const { emulator } = running;
const clientId = DEFAULT_APP.restApiKey;
const authorizeUrl = `${running.authUrl}/oauth/authorize?${new URLSearchParams({
  client_id: clientId,
  redirect_uri: REDIRECT_URI,
  response_type: 'code',
  scope: 'openid',
})}`;

async function mintCode() {
  const response = await emulator.fetch(new Request(authorizeUrl, { redirect: 'manual' }));
  const code = new URL(response.headers.get('location') ?? '', REDIRECT_URI).searchParams.get('code');
  if (response.status !== 302 || !code)
    throw new Error(`authorize answered ${response.status} without a code`);
  return code;
}

async function mintAccessToken() {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    client_id: clientId,
    redirect_uri: REDIRECT_URI,
    code: await mintCode(),
  });
  const response = await emulator.fetch(
    new Request(`${running.authUrl}/oauth/token`, { method: 'POST', body }),
  );
  if (response.status !== 200) throw new Error(`token answered ${response.status}`);
  return (await response.json()).access_token;
}

const handlers = {
  async mint({ count }) {
    const codes = [];
    for (let i = 0; i < count; i++) codes.push(await mintCode());
    return { codes };
  },
  async accessToken() {
    return { accessToken: await mintAccessToken() };
  },
  async stats() {
    const { state } = emulator;
    return {
      rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
      heapUsedMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
      codes: state.codes.size,
      accessTokens: state.accessTokens.size,
      refreshTokens: state.refreshTokens.size,
      log: state.log.length,
    };
  },
};

process.on('message', async (message) => {
  try {
    process.send({ id: message.id, ...(await handlers[message.type](message)) });
  } catch (error) {
    process.send({ id: message.id, error: String(error?.message ?? error) });
  }
});

// Generate the signing key before the first measured request.
await emulator.state.keys.current();
console.log(`LISTENING ${running.authUrl} ${JSON.stringify({ clientId, redirectUri: REDIRECT_URI })}`);
process.on('SIGTERM', () => running.close().then(() => process.exit(0)));
