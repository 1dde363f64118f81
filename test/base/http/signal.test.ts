import { afterEach, describe, expect, it, vi } from 'vitest';
import { Attempt } from '../../../src/base/http/signal.js';

afterEach(() => vi.useRealTimers());

const MAX = 1024;

describe('Attempt', () => {
  it('aborts on timeout, says so, and tells both the signal and the onAbort listener', () => {
    vi.useFakeTimers();
    const attempt = new Attempt(100, MAX);
    const { signal } = attempt;
    const heard: string[] = [];
    attempt.onAbort(() => heard.push('onAbort'));
    vi.advanceTimersByTime(99);
    expect([signal.aborted, attempt.aborted, heard]).toEqual([false, false, []]);
    vi.advanceTimersByTime(1);
    expect([signal.aborted, attempt.aborted, heard]).toEqual([true, true, ['onAbort']]);
    expect(attempt.timedOut()).toBe(true);
  });

  it('makes its signal only when a transport asks, already aborted if the attempt is', () => {
    vi.useFakeTimers();
    const attempt = new Attempt(10, MAX);
    vi.advanceTimersByTime(10);
    expect(attempt.signal.aborted).toBe(true);
    const heard: number[] = [];
    attempt.onAbort(() => heard.push(1)); // after the abort: called at once
    expect(heard).toEqual([1]);
  });

  it('follows the caller signal and does not call it a timeout', async () => {
    const caller = new AbortController();
    const attempt = new Attempt(10_000, MAX, caller.signal);
    const raced = attempt.race(new Promise(() => undefined));
    caller.abort(new Error('user left'));
    await expect(raced).rejects.toThrow('user left');
    expect(attempt.signal.aborted).toBe(true);
    expect(attempt.timedOut()).toBe(false);
    attempt.dispose();
  });

  it('starts aborted when the caller signal already is, and its race rejects at once', async () => {
    const attempt = new Attempt(10_000, MAX, AbortSignal.abort(new Error('gone')));
    expect(attempt.aborted).toBe(true);
    await expect(attempt.race(Promise.resolve(1))).rejects.toThrow('gone');
    attempt.dispose();
  });

  it('settles its race like the work when the work ends first', async () => {
    const attempt = new Attempt(10_000, MAX);
    await expect(attempt.race(Promise.resolve('done'))).resolves.toBe('done');
    await expect(attempt.race(Promise.reject(new Error('bad')))).rejects.toThrow('bad');
    attempt.dispose();
  });

  it('stops the timer and drops the listeners on dispose', () => {
    vi.useFakeTimers();
    const caller = new AbortController();
    const attempt = new Attempt(100, MAX, caller.signal);
    const heard: number[] = [];
    attempt.onAbort(() => heard.push(1));
    attempt.dispose();
    vi.advanceTimersByTime(1000);
    caller.abort();
    expect([attempt.aborted, heard]).toEqual([false, []]);
  });
});
