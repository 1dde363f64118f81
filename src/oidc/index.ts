/** OpenID Connect for Kakao: id_token verification, JWKS cache, discovery. */
export const KAKAO_ISSUER = 'https://kauth.kakao.com';
