/**
 * Fetching Kakao's public OIDC documents (discovery, JWKS): timeout, size cap, defensive JSON.
 *
 * @internal
 * @module
 */
import type { KakaoClient } from '../client/config.js';
import { KakaoOidcMetadataError } from './errors.js';

/** Options of one metadata request. */
export interface MetadataRequestOptions {
  /** Aborts the request (combined with the client's timeout). */
  signal?: AbortSignal | undefined;
}

/** GETs a public JSON document and returns it as a plain object. */
export async function fetchJsonObject(
  kakao: KakaoClient,
  url: string,
  options: MetadataRequestOptions = {},
): Promise<Record<string, unknown>> {
  const response = await send(kakao, url, options.signal);
  if (response.status !== 200) {
    await response.body?.cancel().catch(() => {});
    throw new KakaoOidcMetadataError('OIDC_HTTP_STATUS', `GET ${url} answered HTTP ${response.status}.`, {
      status: response.status,
    });
  }
  const text = await readCapped(response, kakao.maxResponseBytes, url);
  return parseObject(text, url);
}

async function send(kakao: KakaoClient, url: string, signal: AbortSignal | undefined): Promise<Response> {
  const timeout = AbortSignal.timeout(kakao.timeoutMs);
  try {
    return await kakao.fetch(url, {
      method: 'GET',
      headers: { accept: 'application/json' },
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      redirect: 'error',
    });
  } catch (cause) {
    const reason = timeout.aborted ? `timed out after ${kakao.timeoutMs} ms` : 'failed';
    throw new KakaoOidcMetadataError('OIDC_TRANSPORT', `GET ${url} ${reason}.`, { cause });
  }
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw tooLarge(url, maxBytes);
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(url, maxBytes);
    }
    chunks.push(read.value);
  }
  return decodeChunks(chunks, size);
}

function decodeChunks(chunks: Uint8Array[], size: number): string {
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

function parseObject(text: string, url: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new KakaoOidcMetadataError('OIDC_RESPONSE_INVALID', `GET ${url} did not return JSON.`, { cause });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new KakaoOidcMetadataError('OIDC_RESPONSE_INVALID', `GET ${url} did not return a JSON object.`);
  }
  return value as Record<string, unknown>;
}

function tooLarge(url: string, maxBytes: number): KakaoOidcMetadataError {
  return new KakaoOidcMetadataError(
    'OIDC_RESPONSE_TOO_LARGE',
    `GET ${url} returned more than ${maxBytes} bytes.`,
  );
}
