/**
 * Generators and bookkeeping for the hostile-HTTP suite: requests built from Kakao's paths and
 * parameter names, prototype keys, bad percent-encoding, NUL bytes, long values, duplicate
 * parameters and malformed bodies; and a tally of what went wrong.
 */
import fc from 'fast-check';
import { DEFAULT_REDIRECT_URI, DEFAULT_REST_API_KEY } from '../../../src/emulator/index.js';

/** Keys that find something on `Object.prototype` when looked up in a plain object. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'valueOf',
  'hasOwnProperty',
  'toString',
];

/** Every path the emulator serves, on both hosts and the controls. */
export const PATHS = [
  '/oauth/authorize',
  '/oauth/authorize/signin',
  '/oauth/authorize/consent',
  '/oauth/token',
  '/oauth/tokeninfo',
  '/oauth/logout',
  '/.well-known/openid-configuration',
  '/.well-known/jwks.json',
  '/v1/oidc/userinfo',
  '/v1/user/access_token_info',
  '/v1/user/logout',
  '/v1/user/unlink',
  '/v2/user/me',
  '/v2/app/users',
  '/v1/user/ids',
  '/v1/user/update_profile',
  '/v1/user/signup',
  '/v1/user/shipping_address',
  '/v2/user/scopes',
  '/v2/user/revoke/scopes',
  '/v2/user/service_terms',
  '/v2/user/revoke/service_terms',
  '/v2/user/upgrade/service_terms',
  '/__emulator/reset',
  '/__emulator/seed',
  '/__emulator/config',
  '/__emulator/settings',
  '/__emulator/clock',
  '/__emulator/keys/rotate',
  '/__emulator/faults',
  '/__emulator/log',
  '/__emulator/webhooks',
  '/__emulator/users/disconnect',
];

/** Parameter names Kakao's endpoints read. */
export const PARAM_NAMES = [
  'grant_type',
  'client_id',
  'client_secret',
  'redirect_uri',
  'code',
  'code_verifier',
  'code_challenge',
  'code_challenge_method',
  'refresh_token',
  'response_type',
  'scope',
  'prompt',
  'state',
  'nonce',
  'service_terms',
  'id_token',
  'access_token',
  'logout_redirect_uri',
  'property_keys',
  'secure_resource',
  'target_id_type',
  'target_id',
  'target_ids',
  'properties',
  'scopes',
  'tags',
  'limit',
  'order',
  'from_id',
  'result',
  'authorize_query',
  'user_id',
  'action',
  'keep_signed_in',
  'channel_public_id',
];

const METHODS = [
  'GET',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'OPTIONS',
  'HEAD',
  ...PROTOTYPE_KEYS.filter((k) => /^[a-zA-Z]+$/.test(k)),
];

/** Text that breaks naive decoders: bad percent-encoding, NUL and control bytes, long runs. */
const nastyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '%',
    '%zz',
    '%E0%A4%A',
    '%00',
    '\u0000',
    'a\u0000b',
    '%ff%fe',
    '\uD800',
    '\r\n',
    '../..',
    '[]',
    '{}',
    'null',
  ),
  fc.constantFrom(...PROTOTYPE_KEYS),
  fc.json({ maxDepth: 2 }),
  fc.integer({ min: 1, max: 40_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom('1376016924426111111', '99999999999999999999999', '-1', '1e400', 'true'),
  fc.constantFrom(
    DEFAULT_REST_API_KEY,
    DEFAULT_REDIRECT_URI,
    'authorization_code',
    'refresh_token',
    'user_id',
  ),
);

/** A parameter list: known and prototype names, duplicates allowed. */
export const paramList = fc.array(
  fc.tuple(
    fc.oneof(
      fc.constantFrom(...PARAM_NAMES),
      fc.constantFrom(...PROTOTYPE_KEYS),
      fc.string({ maxLength: 12 }),
    ),
    nastyText,
  ),
  { maxLength: 8 },
);

/** Encodes parameters, sometimes leaving a raw (badly encoded) value in. */
export function encodeParams(params: [string, string][], raw: boolean): string {
  if (raw) return params.map(([k, v]) => `${k}=${v}`).join('&');
  const search = new URLSearchParams();
  for (const [k, v] of params) search.append(k, v);
  return search.toString();
}

/** One hostile request, before it is bound to a base URL. */
export interface HostileRequest {
  method: string;
  path: string;
  query: [string, string][];
  rawQuery: boolean;
  body:
    | { kind: 'none' }
    | { kind: 'form'; params: [string, string][]; raw: boolean }
    | { kind: 'text'; type: string; text: string };
  authorization: string | undefined;
}

const body = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({ kind: fc.constant('form' as const), params: paramList, raw: fc.boolean() }),
  fc.record({
    kind: fc.constant('text' as const),
    type: fc.constantFrom(
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
      '',
    ),
    text: fc.oneof(
      fc.json({ maxDepth: 3 }),
      nastyText,
      fc.constantFrom(
        '{"__proto__":{"admin":true}}',
        '{"constructor":{"prototype":{}}}',
        '{"apps":[{"__proto__":1}]}',
        '{',
      ),
      fc.integer({ min: 1, max: 200_000 }).map((n) => `{"users":[${'1,'.repeat(n)}1]}`),
    ),
  }),
);

/** Hostile requests: any method, a served path (or a mangled one), any parameters and body. */
export const hostileRequest: fc.Arbitrary<HostileRequest> = fc.record({
  method: fc.constantFrom(...METHODS),
  path: fc.oneof(
    fc.constantFrom(...PATHS),
    fc.constantFrom('/__emulator/config', '/__emulator/reset', '/__emulator/log', '/oauth/token'),
    fc.constantFrom(...PATHS).map((p) => `${p}/`),
    fc.constantFrom(...PROTOTYPE_KEYS).map((k) => `/${k}`),
    fc.constantFrom(...PROTOTYPE_KEYS).map((k) => `/__emulator/${k}`),
    fc.constantFrom(
      '/%',
      '/%zz',
      '/oauth/%00token',
      '/v2/user/me%2F..',
      '//oauth/token',
      '/.well-known/../oauth/token',
    ),
    fc.integer({ min: 100, max: 8_000 }).map((n) => `/${'a'.repeat(n)}`),
  ),
  query: paramList,
  rawQuery: fc.boolean(),
  body,
  authorization: fc.option(
    fc.oneof(
      fc.constantFrom('Bearer', 'Bearer ', 'KakaoAK', 'Basic x', 'bearer a b', '\u0000'),
      nastyText.map((t) => `Bearer ${t.replace(/[\r\n\u0000]/g, '')}`),
      nastyText.map((t) => `KakaoAK ${t.replace(/[\r\n\u0000]/g, '')}`),
    ),
    { nil: undefined },
  ),
});

/** The target (`/path?query`) of a hostile request. */
export function targetOf(request: HostileRequest): string {
  const query = encodeParams(request.query, request.rawQuery);
  return query ? `${request.path}?${query}` : request.path;
}

/** Content type and body text of a hostile request (`undefined` when it has none). */
export function bodyOf(request: HostileRequest): { type: string; text: string } | undefined {
  const { body: b } = request;
  if (b.kind === 'none') return undefined;
  if (b.kind === 'form')
    return { type: 'application/x-www-form-urlencoded', text: encodeParams(b.params, b.raw) };
  return { type: b.type, text: b.text };
}

/** What the suite counts. */
export interface Tally {
  inputs: number;
  crashes: string[];
  serverErrors: string[];
  hangs: string[];
  leaks: string[];
}

/** An empty tally. */
export function tally(): Tally {
  return { inputs: 0, crashes: [], serverErrors: [], hangs: [], leaks: [] };
}

/** One line for the test output: inputs tried and each count. */
export function summary(name: string, t: Tally): string {
  return `${name}: ${t.inputs} inputs, ${t.crashes.length} crashes, ${t.serverErrors.length} 5xx, ${t.hangs.length} hangs, ${t.leaks.length} leaks`;
}

/** Resolves with `promise`, or with `'hang'` after `ms`. */
export function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T | 'hang'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<'hang'>((resolve) => {
    timer = setTimeout(() => resolve('hang'), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
