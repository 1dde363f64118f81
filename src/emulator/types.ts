/**
 * The emulator object shared by the router, the kauth routes, the kapi routes and the Node
 * binding.
 *
 * @module
 */

import type { EmulatorState } from './model/state.js';

/** A running emulator core: a web-standard handler over one model. */
export interface Emulator {
  /** Answers one request (kauth, kapi or `/__emulator/` controls). Usable as a client's `fetch`. */
  fetch(request: Request): Promise<Response>;
  /** The model: apps, users, sessions, links, codes, tokens, keys, clock, faults, log. */
  readonly state: EmulatorState;
  /** Base URL of the emulated kauth.kakao.com (no trailing slash). */
  readonly authUrl: string;
  /** Base URL of the emulated kapi.kakao.com (no trailing slash). */
  readonly apiUrl: string;
  /** `iss` of id_tokens and discovery; default = `authUrl`. */
  readonly issuer: string;
  /** Largest request body accepted, in bytes; a larger one gets `413` (option `maxBodyBytes`). */
  readonly maxBodyBytes: number;
  /** Host names besides loopback and the base URLs' hosts whose requests the test controls accept. */
  readonly controlHosts: readonly string[];
  /** Signed-in user for unattended mode (`autoLogin`), or `undefined` for the interactive pages. */
  readonly autoLoginUserId: string | undefined;
}
