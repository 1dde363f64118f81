/**
 * Opening the user's browser with the `open` package; the caller prints the URL either way, so a
 * machine without a browser still works.
 *
 * @module
 */
import open from 'open';

/**
 * Tries to open `url` in the default browser. Resolves false (never throws) when there is no
 * graphical session to open it in or the launcher fails.
 *
 * @example
 * ```ts
 * declare const url: string;
 * if (!(await openBrowser(url, process.env))) console.error(`Open ${url}`);
 * ```
 */
export async function openBrowser(url: string, env: Record<string, string | undefined>): Promise<boolean> {
  if (!hasGraphicalSession(env)) return false;
  try {
    const child = await open(url);
    child.on('error', () => {}); // a launcher failing after it started must not crash the CLI
    return true;
  } catch {
    return false;
  }
}

/** On Linux and other Unixes a browser needs X11 or Wayland; without one, xdg-open may start a text browser. */
function hasGraphicalSession(env: Record<string, string | undefined>): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
