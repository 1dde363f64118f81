import { describe, expect, it } from 'vitest';
import { KakaoTransportError } from '../../../src/base/errors/transport-error.js';
import { backoffDelay, parseRetryAfter, sleep } from '../../../src/base/http/retry.js';

const policy = { retries: 5, baseDelayMs: 100, maxDelayMs: 1000 };

describe('backoffDelay', () => {
  it('grows exponentially with full jitter', () => {
    expect(backoffDelay(0, policy, undefined, () => 0.999)).toBe(99);
    expect(backoffDelay(2, policy, undefined, () => 0.5)).toBe(200);
    expect(backoffDelay(2, policy, undefined, () => 0)).toBe(0);
  });

  it('is capped at maxDelayMs', () => {
    expect(backoffDelay(20, policy, undefined, () => 0.999)).toBe(999);
  });

  it('uses Retry-After when given, capped', () => {
    expect(backoffDelay(0, policy, 300, () => 0)).toBe(300);
    expect(backoffDelay(0, policy, 60_000, () => 0)).toBe(1000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-05-29T08:00:00Z');
  it('reads delta seconds', () => expect(parseRetryAfter('3', now)).toBe(3000));
  it('reads an HTTP date', () => expect(parseRetryAfter('Wed, 29 May 2024 08:00:05 GMT', now)).toBe(5000));
  it('clamps past dates to 0', () => expect(parseRetryAfter('Wed, 29 May 2024 07:00:00 GMT', now)).toBe(0));
  it('ignores garbage and absence', () => {
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter(' ', now)).toBeUndefined();
  });
});

describe('sleep', () => {
  it('resolves after the delay', async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
  });

  it('rejects with an aborted transport error when the signal fires', async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'aborted' });
    await expect(sleep(1, AbortSignal.abort())).rejects.toBeInstanceOf(KakaoTransportError);
  });
});
