/**
 * The Better Auth plugin: our Kakao provider in front of Better Auth's own, the unlink endpoint,
 * the sign-out hook, the unlink webhook and Kakao's errors passed through.
 *
 * @module
 */
import type { BetterAuthPlugin } from 'better-auth';
import { kakaoErrorHook } from './error-hook.js';
import { type KakaoBetterAuthOptions, resolveOptions } from './options.js';
import { kakaoProvider } from './provider.js';
import { signOutHook } from './sign-out.js';
import { unlinkEndpoint } from './unlink.js';
import { unlinkWebhook } from './webhook.js';

/**
 * Kakao Login for Better Auth, done by kakao-oauth's client. Sign in with
 * `signIn.social({ provider: 'kakao' })` as before, or with a native app's id_token
 * (`signIn.social({ provider: 'kakao', idToken: { token, nonce } })`).
 *
 * @throws TypeError when an option is wrong.
 * @example
 * ```ts
 * import { betterAuth } from 'better-auth';
 * import { createKakaoClient } from 'kakao-oauth';
 * import { kakao } from 'kakao-oauth/better-auth';
 *
 * const auth = betterAuth({
 *   plugins: [
 *     kakao({
 *       client: createKakaoClient({ restApiKey: 'REST_API_KEY', clientSecret: 'SECRET', adminKey: 'ADMIN_KEY' }),
 *     }),
 *   ],
 * });
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api
 */
export function kakao(options: KakaoBetterAuthOptions) {
  const resolved = resolveOptions(options);
  const provider = kakaoProvider(resolved);
  return {
    id: 'kakao-oauth',
    init: (ctx) => ({
      context: {
        socialProviders: [provider, ...ctx.socialProviders.filter((other) => other.id !== provider.id)],
      },
    }),
    endpoints: { kakaoUnlink: unlinkEndpoint(resolved) },
    hooks: { before: [signOutHook(resolved)], after: [kakaoErrorHook()] },
    onRequest: unlinkWebhook(resolved),
  } satisfies BetterAuthPlugin;
}
