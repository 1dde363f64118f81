/** The transport every call goes through; exported for calls this library does not wrap. */
export { bearer, kakaoAK } from './auth-header.js';
export { BodyTooLargeError } from './body.js';
export { fetchTransport } from './fetch-transport.js';
export { encodeParams, FORM_CONTENT_TYPE, type Params, type ParamValue } from './form.js';
export { parseJsonLossless, stringifyJson } from './json.js';
export { kakaoRequest } from './kakao-request.js';
export { buildUrl, type KakaoRequest } from './request.js';
export { isRecord } from './response-body.js';
export { backoffDelay, parseRetryAfter } from './retry.js';
export type { KakaoTransport, TransportRequest, TransportResponse } from './transport.js';
