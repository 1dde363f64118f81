/**
 * kakao-oauth on Node: everything the core entry exports, with `createKakaoClient` sending requests
 * through a `node:http` keep-alive pool instead of `fetch` (loaded through the package's `node`
 * export condition, so `import 'kakao-oauth'` picks it on Node by itself). Other runtimes load the
 * core entry and keep `fetch`.
 *
 * @packageDocumentation
 */
export * from '../index.js';
export { createKakaoClient } from './client.js';
export { createNodeTransport, type NodeTransportOptions } from './transport.js';
