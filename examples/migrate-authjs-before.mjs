// docs/migrate-authjs.md "Before": @auth/core's Kakao provider configured as the guide shows, and
// what it gets wrong when run against the emulator. Its three Kakao URLs are fixed in the provider;
// here they are pointed at the emulator through the provider's own `authorization`, `token` and
// `userinfo` options, nothing else changed. With OpenID Connect off (a new Kakao app) the sign-in
// works but `providerAccountId` is the rounded id; with it on, the sign-in fails (Auth.js checks
// Kakao's id_token issuer against https://authjs.dev).
// Run it with `npm run build && node examples/migrate-authjs-before.mjs`.
import { DEFAULT_APP } from 'kakao-oauth/emulator';
import { emulatorForAuthjs, signInThroughAuthjs } from './support/authjs.mjs';

process.env.AUTH_KAKAO_ID = DEFAULT_APP.restApiKey;
process.env.AUTH_KAKAO_SECRET = 'unused'; // the app's client secret is off: Kakao ignores it

// #region before
import Kakao from '@auth/core/providers/kakao'; // or 'next-auth/providers/kakao'

export const config = {
  providers: [Kakao({ clientId: process.env.AUTH_KAKAO_ID, clientSecret: process.env.AUTH_KAKAO_SECRET })],
};
// #endregion before

for (const oidc of [false, true]) {
  const emulator = await emulatorForAuthjs({ oidc });
  Object.assign(config.providers[0].options, {
    authorization: `${emulator.authUrl}/oauth/authorize?scope`,
    token: `${emulator.authUrl}/oauth/token`,
    userinfo: `${emulator.apiUrl}/v2/user/me`,
  });
  const { endedAt, accounts, errors } = await signInThroughAuthjs(config);
  console.log(`OIDC ${oidc ? 'on' : 'off'}: ended at ${endedAt}`);
  if (accounts[0])
    console.log(`  providerAccountId ${accounts[0].providerAccountId} for Kakao's 1376016924426111111`);
  if (errors[0])
    console.log(`  Auth.js logged ${errors[0].name}: ${errors[0].cause?.err?.code ?? errors[0].message}`);
  await emulator.close();
}
