import { parse } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { jsonResponse, stringifyJson } from '../../../src/emulator/http/json.js';
import { kapiError } from '../../../src/emulator/http/kapi-error.js';

describe('stringifyJson', () => {
  it('writes bigint ids as exact JSON integers', () => {
    const text = stringifyJson({ id: 1376016924426111111n, ids: [9223372036854775807n], name: '민준' });
    expect(text).toBe('{"id":1376016924426111111,"ids":[9223372036854775807],"name":"민준"}');
    expect(String((parse(text) as { id: unknown }).id)).toBe('1376016924426111111');
  });

  it('leaves strings that look like markers alone', () => {
    const text = stringifyJson({ s: '\u0000big:1', n: 1n });
    expect(JSON.parse(text).s).toBe('\u0000big:1');
  });

  it('answers JSON with Kakao content type', async () => {
    const response = jsonResponse({ ok: true }, { status: 201 });
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
  });
});

describe('kapiError', () => {
  it('maps codes to statuses and adds WWW-Authenticate on -401', async () => {
    const unauthorized = kapiError(-401);
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('www-authenticate')).toContain('invalid_token');
    expect(await unauthorized.json()).toEqual({ msg: 'this access token does not exist', code: -401 });
    expect(kapiError(-402).status).toBe(403);
    expect(kapiError(-10, undefined, { status: 429 }).status).toBe(429);
    expect(kapiError(-101).headers.get('www-authenticate')).toBeNull();
  });

  it('adds extra fields for -402', async () => {
    const body = await kapiError(-402, undefined, { extra: { required_scopes: ['account_email'] } }).json();
    expect(body).toMatchObject({ code: -402, required_scopes: ['account_email'] });
  });
});
