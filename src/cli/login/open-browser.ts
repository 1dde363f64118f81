/**
 * Opening the user's browser with the platform's own launcher (`xdg-open`, `open`, or Windows' URL
 * handler), started detached, without a shell, with the URL as a single argument. The caller
 * prints the URL either way, so a machine without a browser still works.
 *
 * @module
 */
import { spawn } from 'node:child_process';

/** The launcher and its arguments for a platform. */
export function launcherFor(platform: NodeJS.Platform, url: string): [command: string, args: string[]] {
  if (platform === 'darwin') return ['open', [url]];
  // Not `cmd /c start`: cmd would read `&` and `%…%` in the URL as its own syntax. The URL handler
  // of rundll32 takes the URL as one plain argument.
  if (platform === 'win32') return ['rundll32', ['url.dll,FileProtocolHandler', url]];
  return ['xdg-open', [url]];
}

/**
 * Tries to open `url` in the default browser. Resolves false (never throws) when there is no
 * graphical session, the URL is not http(s), or the launcher cannot be started.
 *
 * @example
 * ```ts
 * declare const url: string;
 * if (!(await openBrowser(url, process.env))) console.error(`Open ${url}`);
 * ```
 */
export function openBrowser(
  url: string,
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform = process.platform,
): Promise<boolean> {
  if (!/^https?:\/\//i.test(url) || !hasGraphicalSession(env, platform)) return Promise.resolve(false);
  const [command, args] = launcherFor(platform, url);
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, detached: true, stdio: 'ignore', shell: false });
    child.once('error', () => resolve(false)); // not installed, not executable
    child.once('spawn', () => {
      child.unref(); // the browser outlives the CLI
      resolve(true);
    });
  });
}

/** On Linux and other Unixes a browser needs X11 or Wayland; without one, xdg-open may start a text browser. */
function hasGraphicalSession(env: Record<string, string | undefined>, platform: NodeJS.Platform): boolean {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
