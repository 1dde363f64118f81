// /auth/kakao/login, /callback, /logout, /unlink, /unlink-webhook
import { kakaoRouteHandlers } from 'kakao-oauth/next';
import { kakaoAuth } from '../../../../lib/auth.js';

export const { GET, POST } = kakaoRouteHandlers(kakaoAuth);
