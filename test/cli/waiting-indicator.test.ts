import { describe, expect, it } from 'vitest';
import { startWaitingIndicator } from '../../src/cli/login/waiting-indicator.js';

function fakeStream(isTTY: boolean, columns?: number) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns, write: (c: string) => chunks.push(c) } };
}

describe('startWaitingIndicator', () => {
  it('writes one plain line, no escape codes, when stderr is not a terminal', () => {
    const { chunks, stream } = fakeStream(false);
    startWaitingIndicator(stream, 300_000).stop();
    expect(chunks).toEqual(['Waiting for the login to finish in the browser (gives up after 5:00)…\n']);
  });

  it('draws the time left on a terminal, fits the width, and clears the line when stopped', () => {
    const { chunks, stream } = fakeStream(true, 40);
    let now = 1_000_000;
    const indicator = startWaitingIndicator(stream, 90_000, () => now);
    now += 30_000;
    indicator.stop();
    expect(chunks[0]).toMatch(/^\r\x1b\[2K⠋ Waiting for the login in the browser/);
    expect(chunks[0]!.replace('\r\x1b[2K', '').length).toBeLessThanOrEqual(39);
    expect(chunks.at(-1)).toBe('\r\x1b[2K');
    const wide = fakeStream(true);
    startWaitingIndicator(wide.stream, 90_000, () => 0).stop();
    expect(wide.chunks[0]).toContain('1:30 left (Ctrl-C to cancel)');
  });
});
