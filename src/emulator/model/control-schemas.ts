/**
 * The JSON Schemas of the test controls' bodies. Every control checks its body against its schema
 * before it changes anything, and answers 400 naming the field (`clock.set must be at least …`).
 * `schema/emulator-controls.schema.json` publishes the same schemas (a test keeps it equal).
 *
 * @module
 */

import { CONFIG_SCHEMA } from './config-schema.js';
import type { JsonSchema } from './schema-check.js';

/** 2000-01-01T00:00:00Z in epoch ms: a clock set earlier than this was most likely given seconds. */
export const EARLIEST_CLOCK_MS = 946_684_800_000;
/** 9999-12-31T23:59:59.999Z: the last instant a date can be written as RFC 3339. */
export const LATEST_CLOCK_MS = 253_402_300_799_999;
/** Longest injected latency: 10 minutes. */
export const MAX_LATENCY_MS = 600_000;

const ERROR_STATUS: JsonSchema = { type: 'integer', minimum: 400, maximum: 599 };
const TEXT: JsonSchema = { type: 'string', maxLength: 2000 };
const empty = (name: string): JsonSchema => ({ title: name, type: 'object', additionalProperties: false });

/** A fault action, one schema per `kind`. */
export const FAULT_ACTION_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
  latency: {
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'ms'],
    properties: { kind: { enum: ['latency'] }, ms: { type: 'integer', minimum: 0, maximum: MAX_LATENCY_MS } },
  },
  status: {
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'status'],
    properties: {
      kind: { enum: ['status'] },
      status: { type: 'integer', minimum: 200, maximum: 599, description: 'not 204, 205 or 304 (no body)' },
      body: TEXT,
    },
  },
  drop: {
    type: 'object',
    additionalProperties: false,
    required: ['kind'],
    properties: { kind: { enum: ['drop'] } },
  },
  koe: {
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'error', 'errorCode'],
    properties: {
      kind: { enum: ['koe'] },
      error: { type: 'string', pattern: '^[a-z_]{1,64}$' },
      errorCode: { type: 'string', pattern: '^KOE[0-9]{3}$' },
      description: TEXT,
      status: ERROR_STATUS,
    },
  },
  kapi: {
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'code'],
    properties: {
      kind: { enum: ['kapi'] },
      code: { type: 'integer', minimum: -9999, maximum: -1 },
      msg: TEXT,
      status: ERROR_STATUS,
    },
  },
};

/** Every control body's schema, by control path. */
export const CONTROL_SCHEMAS = {
  reset: empty('POST /__emulator/reset'),
  seed: CONFIG_SCHEMA,
  settings: { title: 'POST /__emulator/settings', ...CONFIG_SCHEMA.$defs?.settings },
  clock: {
    title: 'POST /__emulator/clock',
    type: 'object',
    additionalProperties: false,
    properties: {
      advanceMs: { type: 'integer', minimum: 0, maximum: LATEST_CLOCK_MS },
      advanceSeconds: { type: 'number', minimum: 0, maximum: LATEST_CLOCK_MS / 1000 },
      set: { type: 'integer', minimum: EARLIEST_CLOCK_MS, maximum: LATEST_CLOCK_MS },
    },
  },
  keysRotate: {
    title: 'POST /__emulator/keys/rotate',
    type: 'object',
    additionalProperties: false,
    properties: { retain: { type: 'integer', minimum: 0, maximum: 10 } },
  },
  faults: {
    title: 'POST /__emulator/faults',
    type: 'object',
    additionalProperties: false,
    required: ['action'],
    properties: {
      match: {
        type: 'object',
        additionalProperties: false,
        properties: {
          host: { enum: ['auth', 'api'] },
          method: { type: 'string', pattern: '^[A-Za-z]{1,16}$' },
          path: { type: 'string', pattern: '^/', maxLength: 2000 },
        },
      },
      action: {
        type: 'object',
        required: ['kind'],
        properties: { kind: { enum: Object.keys(FAULT_ACTION_SCHEMAS) } },
      },
      count: { type: 'integer', minimum: 1, maximum: 1_000_000 },
    },
  },
  usersDisconnect: {
    title: 'POST /__emulator/users/disconnect',
    type: 'object',
    additionalProperties: false,
    required: ['userId'],
    properties: {
      userId: CONFIG_SCHEMA.$defs?.userId ?? { type: 'string' },
      clientId: { type: 'string', minLength: 1 },
      referrerType: {
        enum: [
          'UNLINK_FROM_APPS',
          'ACCOUNT_DELETE',
          'FORCED_ACCOUNT_DELETE',
          'UNLINK_FROM_ADMIN',
          'INCOMPLETE_SIGN_UP',
        ],
      },
    },
  },
  tokensExpire: {
    title: 'POST /__emulator/tokens/expire',
    type: 'object',
    additionalProperties: false,
    required: ['userId', 'kind'],
    properties: {
      userId: CONFIG_SCHEMA.$defs?.userId ?? { type: 'string' },
      clientId: { type: 'string', minLength: 1 },
      kind: { enum: ['access', 'refresh'] },
    },
  },
  consentsRevoke: {
    title: 'POST /__emulator/users/consents/revoke',
    type: 'object',
    additionalProperties: false,
    required: ['userId', 'scope'],
    properties: {
      userId: CONFIG_SCHEMA.$defs?.userId ?? { type: 'string' },
      clientId: { type: 'string', minLength: 1 },
      scope: { type: 'string', minLength: 1, maxLength: 200 },
    },
  },
  faultsDisarm: {
    title: 'POST /__emulator/faults/disarm',
    type: 'object',
    additionalProperties: false,
    required: ['id'],
    properties: { id: { type: 'integer', minimum: 0 } },
  },
} as const satisfies Record<string, JsonSchema>;
