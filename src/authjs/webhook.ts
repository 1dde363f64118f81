/**
 * Kakao's unlink notification for an Auth.js app, as a web-standard handler: the web core reads
 * and authenticates it (`KakaoAK {admin key}` in constant time), the user's tokens are forgotten
 * (their JWT session then ends at its next read) and the app's `onUnlinked` runs (awaited at most
 * 2 s; its failure does not change Kakao's 200).
 *
 * @module
 */
import { answerUnlinkNotification, DEFAULT_WEBHOOK_HOOK_TIMEOUT_MS } from '../web/webhook/receive-unlink.js';
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
  return async (request: Request): Promise<Response> =>
    answerUnlinkNotification(request, {
      adminKey: options.client.adminKey,
      endUser: (userId) => options.tokens.remove(userId),
      onUnlink: options.onUnlinked,
      hookTimeoutMs: DEFAULT_WEBHOOK_HOOK_TIMEOUT_MS,
    });
}
