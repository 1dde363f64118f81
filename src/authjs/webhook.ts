/**
 * Kakao's unlink notification for an Auth.js app, as a web-standard handler: the web core reads
 * and authenticates it (`KakaoAK {admin key}` in constant time), the user's tokens are forgotten
 * (their JWT session then ends at its next read) and the app's `onUnlinked` runs.
 *
 * @module
 */
import { KakaoWebError, readUnlinkNotification } from '../web/index.js';
import type { ResolvedHooksOptions } from './options.js';

/**
 * The webhook handler: 200 once done (a repeat does no harm), 401 for a wrong or missing admin
 * key, 400 for a notification without a numeric `user_id`.
 *
 * @example
 * ```ts
 * declare const options: ResolvedHooksOptions;
 * const handler = unlinkWebhook(options);
 * ```
 */
export function unlinkWebhook(options: ResolvedHooksOptions) {
  return async (request: Request): Promise<Response> => {
    try {
      const event = await readUnlinkNotification(request, options.client.adminKey);
      await options.tokens.remove(event.userId);
      await options.onUnlinked(event);
      return Response.json({ ok: true });
    } catch (error) {
      if (!(error instanceof KakaoWebError)) throw error;
      return Response.json({ error: error.code, message: error.message }, { status: error.status });
    }
  };
}
