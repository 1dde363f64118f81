// Launches Debian's Chromium headless through playwright-core (never a downloaded browser), with the
// flags this closed network needs.
import { type Browser, chromium } from 'playwright-core';
import { systemBinary } from './system.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** True when Chromium is installed (and throws under CI when it is not). */
export function chromiumAvailable(): boolean {
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
