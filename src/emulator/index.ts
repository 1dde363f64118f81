/**
 * The Kakao emulator: a local stand-in for kauth.kakao.com and kapi.kakao.com (Node). Everything
 * of the web-standard core (`kakao-oauth/emulator/web`) plus the Node binding: `startEmulator`
 * and the `node:crypto` id_token signer.
 *
 * @packageDocumentation
 */

export * from './http/index.js';
export * from './model/index.js';
export * from './node/index.js';
export * from './web.js';
