/** The Kakao Login REST client (kauth + kapi). */
export * from './config.js';
