/**
 * Request bodies, read once and never beyond a cap. The router reads the body of every request
 * that may have one before any route runs (answering 413 above the cap, without reading further);
 * routes then get the text from here. The Node binding, which reads the socket itself under the
 * same cap, hands the text over with {@link primeBodyText}.
 *
 * @module
 */

import { jsonResponse } from './json.js';

/** Default cap on a request body: 1 MiB (Kakao's forms are a few hundred bytes). */
export const DEFAULT_MAX_BODY_BYTES = 1_048_576;

/** A body above the cap (thrown by {@link readBodyText}). */
export class BodyTooLarge extends Error {
  /** @param limit The cap in bytes. */
  constructor(readonly limit: number) {
    super(`request body exceeds ${limit} bytes`);
    this.name = 'BodyTooLarge';
  }
}

const texts = new WeakMap<Request, string>();

/** Whether a request of this method may carry a body the emulator reads. */
export function mayHaveBody(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD';
}

/** Records the body text of a request whose bytes the caller already read (the Node binding). */
export function primeBodyText(request: Request, text: string): void {
  texts.set(request, text);
}

/** The body text read earlier, or `undefined` when it has not been read through here. */
export function knownBodyTextOf(request: Request): string | undefined {
  return texts.get(request);
}

/**
 * The body as UTF-8 text, read at most once and never past `limit` bytes: a declared
 * `Content-Length` above it is refused before reading, a stream is cancelled as soon as it passes it.
 *
 * @throws BodyTooLarge above the cap.
 * @example
 * ```ts
 * declare const request: Request;
 * const text = await readBodyText(request, DEFAULT_MAX_BODY_BYTES);
 * ```
 */
export function readBodyText(request: Request, limit = DEFAULT_MAX_BODY_BYTES): string | Promise<string> {
  const known = texts.get(request);
  if (known !== undefined) return known;
  return readCapped(request, limit).then((text) => {
    texts.set(request, text);
    return text;
  });
}

async function readCapped(request: Request, limit: number): Promise<string> {
  if (Number(request.headers.get('content-length')) > limit) throw new BodyTooLarge(limit);
  if (request.bodyUsed || !request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Bounded: every read gives at least one byte or ends, and the loop stops past `limit` bytes.
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge(limit);
    }
    chunks.push(chunk.value);
  }
  return new TextDecoder().decode(joinChunks(chunks, size));
}

function joinChunks(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * The answer to a body above the cap: `413` with a JSON explanation naming the option to raise.
 *
 * @example
 * ```ts
 * tooLargeResponse(1_048_576).status; // 413
 * ```
 */
export function tooLargeResponse(limit: number): Response {
  return jsonResponse(
    {
      error: 'request_too_large',
      error_description: `The request body exceeds ${limit} bytes (raise it with the emulator's maxBodyBytes option).`,
    },
    { status: 413 },
  );
}
