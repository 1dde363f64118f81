/**
 * Turns an armed fault into its effect: a delay, a canned error response, or a dropped
 * connection (a rejected `fetch`, and a destroyed socket in the Node binding).
 *
 * @module
 */

import { kapiError } from './http/kapi-error.js';
import { KauthFailure, kauthErrorResponse } from './http/kauth-error.js';
import type { FaultAction } from './model/types.js';

/** Thrown by `emulator.fetch` for an injected dropped connection (like a network failure). */
export class DroppedConnection extends TypeError {
  constructor() {
    super('fetch failed: the emulator dropped the connection (injected fault)');
    this.name = 'DroppedConnection';
  }
}

function statusResponse(status: number, body: string | undefined): Response {
  const text = body ?? `<!doctype html><title>${status}</title><h1>${status}</h1>`;
  return new Response(text, { status, headers: { 'content-type': 'text/html;charset=UTF-8' } });
}

/**
 * Applies a fault. Returns the response to send instead of the real one, or `undefined` when the
 * request should then proceed normally (latency).
 */
export async function applyFault(action: FaultAction, _host: 'auth' | 'api'): Promise<Response | undefined> {
  switch (action.kind) {
    case 'latency':
      await new Promise((resolve) => setTimeout(resolve, action.ms));
      return undefined;
    case 'drop':
      throw new DroppedConnection();
    case 'status':
      return statusResponse(action.status, action.body);
    case 'koe': {
      const description = action.description ?? `injected ${action.errorCode}`;
      return kauthErrorResponse(
        new KauthFailure(action.status ?? 400, action.error, action.errorCode, description),
      );
    }
    case 'kapi':
      return kapiError(action.code, action.msg, { status: action.status });
  }
}
