/**
 * Issue 15, the standing suite (client side): generated hostile servers against the client. Every
 * outcome must be a value or a typed KakaoError — never another exception, a hang past the
 * deadline, a leaked part of a secret we sent, or an accepted forged id_token. The suite counts
 * inputs, crashes, hangs, leaks and forged tokens accepted, prints the tally and requires 0 of each.
 */
import fc from 'fast-check';
import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createKakaoClient,
  exchangeCode,
  explainError,
  getAccessTokenInfo,
  getUser,
  type KakaoClient,
  KakaoError,
  refreshTokens,
  verifyIdToken,
} from '../../../src/index.js';
import { createKakaoClient as createNodeClient } from '../../../src/node/client.js';
import { errorText, SECRETS } from '../support/fake-fetch.js';
import { fastAnswer, fastScenario, hostileBody, slowAnswer } from './arbitraries.js';
import { type HostileServer, type Scenario, startHostileServer } from './server.js';

/** Per call: at most this long overall, and one attempt at most `TIMEOUT_MS`. */
const DEADLINE_MS = 1000;
const TIMEOUT_MS = 250;
/** Past the deadline by this much, a call counts as hung (the machine is loaded). */
const HANG_MARGIN_MS = 3000;
const NONCE = 'nonce-hostile-0123456789';
/** Well-formed answers: a token response without id_token, and a body both kapi calls accept. */
const VALID_TOKEN = JSON.stringify({ access_token: 'at-0123456789', token_type: 'bearer', expires_in: 60 });
const VALID_USER = '{"id":1376016924426111111,"expires_in":60,"app_id":1234567,"kakao_account":{}}';

type SecretName = keyof typeof SECRETS;
interface Call {
  readonly run: (kakao: KakaoClient) => Promise<unknown>;
  readonly sent: readonly SecretName[];
}

const CALLS: Record<string, Call> = {
  exchangeCode: {
    run: (kakao) =>
      exchangeCode(kakao, { code: SECRETS.code, codeVerifier: SECRETS.codeVerifier }, { nonce: NONCE }),
    sent: ['code', 'clientSecret', 'codeVerifier'],
  },
  refreshTokens: {
    run: (kakao) => refreshTokens(kakao, SECRETS.refreshToken),
    sent: ['refreshToken', 'clientSecret'],
  },
  getUser: { run: (kakao) => getUser(kakao, { accessToken: SECRETS.accessToken }), sent: ['accessToken'] },
  getAccessTokenInfo: {
    run: (kakao) => getAccessTokenInfo(kakao, { accessToken: SECRETS.accessToken }),
    sent: ['accessToken'],
  },
};

const tally = { inputs: 0, crashes: 0, hangs: 0, leaks: 0, forgedAccepted: 0, unhandled: 0 };
/** How calls ended (`value` or the error's code): shows the inputs reached every mapping path. */
const endings = new Map<string, number>();
let server: HostileServer;
const onUnhandled = () => {
  tally.unhandled++;
};

beforeAll(async () => {
  server = await startHostileServer();
  process.on('unhandledRejection', onUnhandled);
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  console.log(
    `hostile servers vs client: ${tally.inputs} inputs, ${tally.crashes} crashes, ${tally.hangs} hangs, ` +
      `${tally.leaks} leaks, ${tally.forgedAccepted} forged id_tokens accepted, ${tally.unhandled} unhandled rejections`,
  );
  console.log(`endings: ${[...endings].map(([ending, count]) => `${ending} ${count}`).join(', ')}`);
  await server.close();
});

/** Both transports: the core's fetch and the Node entry's `node:http` pool. */
const FACTORIES = { fetch: createKakaoClient, 'node:http': createNodeClient };
type TransportName = keyof typeof FACTORIES;
let transport: TransportName = 'fetch';

function client(): KakaoClient {
  return FACTORIES[transport]({
    restApiKey: 'rest-api-key-0123456789abcdef',
    clientSecret: SECRETS.clientSecret,
    redirectUri: 'http://127.0.0.1:8719/callback',
    authUrl: server.url,
    apiUrl: server.url,
    timeoutMs: TIMEOUT_MS,
    deadlineMs: DEADLINE_MS,
    retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 20 },
    maxResponseBytes: 64 * 1024,
  });
}

type Outcome = { kind: 'value'; value: unknown } | { kind: 'error'; error: unknown } | { kind: 'hang' };

/** Runs `call` against `scenario`; records and throws on any broken rule. */
async function probe(call: Call, scenario: Scenario, forged = false): Promise<Outcome> {
  server.scenario = scenario;
  tally.inputs++;
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'hang' }), DEADLINE_MS + HANG_MARGIN_MS);
  });
  const outcome = await Promise.race([
    call.run(client()).then(
      (value): Outcome => ({ kind: 'value', value }),
      (error: unknown): Outcome => ({ kind: 'error', error }),
    ),
    hang,
  ]);
  clearTimeout(timer);
  const ending = outcome.kind === 'error' ? String((outcome.error as { code?: unknown }).code) : outcome.kind;
  endings.set(ending, (endings.get(ending) ?? 0) + 1);
  check(outcome, call, forged);
  return outcome;
}

function check(outcome: Outcome, call: Call, forged: boolean): void {
  if (outcome.kind === 'hang') {
    tally.hangs++;
    throw new Error('the call did not settle by its deadline');
  }
  if (outcome.kind === 'value') {
    if (!forged) return;
    tally.forgedAccepted++;
    throw new Error('a forged id_token was accepted');
  }
  if (!(outcome.error instanceof KakaoError)) {
    tally.crashes++;
    throw new Error(`not a KakaoError: ${String(outcome.error)}`, { cause: outcome.error });
  }
  const leaked = leakedSlices(`${errorText(outcome.error)}\n${explainError(outcome.error)}`, call.sent);
  if (leaked.length > 0) {
    tally.leaks++;
    throw new Error(`leaked part of ${leaked.join(', ')}: ${outcome.error.message}`);
  }
}

function leakedSlices(text: string, names: readonly SecretName[]): SecretName[] {
  return names.filter((name) => {
    const secret = SECRETS[name];
    for (let i = 0; i + 8 <= secret.length; i++) if (text.includes(secret.slice(i, i + 8))) return true;
    return false;
  });
}

const CASES = Object.keys(CALLS).flatMap((name) =>
  (Object.keys(FACTORIES) as TransportName[]).map((over) => [name, over] as const),
);

describe.each(CASES)('%s against hostile servers (%s)', (name, over) => {
  const call = CALLS[name]!;
  beforeAll(() => {
    transport = over;
  });

  it('still succeeds against a well-behaved server (the control)', async () => {
    const answer = (body: string) => ({
      status: 200,
      contentType: 'application/json',
      body,
      delivery: 'whole' as const,
    });
    const outcome = await probe(call, {
      auth: answer(VALID_TOKEN),
      keys: answer('{"keys":[]}'),
      api: answer(VALID_USER),
    });
    expect(outcome.kind).toBe('value');
  });

  it('answers fast hostile bodies with a value or a typed error, leaking nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fastScenario, (scenario) => probe(call, scenario).then(() => undefined)),
      { numRuns: 70, endOnFailure: true },
    );
  });

  it('ends by its deadline when the server is silent or trickles', async () => {
    const slow = fc.record({ auth: slowAnswer, keys: slowAnswer, api: slowAnswer });
    await fc.assert(
      fc.asyncProperty(slow, async (scenario) => {
        const outcome = await probe(call, scenario);
        expect(outcome).toMatchObject({ kind: 'error', error: { code: 'timeout' } });
      }),
      { numRuns: 3, endOnFailure: true },
    );
  }, 60_000);
});

describe('forged id_tokens and broken key sets', () => {
  let forged: string[] = [];
  let valid = '';
  let jwks = '';

  beforeAll(async () => {
    transport = 'fetch';
    ({ forged, valid, jwks } = await forgeries(server.url));
  });

  it('refuses every forged id_token on the code exchange, whatever the key set does', async () => {
    const keys = fc.oneof(
      fc
        .constant({ status: 200, contentType: 'application/json', body: '', delivery: 'whole' as const })
        .map((answer) => ({ ...answer, body: jwks })),
      fastAnswer(hostileBody),
      slowAnswer,
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...forged), keys, async (idToken, keyAnswer) => {
        const body = JSON.stringify({
          access_token: SECRETS.accessToken,
          token_type: 'bearer',
          refresh_token: SECRETS.refreshToken,
          expires_in: 21599,
          id_token: idToken,
        });
        const auth = { status: 200, contentType: 'application/json', body, delivery: 'whole' as const };
        const outcome = await probe(CALLS.exchangeCode!, { auth, keys: keyAnswer, api: auth }, true);
        expect(outcome.kind).toBe('error');
      }),
      { numRuns: 60, endOnFailure: true },
    );
    const direct = createKakaoClient({ restApiKey: 'rest-api-key-0123456789abcdef', authUrl: server.url });
    server.scenario = {
      auth: { status: 404, contentType: undefined, body: '', delivery: 'whole' },
      keys: { status: 200, contentType: 'application/json', body: jwks, delivery: 'whole' },
      api: { status: 404, contentType: undefined, body: '', delivery: 'whole' },
    };
    for (const token of forged) {
      tally.inputs++;
      await expect(verifyIdToken(direct, token, { nonce: NONCE })).rejects.toBeInstanceOf(KakaoError);
    }
    // The control: the same key set and a correctly signed token pass, so the refusals above are
    // the checks at work, not a broken setup.
    await expect(verifyIdToken(direct, valid, { nonce: NONCE })).resolves.toMatchObject({ sub: '1' });
  }, 120_000);

  it('tallies to zero, over inputs that reached every kind of ending', () => {
    expect(tally).toMatchObject({ crashes: 0, hangs: 0, leaks: 0, forgedAccepted: 0, unhandled: 0 });
    expect(tally.inputs).toBeGreaterThan(500);
    for (const ending of [
      'value',
      'timeout',
      'network',
      'html_response',
      'malformed_json',
      'oversized_body',
    ]) {
      expect(endings.get(ending) ?? 0, ending).toBeGreaterThan(0);
    }
  });
});

/** A real key set and id_tokens that must all be refused (bad alg, key, claims or shape). */
async function forgeries(issuer: string): Promise<{ forged: string[]; valid: string; jwks: string }> {
  const real = await generateKeyPair('RS256', { extractable: true });
  const attacker = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = { ...(await exportJWK(real.publicKey)), kid: 'real', alg: 'RS256', use: 'sig' };
  const now = Math.floor(Date.now() / 1000);
  const good = {
    iss: issuer,
    aud: 'rest-api-key-0123456789abcdef',
    sub: '1',
    iat: now,
    exp: now + 3600,
    auth_time: now,
    nonce: NONCE,
  };
  const { nonce: _nonce, ...noNonce } = good;
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  // Signed by hand (jose would refuse to write some of these headers, e.g. an unknown `crit`).
  const sign = async (claims: object, key = real.privateKey, header: object = {}) => {
    const input = `${b64({ alg: 'RS256', kid: 'real', ...header })}.${b64(claims)}`;
    const signature = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, new TextEncoder().encode(input));
    return `${input}.${Buffer.from(signature).toString('base64url')}`;
  };
  const forged = [
    `${b64({ alg: 'none', kid: 'real' })}.${b64(good)}.`,
    `${b64({ alg: 'HS256', kid: 'real' })}.${b64(good)}.${b64({ sig: 1 })}`,
    await sign(good, attacker.privateKey),
    await sign(good, attacker.privateKey, { kid: 'attacker' }),
    await sign(good, attacker.privateKey, { jku: `${issuer}/evil.json` }),
    await sign(good, attacker.privateKey, { jwk: await exportJWK(attacker.publicKey) }),
    await sign(good, attacker.privateKey, { x5u: `${issuer}/evil.pem` }),
    await sign({ ...good, iss: 'https://evil.example' }),
    await sign({ ...good, aud: 'someone-else' }),
    await sign({ ...good, aud: ['someone-else', 'another'] }),
    await sign({ ...good, exp: now - 3600, iat: now - 7200 }),
    await sign({ ...good, iat: now + 3600, exp: now + 7200 }),
    await sign({ ...good, nonce: 'other-nonce' }),
    await sign(noNonce),
    await sign({ ...noNonce, ...JSON.parse(`{"__proto__":{"nonce":"${NONCE}"}}`) }),
    await sign(good, real.privateKey, { crit: ['exp'] }),
    await sign(good, real.privateKey, { crit: ['x-unknown'], 'x-unknown': 1 }),
    await sign(good, real.privateKey, { alg: 'RS512' }),
    `${await sign(good)}x`,
    'not.a.jwt',
    '...',
    `${b64({ alg: 'RS256', kid: '__proto__' })}.${b64(good)}.AAAA`,
    `${b64({ alg: 'RS256', kid: 'constructor' })}.${b64(good)}.AAAA`,
    'e'.repeat(20_000),
  ];
  return { forged, valid: await sign(good), jwks: JSON.stringify({ keys: [publicJwk] }) };
}
