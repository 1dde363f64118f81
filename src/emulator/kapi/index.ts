/**
 * kapi.kakao.com routes (placeholder: the kapi helper replaces this file). The router calls
 * {@link handleKapi} for every request addressed to the API host.
 *
 * @module
 */

import { kapiError } from '../http/kapi-error.js';
import type { Emulator } from '../types.js';

/**
 * Answers one kapi request. Placeholder: every path is Kakao's 404-style JSON.
 *
 * @example
 * ```ts
 * const response = await handleKapi(emulator, new Request(`${emulator.apiUrl}/v2/user/me`));
 * ```
 */
export async function handleKapi(_emulator: Emulator, request: Request): Promise<Response> {
  const path = new URL(request.url).pathname;
  return kapiError(-9, `api not found: ${path}`, { status: 404 });
}
