/** Every error class and code table of the client. */
export * from './api-codes.js';
export * from './api-error.js';
export * from './auth-error.js';
export * from './callback-error.js';
export * from './explain.js';
export * from './kakao-error.js';
export * from './koe-codes.js';
export * from './koe-page-codes.js';
export * from './response-error.js';
export * from './transport-error.js';
