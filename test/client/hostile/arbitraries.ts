// fast-check generators of hostile answers: HTML, empty, truncated, huge, garbage or prototype-laden
// JSON, echoes of the secrets the client sent, forged id_tokens and broken key sets.
import fc from 'fast-check';
import { SECRETS } from '../support/fake-fetch.js';
import type { Answer, Delivery, Scenario } from './server.js';

/** Keys that break code which looks server-controlled names up in plain objects. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'];

/** The field names Kakao's bodies use, so hostile values land where the client reads. */
const FIELDS = [
  'access_token',
  'token_type',
  'refresh_token',
  'expires_in',
  'refresh_token_expires_in',
  'id_token',
  'scope',
  'error',
  'error_description',
  'error_code',
  'code',
  'msg',
  'id',
  'app_id',
  'kakao_account',
  'properties',
  'keys',
  'kid',
  'n',
  'e',
  'kty',
  'alg',
  'issuer',
  'jwks_uri',
  'required_scopes',
];

/** A slice of 8+ characters of one of the secrets (what a careless server echoes). */
export const secretEcho = fc
  .constantFrom(...Object.values(SECRETS))
  .chain((secret) =>
    fc
      .integer({ min: 0, max: secret.length - 8 })
      .chain((start) =>
        fc.integer({ min: start + 8, max: secret.length }).map((end) => secret.slice(start, end)),
      ),
  );

const hostileString = fc.oneof(
  fc.constantFrom(...PROTO_KEYS),
  secretEcho.map((echo) => `invalid token ${echo}`),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('KOE320', 'KOE9999', '', 'undefined', 'null', '-401'),
);

const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.constantFrom(
      0,
      -1,
      -401,
      1e308,
      Number.MAX_SAFE_INTEGER + 2,
      Number.MAX_SAFE_INTEGER,
      true,
      false,
      null,
    ),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...PROTO_KEYS, ...FIELDS), fc.string()), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

/** A JSON object whose keys are Kakao's field names and prototype keys, with hostile values. */
const hostileObject = fc
  .dictionary(fc.constantFrom(...FIELDS, ...PROTO_KEYS), hostileValue, { minKeys: 1, maxKeys: 8 })
  .map((object) => rawJson(object));

/** JSON text that keeps own `__proto__` keys (JSON.stringify of a dictionary would too; be explicit). */
function rawJson(object: Record<string, unknown>): string {
  const members = Object.entries(object).map(
    ([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}`,
  );
  return `{${members.join(',')}}`;
}

const validToken = JSON.stringify({
  access_token: SECRETS.accessToken,
  token_type: 'bearer',
  refresh_token: SECRETS.refreshToken,
  expires_in: 21599,
  refresh_token_expires_in: 5183999,
  scope: 'openid profile_nickname',
});

/** Well-formed answers of the token, user and token-info endpoints (the client must accept them). */
const validBodies = [
  validToken,
  '{"id":1376016924426111111,"connected_at":"2026-01-01T00:00:00Z","kakao_account":{"__proto__":{"x":1}}}',
  '{"id":1376016924426111111,"expires_in":60,"app_id":1234567}',
];

/** Bodies of every hostile kind. */
export const hostileBody: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...validBodies),
  fc.constant(''),
  secretEcho.map((echo) => `<!doctype html><html><body><h1>Error</h1><p>${echo}</p></body></html>`),
  fc.integer({ min: 0, max: validToken.length - 1 }).map((at) => validToken.slice(0, at)),
  fc.constant(`{"access_token":"${'x'.repeat(80 * 1024)}"}`),
  fc.string({ maxLength: 60 }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'null'),
  hostileObject,
  secretEcho.chain((echo) =>
    fc
      .tuple(
        fc.constantFrom(...PROTO_KEYS, 'invalid_grant', 'KOE320'),
        fc.constantFrom(...PROTO_KEYS, 'KOE322', 'x'),
      )
      .map(([error, code]) => JSON.stringify({ error, error_description: `bad ${echo}`, error_code: code })),
  ),
  secretEcho.chain((echo) =>
    fc.constantFrom(-401, -2, -9999, 0).map((code) => JSON.stringify({ code, msg: `no ${echo}` })),
  ),
);

const status = fc.constantFrom(200, 201, 302, 400, 401, 403, 404, 429, 500, 502, 503);
const contentType = fc.constantFrom(
  'application/json;charset=UTF-8',
  'text/html',
  'text/plain',
  'application/octet-stream',
  'application/json; charset=EUC-KR',
  undefined,
);
const fastDelivery = fc.constantFrom<Delivery>('whole', 'whole', 'chunks', 'cut', 'reset', 'lying-length');
const retryAfter = fc.constantFrom(undefined, '0', '1', 'soon', '99999999', 'Wed, 21 Oct 2015 07:28:00 GMT');

/** An answer delivered without waiting (every failure is immediate). */
export function fastAnswer(body: fc.Arbitrary<string> = hostileBody): fc.Arbitrary<Answer> {
  return fc.record({ status, contentType, body, delivery: fastDelivery, retryAfter });
}

/** An answer that never completes in time: silent, or trickling a byte at a time. */
export const slowAnswer: fc.Arbitrary<Answer> = fc.record({
  status: fc.constant(200),
  contentType: fc.constant('application/json'),
  body: fc.constant(validToken),
  delivery: fc.constantFrom<Delivery>('silent', 'trickle'),
});

/** A scenario where every route family answers with a fast hostile answer. */
export const fastScenario: fc.Arbitrary<Scenario> = fc.record({
  auth: fastAnswer(),
  keys: fastAnswer(),
  api: fastAnswer(),
});
