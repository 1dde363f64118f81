/**
 * The transport over a `fetch` function (the global one, or any `Request → Response` handler such
 * as the emulator's): used on every runtime except where a faster one is plugged in.
 *
 * @module
 */
import type { KakaoFetch } from '../config.js';
import { readBodyLimited } from './body.js';
import type { KakaoTransport, TransportRequest, TransportResponse } from './transport.js';

/**
 * A transport calling `fetchImpl` with one `Request` per exchange.
 *
 * The `Request` and the `Response` are kept strongly reachable from the signal's listeners for the
 * exchange's life: Node 20's fetch links a `Request`'s signal to ours only weakly, and a garbage
 * collection must not cut that link while the exchange runs.
 *
 * @example
 * ```ts
 * const transport = fetchTransport((request) => fetch(request));
 * ```
 */
export function fetchTransport(fetchImpl: KakaoFetch): KakaoTransport {
  return {
    send: (request, attempt) => exchange(fetchImpl, request, attempt.signal, attempt.maxBytes),
    close: async () => undefined,
  };
}

async function exchange(
  fetchImpl: KakaoFetch,
  request: TransportRequest,
  signal: AbortSignal,
  maxBytes: number,
): Promise<TransportResponse> {
  const outgoing = new Request(request.origin + request.path, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal,
    redirect: 'manual',
  });
  const held: unknown[] = [outgoing];
  const keep = () => held.length; // referenced by the signal until the exchange ends
  signal.addEventListener('abort', keep);
  try {
    const response = await fetchImpl(outgoing);
    held.push(response);
    const text = await readBodyLimited(response, maxBytes, signal);
    const contentType = response.headers.get('content-type') ?? undefined;
    const retryAfter = response.headers.get('retry-after') ?? undefined;
    return { status: response.status, contentType, retryAfter, text };
  } finally {
    signal.removeEventListener('abort', keep);
  }
}
