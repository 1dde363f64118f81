// docs/migrate-better-auth.md "Before": Better Auth's built-in kakao provider configured as the
// guide shows, and what it gets wrong when run against the emulator: the Kakao id is rounded. Its
// Kakao URLs are fixed in the provider, so here the requests to https://kauth.kakao.com and
// https://kapi.kakao.com go to the emulator instead (the browser's by its origin map, the server's
// through a swap of the global fetch); nothing else changes.
// Run it with `npm run build && node examples/migrate-better-auth-before.mjs`.
import { emulatorForBetterAuth, signInThroughBetterAuth } from './support/better-auth.mjs';

const emulator = await emulatorForBetterAuth();
process.env.KAKAO_CLIENT_SECRET = 'unused'; // the app's client secret is off: Kakao ignores it
const toEmulator = (url) =>
  url.replace('https://kauth.kakao.com', emulator.authUrl).replace('https://kapi.kakao.com', emulator.apiUrl);
const networkFetch = globalThis.fetch;
globalThis.fetch = (input, init) =>
  networkFetch(new Request(toEmulator(new Request(input).url), new Request(input, init)));

// #region before
import { betterAuth } from 'better-auth';

export const auth = betterAuth({
  socialProviders: {
    kakao: { clientId: process.env.KAKAO_REST_API_KEY, clientSecret: process.env.KAKAO_CLIENT_SECRET },
  },
});
// #endregion before

const kauth = (request) => fetch(request);
const { session, accounts } = await signInThroughBetterAuth(auth, { 'https://kauth.kakao.com': kauth });
const { accountId } = accounts.find((account) => account.providerId === 'kakao');
console.log(`signed in as ${session.user.name}; Kakao account id stored: ${accountId}`);
console.log("(Kakao's id is 1376016924426111111)");
if (accountId === '1376016924426111111') throw new Error('the id is exact now: update the guide');
globalThis.fetch = networkFetch;
await emulator.close();
