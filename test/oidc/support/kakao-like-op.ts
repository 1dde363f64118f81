// An independent, certified OpenID Provider (oidc-provider 8) dressed as Kakao: Kakao's paths,
// client_secret_post, RS256, PKCE S256, profile claims in the id_token, on 127.0.0.1:<ephemeral>.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type OidcContext } from 'oidc-provider';

export const OP_CLIENT_ID = 'op-rest-api-key-0123456789abcdef';
export const OP_CLIENT_SECRET = 'op-client-secret-do-not-log-0123456789';
export const OP_REDIRECT_URI = 'http://127.0.0.1:8719/callback';
export const OP_USER_ID = '1376016924426111111';

export const OP_PROFILE = {
  nickname: '홍길동',
  picture: 'http://k.kakaocdn.net/dn/abc/img_110x110.jpg',
  email: 'user@example.com',
  email_verified: true,
};

export interface KakaoLikeOp {
  /** Issuer = base URL, e.g. `http://127.0.0.1:54321`. */
  issuer: string;
  kid: string;
  close(): Promise<void>;
}

export async function startKakaoLikeOp(): Promise<KakaoLikeOp> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const kid = '3f96980381e451efad0d2ddd30e3d3';
  const provider = new Provider(issuer, await configuration(kid));
  server.on('request', (req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      void provider.interactionFinished(
        req,
        res,
        { login: { accountId: OP_USER_ID } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    req.url = kakaoScopeToOidc(req.url ?? '/');
    provider.callback()(req, res);
  });
  return { issuer, kid, close: () => closeServer(server) };
}

/** Kakao joins scope ids with commas; OIDC (and oidc-provider) with spaces. */
function kakaoScopeToOidc(path: string): string {
  if (!path.startsWith('/oauth/authorize?')) return path;
  const url = new URL(path, 'http://op.invalid');
  const scope = url.searchParams.get('scope');
  if (scope) url.searchParams.set('scope', scope.replaceAll(',', ' '));
  return `${url.pathname}${url.search}`;
}

async function configuration(kid: string): Promise<Record<string, unknown>> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return {
    clients: [
      {
        client_id: OP_CLIENT_ID,
        client_secret: OP_CLIENT_SECRET,
        token_endpoint_auth_method: 'client_secret_post',
        redirect_uris: [OP_REDIRECT_URI],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        id_token_signed_response_alg: 'RS256',
        require_auth_time: true,
      },
    ],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' }] },
    routes: {
      authorization: '/oauth/authorize',
      token: '/oauth/token',
      jwks: '/.well-known/jwks.json',
      userinfo: '/v1/oidc/userinfo',
    },
    claims: { openid: ['sub'], profile: ['nickname', 'picture'], email: ['email', 'email_verified'] },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    cookies: { keys: ['kakao-like-op-cookie-key'] },
    issueRefreshToken: async () => true,
    // Kakao's REST lifetimes (§6): access/id token 6 h, refresh token 60 days.
    ttl: {
      AccessToken: 21_600,
      IdToken: 21_600,
      RefreshToken: 5_184_000,
      AuthorizationCode: 600,
      Interaction: 600,
      Session: 86_400,
      Grant: 5_184_000,
    },
    findAccount: async (_ctx: unknown, sub: string) => ({
      accountId: sub,
      claims: async () => ({ sub, ...OP_PROFILE }),
    }),
    loadExistingGrant: grantEverything,
  };
}

/** Consent is not what we test: grant every requested scope at once (Kakao's consent is upstream). */
async function grantEverything(ctx: OidcContext) {
  const accountId = ctx.oidc.session.accountId;
  if (!accountId) return undefined;
  const grant = new ctx.oidc.provider.Grant({ accountId, clientId: ctx.oidc.client.clientId });
  grant.addOIDCScope('openid profile email');
  await grant.save();
  return grant;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
