/**
 * Reading a response body with a size limit: streamed, cancelled as soon as it grows too large.
 *
 * @module
 */

/**
 * Thrown (internally) when a body exceeds the limit; the caller maps it to a public error.
 *
 * @example
 * ```ts
 * declare const response: Response;
 * declare function giveUp(...args: unknown[]): void;
 * try { await readBodyLimited(response, 1024); } catch (e) { if (e instanceof BodyTooLargeError) giveUp(); }
 * ```
 */
export class BodyTooLargeError extends Error {
  constructor() {
    super('response body exceeds the size limit');
  }
}

/**
 * Reads `response` as UTF-8 text, giving up (and cancelling the stream) once more than `maxBytes`
 * bytes arrived. A `Content-Length` above the limit fails before reading anything.
 *
 * @throws BodyTooLargeError when the body is too large.
 * @example
 * ```ts
 * declare const response: Response;
 * const text = await readBodyLimited(response, 1024 * 1024);
 * ```
 */
export async function readBodyLimited(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new BodyTooLargeError();
  }
  if (response.body === null) return '';
  const chunks = await readChunks(response.body.getReader(), maxBytes);
  return new TextDecoder().decode(concat(chunks));
}

async function readChunks(reader: ReadableStreamDefaultReader<Uint8Array>, maxBytes: number) {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError();
    }
    chunks.push(value);
  }
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
