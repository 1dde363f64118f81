/**
 * Every control body is checked against its schema: a value that would turn later requests into
 * 500s (or store nonsense) is refused with 400 naming the field, and nothing changes. The schema
 * files in `schema/` say exactly what the code checks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA } from '../../../src/emulator/model/config-schema.js';
import { CONTROL_SCHEMAS, FAULT_ACTION_SCHEMAS } from '../../../src/emulator/model/control-schemas.js';
import { authorizeUrl, autoCode, get, redeem, testEmulator } from '../helpers.js';

type Emu = Awaited<ReturnType<typeof testEmulator>>;

function post(emulator: Emu, path: string, body: string) {
  return emulator.fetch(
    new Request(`${emulator.authUrl}/__emulator${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    }),
  );
}

async function expectRefused(emulator: Emu, path: string, body: string, mention: string) {
  const response = await post(emulator, path, body);
  expect(response.status, `${path} ${body}`).toBe(400);
  expect((await response.json()).error, `${path} ${body}`).toContain(mention);
}

function schemaFile(name: string) {
  return JSON.parse(readFileSync(new URL(`../../../schema/${name}`, import.meta.url), 'utf8'));
}

describe('control bodies are checked against their schemas', () => {
  it('settings: wrong types, unknown names and values out of range → 400; settings unchanged', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    const before = structuredClone(emulator.state.settings);
    await expectRefused(
      emulator,
      '/settings',
      '{"accessTokenTtlMs":{"rest":"abc"}}',
      'settings.accessTokenTtlMs.rest',
    );
    await expectRefused(
      emulator,
      '/settings',
      '{"rateLimits":"yes"}',
      'settings.rateLimits must be true or false',
    );
    await expectRefused(
      emulator,
      '/settings',
      '{"bogusSetting":1}',
      'settings.bogusSetting is not a known field',
    );
    await expectRefused(
      emulator,
      '/settings',
      '{"invalidClientSecretStatus":0}',
      'invalidClientSecretStatus',
    );
    await expectRefused(emulator, '/settings', '{"codeTtlMs":1e300}', 'settings.codeTtlMs');
    await expectRefused(emulator, '/settings', '{"__proto__":{"rateLimits":true}}', '__proto__');
    expect(emulator.state.settings).toEqual(before);
    const tokens = await (await redeem(emulator, await autoCode(emulator))).json();
    expect(tokens.expires_in).toBeGreaterThan(0);
  });

  it('clock: seconds given as set, negative or non-numeric advances → 400; clock unchanged', async () => {
    const emulator = await testEmulator();
    const now = emulator.state.clock.now();
    await expectRefused(emulator, '/clock', '{"set":1}', 'clock.set must be at least');
    await expectRefused(
      emulator,
      '/clock',
      '{"advanceSeconds":-5}',
      'clock.advanceSeconds must be at least 0',
    );
    await expectRefused(emulator, '/clock', '{"advanceMs":-1}', 'clock.advanceMs');
    await expectRefused(emulator, '/clock', '{"advanceMs":"60"}', 'clock.advanceMs must be an integer');
    await expectRefused(emulator, '/clock', '{"advanceMs":253402300799999}', 'the clock must stay between');
    await expectRefused(emulator, '/clock', '{"tick":1}', 'clock.tick is not a known field');
    expect(emulator.state.clock.now()).toBe(now);
    const page = await get(emulator, authorizeUrl(emulator));
    expect(page.status).toBe(200);
  });

  it('faults: statuses that cannot be answered and out-of-range values → 400; nothing armed', async () => {
    const emulator = await testEmulator();
    const arm = (action: object) => JSON.stringify({ action });
    for (const status of [101, 204, 205, 304, 99, 600, 0]) {
      await expectRefused(emulator, '/faults', arm({ kind: 'status', status }), 'faults.action.status');
    }
    await expectRefused(
      emulator,
      '/faults',
      arm({ kind: 'koe', error: 'invalid_request', errorCode: 'KOE237', status: 0 }),
      'faults.action.status',
    );
    await expectRefused(
      emulator,
      '/faults',
      arm({ kind: 'koe', error: 'bad\r\nheader', errorCode: 'KOE237' }),
      'faults.action.error',
    );
    await expectRefused(
      emulator,
      '/faults',
      arm({ kind: 'kapi', code: -1, status: 1000 }),
      'faults.action.status must be at most 599',
    );
    await expectRefused(emulator, '/faults', arm({ kind: 'latency', ms: 1e12 }), 'faults.action.ms');
    await expectRefused(emulator, '/faults', arm({ kind: 'explode' }), 'faults.action.kind');
    await expectRefused(
      emulator,
      '/faults',
      JSON.stringify({ action: { kind: 'drop' }, count: 0 }),
      'faults.count',
    );
    await expectRefused(
      emulator,
      '/faults',
      JSON.stringify({ action: { kind: 'drop' }, match: { host: 'x' } }),
      'faults.match.host',
    );
    expect(emulator.state.faults).toEqual([]);
    const ok = await post(emulator, '/faults', arm({ kind: 'status', status: 503 }));
    expect(ok.status).toBe(201);
    expect((await get(emulator, `${emulator.authUrl}/.well-known/jwks.json`)).status).toBe(503);
  });

  it('seed, disconnect, keys/rotate, reset and log refuse what their schema does not allow', async () => {
    const emulator = await testEmulator();
    await expectRefused(
      emulator,
      '/seed',
      '{"apps":[{"restApiKey":"k","adminKey":"a","colour":"red"}]}',
      'apps[0].colour is not a known field',
    );
    await expectRefused(emulator, '/seed', '{"settings":{"rateLimits":"yes"}}', 'settings.rateLimits');
    await expectRefused(
      emulator,
      '/users/disconnect',
      '{"userId":"1376016924426111111","referrerType":"X"}',
      'referrerType must be one of',
    );
    await expectRefused(emulator, '/keys/rotate', '{"retain":-1}', 'retain');
    await expectRefused(emulator, '/reset', '{"everything":true}', 'reset.everything is not a known field');
    const log = await emulator.fetch(new Request(`${emulator.authUrl}/__emulator/log?limit=abc`));
    expect(log.status).toBe(400);
  });

  it('schema/emulator-config.schema.json and schema/emulator-controls.schema.json say what the code checks', () => {
    expect(schemaFile('emulator-config.schema.json')).toEqual(CONFIG_SCHEMA);
    const { seed: _seed, ...controls } = CONTROL_SCHEMAS;
    expect(schemaFile('emulator-controls.schema.json').$defs).toEqual({
      ...structuredClone(controls),
      faultActions: FAULT_ACTION_SCHEMAS,
    });
  });
});
