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
import { toWebRequest } from '../web/express/translate.js';
import { KakaoWebError, readUnlinkNotification, type UnlinkEvent } from '../web/index.js';

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
 * `onUnlink` has run; 401 for a wrong admin key, 400 for a bad body.
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
      const event = await readUnlinkNotification(toWebRequest(req), options.client.adminKey);
      await options.tokens?.remove(event.userId);
      await options.onUnlink(event);
      res.status(200).json({ ok: true });
    } catch (error) {
      if (error instanceof KakaoWebError)
        res.status(error.status).json({ error: error.code, message: error.message });
      else next(error);
    }
  };
}
