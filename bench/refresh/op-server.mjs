// oidc-provider 8 (a certified OpenID Provider) on 127.0.0.1 in its own process, set up like Kakao
// for the refresh grant: client_secret_post, RS256 id_tokens, refresh tokens issued to the code
// grant (not rotated for a confidential client). Before listening for the load it signs a user in
// through its own authorize → interaction → callback redirects and redeems the code, then prints
// `LISTENING <url> {"body": <the refresh form>}`.
import { createServer } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import { followToCallback } from './follow.mjs';

const CLIENT_ID = 'op-rest-api-key-0123456789abcdef';
const CLIENT_SECRET = 'op-client-secret-0123456789';
const REDIRECT_URI = 'http://127.0.0.1:8719/callback';

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;
const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      token_endpoint_auth_method: 'client_secret_post',
      redirect_uris: [REDIRECT_URI],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      id_token_signed_response_alg: 'RS256',
    },
  ],
  jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'bench', alg: 'RS256', use: 'sig' }] },
  routes: { authorization: '/oauth/authorize', token: '/oauth/token', jwks: '/.well-known/jwks.json' },
  claims: { openid: ['sub'], profile: ['nickname'] },
  pkce: { required: () => false },
  features: { devInteractions: { enabled: false } },
  cookies: { keys: ['bench-cookie-key'] },
  issueRefreshToken: async () => true,
  findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub, nickname: '길동' }) }),
  loadExistingGrant: async (ctx) => {
    const accountId = ctx.oidc.session.accountId;
    if (!accountId) return undefined;
    const grant = new ctx.oidc.provider.Grant({ accountId, clientId: ctx.oidc.client.clientId });
    grant.addOIDCScope('openid profile');
    await grant.save();
    return grant;
  },
});
const callback = provider.callback();
server.on('request', (req, res) => {
  if (req.url?.startsWith('/interaction/')) {
    void provider.interactionFinished(req, res, { login: { accountId: '1376016924426111111' } });
    return;
  }
  callback(req, res);
});

const authorize = new URL(`${issuer}/oauth/authorize`);
authorize.search = new URLSearchParams({
  client_id: CLIENT_ID,
  redirect_uri: REDIRECT_URI,
  response_type: 'code',
  scope: 'openid profile',
}).toString();
const code = (await followToCallback(authorize, REDIRECT_URI)).searchParams.get('code');
const grant = { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uri: REDIRECT_URI };
const tokens = await (
  await fetch(`${issuer}/oauth/token`, {
    method: 'POST',
    body: new URLSearchParams({ ...grant, grant_type: 'authorization_code', code }),
  })
).json();
if (!tokens.refresh_token)
  throw new Error(`oidc-provider issued no refresh token: ${JSON.stringify(tokens)}`);
const body = new URLSearchParams({
  grant_type: 'refresh_token',
  client_id: CLIENT_ID,
  client_secret: CLIENT_SECRET,
  refresh_token: tokens.refresh_token,
}).toString();
console.log(`LISTENING ${issuer}/oauth/token ${JSON.stringify({ body })}`);
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
