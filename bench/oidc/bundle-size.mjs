// Size of an app bundle that only exchanges a code and verifies the id_token: esbuild, minified,
// browser platform, ESM, then gzip -9. Same job written against each library.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Our entry: exchangeCode with the nonce, which verifies the id_token. */
export function oursSource(entryPath) {
  return `import { createKakaoClient, exchangeCode } from ${JSON.stringify(entryPath)};
export async function login(code, codeVerifier, nonce) {
  const kakao = createKakaoClient({ restApiKey: 'k', clientSecret: 's', redirectUri: 'https://a.example/cb' });
  const tokens = await exchangeCode(kakao, { code, codeVerifier }, { nonce });
  return tokens.idTokenClaims;
}`;
}

export const openidClientSource = `import { ClientSecretPost, Configuration, authorizationCodeGrant, enableNonRepudiationChecks } from 'openid-client';
export async function login(currentUrl, pkceCodeVerifier, expectedNonce, expectedState) {
  const config = new Configuration({
    issuer: 'https://kauth.kakao.com',
    authorization_endpoint: 'https://kauth.kakao.com/oauth/authorize',
    token_endpoint: 'https://kauth.kakao.com/oauth/token',
    jwks_uri: 'https://kauth.kakao.com/.well-known/jwks.json',
  }, 'k', { redirect_uris: ['https://a.example/cb'] }, ClientSecretPost('s'));
  enableNonRepudiationChecks(config);
  const tokens = await authorizationCodeGrant(config, currentUrl, { pkceCodeVerifier, expectedNonce, expectedState });
  return tokens.claims();
}`;

/**
 * For reference, not a contender: jose's RS256 compact verification alone (what any jose-based
 * verifier carries), to show how much of our bundle is jose and how much our own code.
 */
export const joseVerifyOnlySource = `import { compactVerify } from 'jose/jws/compact/verify';
export const verify = (jws, key) => compactVerify(jws, key, { algorithms: ['RS256'] });`;

/** @returns {Promise<{ minified: number, gzipped: number }>} bytes */
export async function bundleSize(source, resolveDir) {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}
