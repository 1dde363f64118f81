import { describe, expect, it } from 'vitest';
import { openBrowser } from '../../src/cli/browser.js';

describe('openBrowser', () => {
  it.runIf(process.platform === 'linux')(
    'does not try without a graphical session (the URL is printed instead)',
    async () => {
      expect(await openBrowser('http://127.0.0.1:1/never-opened', {})).toBe(false);
    },
  );
});
