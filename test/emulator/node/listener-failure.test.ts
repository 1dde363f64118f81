// How the Node binding ends a request when answering fails: a 500 when nothing was sent yet, the
// connection closed when the answer had already started (a second status line cannot be sent).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { nodeListener } from '../../../src/emulator/node/binding.js';
import type { Emulator } from '../../../src/emulator/types.js';

function fakeExchange(options: { endThrows: boolean }) {
  const destroy = vi.fn();
  const req = { method: 'GET', url: '/v2/user/me', rawHeaders: [], socket: { destroy } };
  const res = {
    headersSent: false,
    statuses: [] as number[],
    writeHead(status: number) {
      if (this.headersSent) throw new Error('ERR_HTTP_HEADERS_SENT');
      this.headersSent = true;
      this.statuses.push(status);
    },
    end() {
      if (options.endThrows) throw new Error('socket gone');
    },
  };
  return { req: req as unknown as IncomingMessage, res, destroy };
}

/** An emulator whose answer has a streamed body (not known text), so it is read, then written. */
const emulator = {
  fetch: async () => new Response(new Blob(['{"id":1}']).stream(), { status: 200 }),
} as unknown as Emulator;

async function settle() {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('nodeListener failures', () => {
  it('closes the connection when writing fails after the headers went out', async () => {
    const { req, res, destroy } = fakeExchange({ endThrows: true });
    nodeListener(emulator, () => 'http://127.0.0.1:1')(req, res as unknown as ServerResponse);
    await settle();
    expect(res.statuses).toEqual([200]);
    expect(destroy).toHaveBeenCalledOnce();
  });

  it('answers 500 when the emulator fails before anything was sent', async () => {
    const { req, res, destroy } = fakeExchange({ endThrows: false });
    const failing = { fetch: async () => Promise.reject(new Error('boom')) } as unknown as Emulator;
    nodeListener(failing, () => 'http://127.0.0.1:1')(req, res as unknown as ServerResponse);
    await settle();
    expect(res.statuses).toEqual([500]);
    expect(destroy).not.toHaveBeenCalled();
  });
});
