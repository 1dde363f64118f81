/**
 * Kakao account browser sessions (spec §2): created at sign-in, fixed lifetime, ended only by
 * `/oauth/logout`.
 *
 * @module
 */

import { randomBase64Url } from './random.js';
import type { EmulatorState } from './state.js';
import type { BrowserSession } from './types.js';

/** Name of the session cookie on the auth host. */
export const SESSION_COOKIE = '_kawlt';

/** Signs `userId` in: a new session of 24 h, or 30 days with "keep me signed in". */
export function createSession(state: EmulatorState, userId: string, keepSignedIn: boolean): BrowserSession {
  const now = state.clock.now();
  const ttl = keepSignedIn ? state.settings.keepSignedInTtlMs : state.settings.sessionTtlMs;
  const session = { id: randomBase64Url(32), userId, authTime: now, expiresAt: now + ttl, keepSignedIn };
  state.sessions.set(session.id, session);
  return session;
}

/** The live session for a cookie value (expired ones are dropped). */
export function getLiveSession(state: EmulatorState, id: string | undefined): BrowserSession | undefined {
  if (!id) return undefined;
  const session = state.sessions.get(id);
  if (!session) return undefined;
  if (session.expiresAt <= state.clock.now() || !state.users.has(session.userId)) {
    state.sessions.delete(id);
    return undefined;
  }
  return session;
}

/** Ends a session (`/oauth/logout`). */
export function endSession(state: EmulatorState, id: string | undefined): void {
  if (id) state.sessions.delete(id);
}
