/**
 * Kakao's unlink notification for an Express + Passport app: the web core reads and authenticates
 * it (`KakaoAK {admin key}` in constant time), the managed tokens are forgotten, and the app's
 * `onUnlink` removes its own user or sessions (Passport keeps no user store).
 *
 * @module
 */
import type { Request as ExpressRequest, Response as ExpressResponse, NextFunction } from 'express';
import type { KakaoClient } from '../base/config.js';
import type { TokenManager } from '../tokens/index.js';
import { sendWebResponse, toWebRequest } from '../web/express/translate.js';
import type { UnlinkEvent } from '../web/index.js';
import { answerUnlinkNotification, DEFAULT_WEBHOOK_HOOK_TIMEOUT_MS } from '../web/webhook/receive-unlink.js';

/**
 * What {@link kakaoUnlinkWebhook} takes.
 *
 * @example
 * ```ts
 * declare const client: KakaoClient;
 * const options: KakaoUnlinkWebhookOptions = { client, onUnlink: (event) => console.log(event.userId) };
 * ```
 */
export interface KakaoUnlinkWebhookOptions {
  /** Its `adminKey` checks the notification; without one every request is refused. */
  client: KakaoClient;
  /** Forgets the user's tokens, when given. */
  tokens?: TokenManager | undefined;
  /** Removes the app's user, account link or sessions for `event.userId` (the exact Kakao id). */
  onUnlink: (event: UnlinkEvent) => Promise<void> | void;
}

/**
 * An Express handler for the unlink callback URL registered in Kakao's console. Answers 200 once
 * the tokens are forgotten and `onUnlink` has run (awaited at most 2 s; its failure does not change
 * the 200, so `onUnlink` reports its own failures); 401 for a wrong admin key, 400 for a bad body.
 *
 * @example
 * ```ts
 * import express from 'express';
 * declare const client: KakaoClient;
 * const app = express();
 * app.post('/auth/kakao/unlink', kakaoUnlinkWebhook({ client, onUnlink: async ({ userId }) => {} }));
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/callback#unlink
 */
export function kakaoUnlinkWebhook(options: KakaoUnlinkWebhookOptions) {
  if (typeof options?.onUnlink !== 'function') {
    throw new TypeError('kakaoUnlinkWebhook: pass onUnlink, which removes the user on your side.');
  }
  return async (req: ExpressRequest, res: ExpressResponse, next: NextFunction): Promise<void> => {
    try {
      const response = await answerUnlinkNotification(toWebRequest(req), {
        adminKey: options.client.adminKey,
        endUser: async (userId) => options.tokens?.remove(userId),
        onUnlink: options.onUnlink,
        hookTimeoutMs: DEFAULT_WEBHOOK_HOOK_TIMEOUT_MS,
      });
      await sendWebResponse(res, response);
    } catch (error) {
      next(error);
    }
  };
}
