import { describe, expect, it } from 'vitest';
import { BodyTooLargeError, readBodyLimited } from '../../../src/base/http/body.js';

function streamOf(chunks: Uint8Array[], onCancel: () => void): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      const chunk = chunks[index++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
    cancel: onCancel,
  });
}

describe('readBodyLimited', () => {
  it('reads UTF-8 text within the limit', async () => {
    await expect(readBodyLimited(new Response('{"nickname":"길동"}'), 100)).resolves.toBe(
      '{"nickname":"길동"}',
    );
  });

  it('rejects a declared Content-Length above the limit before reading', async () => {
    const response = new Response('x'.repeat(10), { headers: { 'content-length': '5000' } });
    await expect(readBodyLimited(response, 100)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it('cancels the stream as soon as it grows past the limit', async () => {
    let cancelled = false;
    let pulled = 0;
    const chunks = Array.from({ length: 100 }, () => new Uint8Array(64));
    const stream = streamOf(chunks, () => {
      cancelled = true;
    });
    const counting = stream.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          pulled++;
          controller.enqueue(chunk);
        },
      }),
    );
    await expect(readBodyLimited(new Response(counting), 200)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(pulled).toBeLessThan(10);
    expect(cancelled).toBe(true);
  });

  it('returns an empty string for a null body', async () => {
    await expect(readBodyLimited(new Response(null, { status: 204 }), 10)).resolves.toBe('');
  });

  it('accepts a body of exactly the limit', async () => {
    await expect(readBodyLimited(new Response('abcde'), 5)).resolves.toBe('abcde');
  });
});
