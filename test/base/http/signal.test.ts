import { afterEach, describe, expect, it, vi } from 'vitest';
import { attemptSignal } from '../../../src/base/http/signal.js';

afterEach(() => vi.useRealTimers());

describe('attemptSignal', () => {
  it('aborts on timeout and says so', () => {
    vi.useFakeTimers();
    const attempt = attemptSignal(100);
    vi.advanceTimersByTime(99);
    expect(attempt.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(attempt.signal.aborted).toBe(true);
    expect(attempt.timedOut()).toBe(true);
  });

  it('follows the caller signal and does not call it a timeout', () => {
    const caller = new AbortController();
    const attempt = attemptSignal(10_000, caller.signal);
    caller.abort(new Error('user left'));
    expect(attempt.signal.aborted).toBe(true);
    expect(attempt.timedOut()).toBe(false);
    attempt.dispose();
  });

  it('starts aborted when the caller signal already is', () => {
    const attempt = attemptSignal(10_000, AbortSignal.abort());
    expect(attempt.signal.aborted).toBe(true);
    attempt.dispose();
  });

  it('stops the timer on dispose', () => {
    vi.useFakeTimers();
    const attempt = attemptSignal(100);
    attempt.dispose();
    vi.advanceTimersByTime(1000);
    expect(attempt.signal.aborted).toBe(false);
  });
});
