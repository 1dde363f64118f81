/**
 * `createKakaoClient` as the Node entry exports it: the core's, with the Node transport as default.
 *
 * @module
 */
import {
  createKakaoClient as createCoreClient,
  type KakaoClient,
  type KakaoClientConfig,
} from '../base/config.js';
import type { KakaoTransport } from '../base/http/transport.js';
import { createNodeTransport } from './transport.js';

/** One pool for every client made without its own `fetch` or `transport`. */
let shared: KakaoTransport | undefined;

/**
 * Checks a configuration and resolves its defaults, like the core's `createKakaoClient`; on Node,
 * requests go through a shared undici keep-alive pool (64 connections per origin) unless the
 * config names a `fetch` or a `transport`. `await kakao.close()` drops the pooled connections.
 *
 * @throws TypeError when a value is missing or malformed.
 * @example
 * ```ts
 * import { createKakaoClient } from 'kakao-oauth';
 * const kakao = createKakaoClient({ restApiKey: process.env.KAKAO_REST_API_KEY! });
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api
 */
export function createKakaoClient(config: KakaoClientConfig): KakaoClient {
  if (config?.fetch !== undefined || config?.transport !== undefined) return createCoreClient(config);
  shared ??= createNodeTransport();
  return createCoreClient({ ...config, transport: shared });
}
