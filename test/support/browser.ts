// Launches Debian's Chromium headless through playwright-core (never a downloaded browser), with the
// flags this closed network needs.
import { type Browser, chromium } from 'playwright-core';
import { systemBinary } from './system.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Always true: throws when Chromium is missing (npm test installs it first). Kept as a guard the
 * browser test files call before launching.
 */
export function chromiumAvailable(): true {
  return systemBinary(CHROMIUM_PATH, 'chromium');
}

/** Starts a headless Chromium (playwright gives it a fresh, empty profile). Close it in `afterAll`. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
