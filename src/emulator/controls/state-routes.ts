/**
 * Controls over the model as a whole: reset, seed (apps/users JSON), read the config, settings.
 *
 * @module
 */

import { checkEmulatorConfig } from '../model/config.js';
import { CONTROL_SCHEMAS } from '../model/control-schemas.js';
import { resolveSettings } from '../model/settings.js';
import { resetState, seedState } from '../model/state.js';
import { readJsonBody, reply } from '../route/json-body.js';
import type { Emulator } from '../types.js';

/**
 * `POST /__emulator/reset`: back to the initial config; sessions, links, codes, tokens, faults and
 * the log dropped. The clock and the signing keys are kept (move the clock with `/clock`).
 */
export async function resetRoute(emulator: Emulator, request: Request): Promise<Response> {
  await readJsonBody(request, CONTROL_SCHEMAS.reset, 'reset');
  resetState(emulator.state);
  return reply({ ok: true });
}

/** `POST /__emulator/seed`: add or replace apps (by REST API key) and users (by id). */
export async function seedRoute(emulator: Emulator, request: Request): Promise<Response> {
  const config = checkEmulatorConfig(await readJsonBody(request, {}, 'config'));
  seedState(emulator.state, config);
  return reply({ ok: true, apps: emulator.state.apps.length, users: emulator.state.users.size });
}

/** `GET /__emulator/config`: apps (secrets included: this is a local test tool) and users. */
export function configRoute(emulator: Emulator): Response {
  const { apps, users, settings } = emulator.state;
  return reply({ apps, users: [...users.values()].map((u) => ({ ...u, id: BigInt(u.id) })), settings });
}

/** `POST /__emulator/settings`: change settings (e.g. `{ "rateLimits": true }`), each checked. */
export async function settingsRoute(emulator: Emulator, request: Request): Promise<Response> {
  const body = await readJsonBody(request, CONTROL_SCHEMAS.settings, 'settings');
  emulator.state.settings = resolveSettings({ ...emulator.state.settings, ...body });
  return reply({ settings: emulator.state.settings });
}
