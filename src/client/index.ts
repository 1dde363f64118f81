/** The Kakao Login REST client (kauth + kapi). */

export * from './admin/index.js';
export * from './authorize/index.js';
export * from './config.js';
export * from './errors/index.js';
export * from './http/index.js';
export * from './tokens/index.js';
export * from './user/index.js';
