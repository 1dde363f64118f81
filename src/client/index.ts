/** The Kakao Login REST client (kauth + kapi). */
export const KAKAO_AUTH_URL = 'https://kauth.kakao.com';
export const KAKAO_API_URL = 'https://kapi.kakao.com';
