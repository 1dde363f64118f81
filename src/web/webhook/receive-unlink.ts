/**
 * Receiving Kakao's unlink notification end to end, shared by the web route and the framework
 * integrations: read and authenticate it, end the user's state on our side, then run the app's hook
 * for at most a deadline. The hook's failure or slowness never reaches Kakao, which gets its 200.
 *
 * @module
 */
import type { UnlinkEvent } from '../config.js';
import { KakaoWebError } from '../errors/request-error.js';
import { readUnlinkNotification } from './unlink-notification.js';

/** How long the app's hook is awaited by default before Kakao gets its answer. */
export const DEFAULT_WEBHOOK_HOOK_TIMEOUT_MS = 2000;

/**
 * What {@link receiveUnlinkNotification} needs.
 *
 * @example
 * ```ts
 * declare const adminKey: string;
 * const receiver: UnlinkReceiver = { adminKey, endUser: async () => {}, hookTimeoutMs: 2000 };
 * ```
 */
export interface UnlinkReceiver {
  /** The app's primary admin key; `undefined` refuses every notification. */
  readonly adminKey: string | undefined;
  /** Ends the user's state on our side (tokens, sessions, account link). Its failure fails the answer. */
  readonly endUser: (userId: string) => Promise<void>;
  /** The app's hook; awaited at most `hookTimeoutMs`, its failure ignored (it reports its own). */
  readonly onUnlink?: ((event: UnlinkEvent) => Promise<void> | void) | undefined;
  /** Milliseconds the hook is awaited. */
  readonly hookTimeoutMs: number;
}

/**
 * Reads and authenticates one notification, ends the user on our side, runs the hook.
 *
 * @throws KakaoWebError `webhook_unauthorized`, `webhook_bad_request`, `method_not_allowed` (see
 *   `readUnlinkNotification`); whatever `endUser` throws.
 * @example
 * ```ts
 * declare const request: Request;
 * declare const receiver: UnlinkReceiver;
 * const event = await receiveUnlinkNotification(request, receiver);
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/callback#unlink
 */
export async function receiveUnlinkNotification(
  request: Request,
  receiver: UnlinkReceiver,
): Promise<UnlinkEvent> {
  const event = await readUnlinkNotification(request, receiver.adminKey);
  await receiver.endUser(event.userId);
  await runHook(receiver, event);
  return event;
}

/**
 * {@link receiveUnlinkNotification} answered as a framework handler answers it: 200 `{ ok: true }`,
 * or the `KakaoWebError`'s status with `{ error, message }` (401 wrong admin key, 400 bad body).
 *
 * @throws whatever `endUser` throws (the framework answers 500; Kakao may retry).
 * @example
 * ```ts
 * declare const request: Request;
 * declare const receiver: UnlinkReceiver;
 * const response = await answerUnlinkNotification(request, receiver);
 * ```
 */
export async function answerUnlinkNotification(
  request: Request,
  receiver: UnlinkReceiver,
): Promise<Response> {
  try {
    await receiveUnlinkNotification(request, receiver);
    return Response.json({ ok: true });
  } catch (error) {
    if (!(error instanceof KakaoWebError)) throw error;
    return Response.json({ error: error.code, message: error.message }, { status: error.status });
  }
}

/** Awaits the hook at most `hookTimeoutMs`; its failure does not fail the answer. */
async function runHook(receiver: UnlinkReceiver, event: UnlinkEvent): Promise<void> {
  if (receiver.onUnlink === undefined) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, receiver.hookTimeoutMs);
  });
  const hook = Promise.resolve()
    .then(() => receiver.onUnlink?.(event))
    .catch(() => undefined); // Kakao gets its 200 regardless; the hook reports its own failures
  await Promise.race([hook, deadline]);
  clearTimeout(timer);
}
