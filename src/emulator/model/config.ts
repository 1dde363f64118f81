/**
 * The emulator's seed configuration (apps and users as JSON), its validation and its defaults.
 * The JSON Schema of the same shape is `schema/emulator-config.schema.json`.
 *
 * @module
 */

import { parseJsonLossless } from '../../base/http/json.js';
import { CONFIG_SCHEMA } from './config-schema.js';
import { schemaProblem } from './schema-check.js';
import type { EmulatorSettings } from './settings.js';
import type { App, ConsentItem, ServiceTerm, ShippingAddress, TestUser } from './types.js';

/** An app as written in a config file: only `restApiKey` and `adminKey` are required. */
export type AppConfig = Partial<Omit<App, 'clientSecret'>> & {
  restApiKey: string;
  adminKey: string;
  /** A string turns the secret on with that value; `{ enabled, value }` is explicit; absent = off. */
  clientSecret?: string | { enabled: boolean; value: string } | undefined;
};

/** A user as written in a config file: only `id` and `nickname` are required. Ids may be integers. */
export type UserConfig = Partial<Omit<TestUser, 'id'>> & { id: string | number | bigint; nickname: string };

/** The whole config: what `--config FILE` and `POST /__emulator/seed` accept. */
export interface EmulatorConfig {
  apps?: AppConfig[] | undefined;
  users?: UserConfig[] | undefined;
  settings?: Partial<EmulatorSettings> | undefined;
}

const USER_ID = /^[1-9][0-9]{0,18}$/;

function invalidConfig(path: string, problem: string): never {
  throw new TypeError(`emulator config: ${path} ${problem}`);
}

function requireString(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '') invalidConfig(path, 'must be a non-empty string');
  return value;
}

function stringList(value: unknown, path: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    invalidConfig(path, 'must be an array of strings');
  return [...value];
}

function normalizeSecret(value: AppConfig['clientSecret'], path: string): App['clientSecret'] {
  if (value === undefined) return { enabled: false, value: '' };
  if (typeof value === 'string') return { enabled: true, value: requireString(value, path) };
  if (typeof value !== 'object' || typeof value.enabled !== 'boolean') {
    invalidConfig(path, 'must be a string or { "enabled": boolean, "value": string }');
  }
  return { enabled: value.enabled, value: String(value.value ?? '') };
}

function normalizeItems(items: ConsentItem[] | undefined, path: string): ConsentItem[] {
  return (items ?? []).map((item, i) => {
    requireString(item?.id, `${path}[${i}].id`);
    if (item.type !== undefined && item.type !== 'PRIVACY' && item.type !== 'SERVICE') {
      invalidConfig(`${path}[${i}].type`, 'must be "PRIVACY" or "SERVICE"');
    }
    return {
      ...item,
      displayName: item.displayName ?? item.id,
      type: item.type ?? 'PRIVACY',
      required: !!item.required,
    };
  });
}

function normalizeTerms(terms: ServiceTerm[] | undefined, path: string): ServiceTerm[] {
  return (terms ?? []).map((term, i) => {
    requireString(term?.tag, `${path}[${i}].tag`);
    return { ...term, title: term.title ?? term.tag, required: !!term.required };
  });
}

/**
 * Checks an app from a config and fills its defaults (OIDC on, auto-link on, login enabled).
 *
 * @throws TypeError naming the field that is wrong (never echoing a key or secret).
 */
export function normalizeApp(input: AppConfig, index = 0): App {
  const path = `apps[${index}]`;
  if (typeof input !== 'object' || input === null) invalidConfig(path, 'must be an object');
  const id = input.id ?? 1_000_000 + index;
  if (!Number.isSafeInteger(id) || id <= 0) invalidConfig(`${path}.id`, 'must be a positive integer');
  return {
    id,
    name: input.name ?? `App ${id}`,
    restApiKey: requireString(input.restApiKey, `${path}.restApiKey`),
    javascriptKey: input.javascriptKey,
    nativeAppKey: input.nativeAppKey,
    adminKey: requireString(input.adminKey, `${path}.adminKey`),
    clientSecret: normalizeSecret(input.clientSecret, `${path}.clientSecret`),
    redirectUris: stringList(input.redirectUris, `${path}.redirectUris`),
    logoutRedirectUris: stringList(input.logoutRedirectUris, `${path}.logoutRedirectUris`),
    consentItems: normalizeItems(input.consentItems, `${path}.consentItems`),
    oidc: input.oidc ?? true,
    autoLink: input.autoLink ?? true,
    serviceTerms: normalizeTerms(input.serviceTerms, `${path}.serviceTerms`),
    propertyKeys: stringList(input.propertyKeys, `${path}.propertyKeys`),
    loginEnabled: input.loginEnabled ?? true,
    members: input.members === undefined ? undefined : stringList(input.members, `${path}.members`),
    blockUnder14: input.blockUnder14 ?? false,
    channelPublicIds:
      input.channelPublicIds === undefined
        ? undefined
        : stringList(input.channelPublicIds, `${path}.channelPublicIds`),
    unlinkCallbackUrl: input.unlinkCallbackUrl,
  };
}

/** Converts a user id given as string, number or bigint into the canonical decimal string. */
export function normalizeUserId(id: unknown, path = 'userId'): string {
  if (typeof id === 'number' && !Number.isSafeInteger(id)) {
    invalidConfig(
      path,
      'is a number above 2^53 and lost precision; write it as a string or parse the JSON losslessly',
    );
  }
  const text = typeof id === 'string' || typeof id === 'number' || typeof id === 'bigint' ? String(id) : '';
  if (!USER_ID.test(text) || BigInt(text) > 9_223_372_036_854_775_807n) {
    invalidConfig(path, 'must be a positive 64-bit integer (decimal string)');
  }
  return text;
}

/**
 * Checks a user from a config and fills its defaults (email valid and verified when present).
 *
 * @throws TypeError naming the field that is wrong.
 */
export function normalizeUser(input: UserConfig, index = 0): TestUser {
  const path = `users[${index}]`;
  if (typeof input !== 'object' || input === null) invalidConfig(path, 'must be an object');
  const id = normalizeUserId(input.id, `${path}.id`);
  const shippingAddresses: ShippingAddress[] = input.shippingAddresses ?? [];
  if (!Array.isArray(shippingAddresses)) invalidConfig(`${path}.shippingAddresses`, 'must be an array');
  if (input.gender !== undefined && input.gender !== 'female' && input.gender !== 'male') {
    invalidConfig(`${path}.gender`, 'must be "female" or "male"');
  }
  return {
    ...input,
    id,
    loginId: input.loginId ?? input.email ?? `user${id.slice(-6)}@example.com`,
    nickname: requireString(input.nickname, `${path}.nickname`),
    isDefaultNickname: input.isDefaultNickname ?? false,
    isDefaultImage: input.isDefaultImage ?? input.profileImageUrl === undefined,
    isEmailValid: input.isEmailValid ?? input.email !== undefined,
    isEmailVerified: input.isEmailVerified ?? input.email !== undefined,
    shippingAddresses,
  };
}

/**
 * Checks a parsed config: every app and user as {@link normalizeApp} / {@link normalizeUser} do
 * (messages that say how to fix the field), then the whole against `CONFIG_SCHEMA` (unknown
 * fields, wrong types, settings out of range).
 *
 * @throws TypeError naming the first field that is wrong (never echoing a key or secret).
 * @example
 * ```ts
 * checkEmulatorConfig({ users: [{ id: '1376016924426999999', nickname: '테스트' }] });
 * ```
 */
export function checkEmulatorConfig(value: unknown): EmulatorConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    invalidConfig('(root)', 'must be a JSON object');
  const config = value as EmulatorConfig;
  if (config.apps !== undefined && !Array.isArray(config.apps)) invalidConfig('apps', 'must be an array');
  if (config.users !== undefined && !Array.isArray(config.users)) invalidConfig('users', 'must be an array');
  config.apps?.forEach(normalizeApp);
  config.users?.forEach(normalizeUser);
  const problem = schemaProblem(CONFIG_SCHEMA, value, 'config');
  if (problem) throw new TypeError(`emulator config: ${problem.replace(/^config\./, '')}`);
  return config;
}

/**
 * Parses a config file's text losslessly (user ids above 2^53 may be written as integers) and
 * checks it ({@link checkEmulatorConfig}). For `kakao-oauth emulator --config FILE`.
 *
 * @throws TypeError when the text is not JSON or the config is invalid (the message names the field).
 * @example
 * ```ts
 * declare const text: string;
 * const config = parseEmulatorConfig(text);
 * ```
 */
export function parseEmulatorConfig(text: string): EmulatorConfig {
  let value: unknown;
  try {
    value = parseJsonLossless(text);
  } catch {
    throw new TypeError('emulator config: not valid JSON');
  }
  return checkEmulatorConfig(value);
}
