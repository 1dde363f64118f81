// What a user writes: one line naming the app's redirect URI.
import { kakaoGlobalSetup } from '../../../src/testing/index.js';

export default kakaoGlobalSetup({
  redirectUris: ['http://127.0.0.1:3999/auth/kakao/callback'],
  autoLogin: true,
});
