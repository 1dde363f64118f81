/**
 * Reading a response (or request) body with a size limit: streamed, cancelled as soon as it grows too large.
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
  /** Status and content type of the response that was too large. */
  constructor(
    readonly status: number,
    readonly contentType: string | undefined,
  ) {
    super('response body exceeds the size limit');
  }
}

/**
 * Reads `response` as UTF-8 text, giving up (and cancelling the stream) once more than `maxBytes`
 * bytes arrived. A `Content-Length` above the limit fails before reading anything. When `signal`
 * aborts, the stream is cancelled (so a trickling server's socket is released) and the read
 * rejects with the signal's reason.
 *
 * @throws BodyTooLargeError when the body is too large; the signal's reason when it aborts.
 * @example
 * ```ts
 * declare const response: Response;
 * const text = await readBodyLimited(response, 1024 * 1024, AbortSignal.timeout(5000));
 * ```
 */
export async function readBodyLimited(
  response: Response,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<string> {
  const tooLarge = () =>
    new BodyTooLargeError(response.status, response.headers.get('content-type') ?? undefined);
  return readTextLimited(response, maxBytes, tooLarge, signal);
}

/**
 * Reads the body of a `Request` or `Response` as UTF-8 text, throwing `tooLarge()` (and cancelling
 * the stream) once more than `maxBytes` bytes arrived — with or without a `Content-Length`, so a
 * chunked body is capped too. A `Content-Length` above the limit fails before reading anything.
 * When `signal` aborts, the stream is cancelled and the read rejects with the signal's reason.
 *
 * @throws the error of `tooLarge` when the body is too large; the signal's reason when it aborts.
 * @example
 * ```ts
 * declare const request: Request;
 * const text = await readTextLimited(request, 16 * 1024, () => new RangeError('form too large'));
 * ```
 */
export async function readTextLimited(
  message: { readonly headers: Headers; readonly body: ReadableStream<Uint8Array> | null },
  maxBytes: number,
  tooLarge: () => Error,
  signal?: AbortSignal,
): Promise<string> {
  const declared = Number(message.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await message.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (message.body === null) return '';
  const reader = message.body.getReader();
  const cancel = () => {
    reader.cancel(signal?.reason).catch(() => undefined);
  };
  if (signal?.aborted) cancel();
  else signal?.addEventListener('abort', cancel, { once: true });
  try {
    const chunks = await readChunks(reader, maxBytes, tooLarge);
    signal?.throwIfAborted();
    return new TextDecoder().decode(concat(chunks));
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}

async function readChunks(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  maxBytes: number,
  tooLarge: () => Error,
) {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
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
