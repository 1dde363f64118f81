// docs/migrate-passport.md "Before": passport-kakao configured as the guide shows, and what it gets
// wrong when run against the emulator: the Kakao id it hands the verify callback is a rounded
// number. passport-kakao's URLs are fixed to Kakao's servers (and it talks through node:https, not
// fetch), so only its user-info URL is pointed at the emulator here, through the strategy's
// internals, and it is given the access token of a sign-in made with kakao-oauth's client.
// Run it with `npm run build && node examples/migrate-passport-before.mjs`.
import { getUser } from 'kakao-oauth';
import { startEmulator } from 'kakao-oauth/emulator';
import { clientFor, setEnvFor, signInOnPages } from './support/sign-in.mjs';

const emulator = await startEmulator();
setEnvFor(emulator);
const findOrCreate = (kakaoId) => ({ kakaoId });

// #region before
import passport from 'passport';
import { Strategy as KakaoStrategy } from 'passport-kakao';

passport.use(
  new KakaoStrategy(
    { clientID: process.env.KAKAO_REST_API_KEY, callbackURL: '/auth/kakao/callback' },
    (_accessToken, _refreshToken, profile, done) => done(null, findOrCreate(profile.id)),
  ),
);
// #endregion before

const kakao = clientFor(emulator);
const { accessToken } = await signInOnPages(kakao, '1376016924426111111');
const stock = passport._strategy('kakao');
stock._userProfileURL = `${emulator.apiUrl}/v2/user/me`;
// biome-ignore lint/correctness/useHookAtTopLevel: passport-oauth2's method, not a React hook
stock._oauth2.useAuthorizationHeaderforGET(true); // Kakao's documented way to send the token
const profile = await new Promise((resolve, reject) =>
  stock.userProfile(accessToken, (error, p) => (error ? reject(error) : resolve(p))),
);
const exact = (await getUser(kakao, { accessToken })).id;
console.log(`passport-kakao's profile.id: ${profile.id} (${typeof profile.id})`);
console.log(`the Kakao id:              ${exact}`);
if (String(profile.id) === exact) throw new Error('passport-kakao no longer rounds the id: update the guide');
await emulator.close();
