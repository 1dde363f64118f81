import { describe, expect, it } from 'vitest';
import { jsonResponse, stringifyJson } from '../../../src/emulator/http/json.js';

describe('jsonResponse (a lazily built Response)', () => {
  it('is a Response to every caller: instanceof, status, headers, body, clone', async () => {
    const response = jsonResponse({ id: 1376016924426111111n }, { status: 400, headers: { 'x-a': '1' } });
    expect(response).toBeInstanceOf(Response);
    expect(response.ok).toBe(false);
    expect(response.statusText).toBe('');
    expect(response.headers.get('x-a')).toBe('1');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const copy = response.clone();
    expect(await copy.text()).toBe('{"id":1376016924426111111}');
    expect(response.bodyUsed).toBe(false);
    expect(await response.text()).toBe('{"id":1376016924426111111}');
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it('keeps header changes made before and after the body is read', async () => {
    const response = jsonResponse({ ok: true });
    response.headers.set('access-control-allow-origin', '*');
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    response.headers.set('allow', 'GET');
    expect(response.headers.get('allow')).toBe('GET');
  });

  it('lets the caller’s content type and cache policy lose to Kakao’s', () => {
    const response = jsonResponse({}, { headers: [['Content-Type', 'text/plain']] });
    expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
  });

  it('refuses an impossible status like Response does', () => {
    expect(() => jsonResponse({}, { status: 99 })).toThrow(RangeError);
  });
});

describe('stringifyJson without a replacer', () => {
  it('writes bigints nested in arrays and objects, and leaves the input unchanged', () => {
    const input = { a: [1n, { b: 2n }], c: { d: 'x' }, e: new Date(0) };
    expect(stringifyJson(input)).toBe('{"a":[1,{"b":2}],"c":{"d":"x"},"e":"1970-01-01T00:00:00.000Z"}');
    expect(input.a[0]).toBe(1n);
  });

  it('falls back for bigints inside class instances, and still throws on cycles', () => {
    class Box {
      constructor(readonly n: bigint) {}
    }
    expect(stringifyJson({ box: new Box(5n) })).toBe('{"box":{"n":5}}');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => stringifyJson(cycle)).toThrow(TypeError);
  });
});
