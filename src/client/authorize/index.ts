/** Starting a login and reading its callback. */
export * from './authorization-url.js';
export { base64url } from './base64url.js';
export * from './callback.js';
export { timingSafeEqual } from './constant-time.js';
export * from './logout-url.js';
export * from './random.js';
