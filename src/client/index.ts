/** The Kakao Login REST client (kauth + kapi). */

export * from '../base/config.js';
export * from '../base/errors/index.js';
export * from '../base/http/index.js';
export * from './admin/index.js';
export * from './authorize/index.js';
export * from './tokens/index.js';
export * from './user/index.js';
