/**
 * HTTP helpers shared by the kauth and kapi routes: lossless JSON, the two error dialects,
 * parameter reading.
 *
 * @module
 */

export * from './json.js';
export * from './kapi-error.js';
export * from './kauth-error.js';
export * from './params.js';
