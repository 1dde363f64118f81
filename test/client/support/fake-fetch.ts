/**
 * A scripted `fetch` for unit tests: answers from a queue and records every request.
 */
import { createKakaoClient, type KakaoClient, type KakaoClientConfig } from '../../../src/base/config.js';

/** One scripted answer: a fixture, a function of the request, or an error to throw. */
export type Responder = Fixture | ((request: Request) => Response | Promise<Response>) | Error;

/** A response written from the spec; `spec` names the section it follows. */
export interface Fixture {
  readonly spec: string;
  readonly status: number;
  readonly body: string | object | unknown[];
  readonly headers?: Record<string, string>;
}

/** A recorded request with its body already read. */
export interface Recorded {
  readonly url: URL;
  readonly method: string;
  readonly headers: Headers;
  readonly body: string;
  readonly form: URLSearchParams;
}

export interface FakeFetch {
  readonly fetch: typeof fetch;
  readonly requests: Recorded[];
  /** The only (or last) request. */
  last(): Recorded;
}

/** Turns a fixture into a `Response`; objects become JSON with Kakao's content type. */
export function toResponse(fixture: Fixture): Response {
  const isText = typeof fixture.body === 'string';
  const headers = new Headers(fixture.headers);
  if (!isText && !headers.has('content-type')) headers.set('content-type', 'application/json;charset=UTF-8');
  const body = isText ? (fixture.body as string) : JSON.stringify(fixture.body);
  return new Response(fixture.status === 204 ? null : body, { status: fixture.status, headers });
}

/** A fake fetch answering with `responders` in order (the last one repeats). */
export function fakeFetch(...responders: Responder[]): FakeFetch {
  const requests: Recorded[] = [];
  let index = 0;
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const body = await request.clone().text();
    requests.push({
      url: new URL(request.url),
      method: request.method,
      headers: request.headers,
      body,
      form: new URLSearchParams(body),
    });
    const responder = responders[Math.min(index++, responders.length - 1)];
    if (responder === undefined) throw new Error('fakeFetch: no responder');
    if (responder instanceof Error) throw responder;
    if (typeof responder === 'function') return responder(request);
    return toResponse(responder);
  };
  return {
    fetch: fetchImpl as typeof fetch,
    requests,
    last: () => {
      const request = requests.at(-1);
      if (request === undefined) throw new Error('fakeFetch: no request was made');
      return request;
    },
  };
}

/** A client wired to a fake fetch, with a fixed clock and fast retries. */
export function testClient(fake: FakeFetch, config: Partial<KakaoClientConfig> = {}): KakaoClient {
  return createKakaoClient({
    restApiKey: 'rest-api-key-0123456789abcdef',
    fetch: fake.fetch,
    clock: () => 1_717_000_000_000,
    retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 5 },
    ...config,
  });
}

/** Secrets used throughout the tests; none may ever appear in an error. */
export const SECRETS = {
  accessToken: 'q8rT1b0mZx4QkVw2_Nc7sHyLp3Ae9GdUjOiKf6RtAAAAAQoNIBAAAAGVx1aB2c3dE4fG',
  refreshToken: 'Zr2x9QeLmN0aB7cD_eF1gH3iJ5kL7mN9oP1qR3sT5uAAAAAgo9cxdkAAAGVx1aB2cFe',
  code: 'fJ3kqWm8Zp2Lr7Xb9QaV4nT6yH1cE5gK0dS3uJ8iO2wR9tY7eP4xM6bN1vC5zA0fG3hL8jQ2',
  clientSecret: 'cs-Wq8Ys1Lm5Np9Rt3Vx7Bz2Cd6Fg0Hj4Kl',
  adminKey: 'ad1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a',
  idToken:
    'eyJraWQiOiI5ZjI1MmRhZGQ1ZjIzM2Y5M2QyZmE1MjhkMTJmZWEiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl',
  codeVerifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
} as const;

/** Every string-valued own property and the message of an error, for leak checks. */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const values = Object.values(error).map((value) =>
    typeof value === 'string' ? value : JSON.stringify(value),
  );
  return [error.message, error.stack ?? '', ...values, String(error.cause ?? '')].join('\n');
}

/** Asserts no secret from {@link SECRETS} appears in the error. */
export function leakedSecrets(error: unknown): string[] {
  const text = errorText(error);
  return Object.entries(SECRETS)
    .filter(([, secret]) => text.includes(secret))
    .map(([name]) => name);
}

/** The names of the given {@link SECRETS} of which any 8-character slice appears in the error. */
export function leakedParts(error: unknown, names: readonly (keyof typeof SECRETS)[]): string[] {
  const text = errorText(error);
  return names.filter((name) => {
    const secret = SECRETS[name];
    for (let i = 0; i + 8 <= secret.length; i++) if (text.includes(secret.slice(i, i + 8))) return true;
    return false;
  });
}
