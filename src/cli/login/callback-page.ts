/**
 * The page the browser shows when it comes back to the CLI's loopback listener.
 *
 * @module
 */

/**
 * Renders the success or failure page (plain HTML, no scripts, nothing secret).
 *
 * @example
 * ```ts
 * callbackPage(true, 'You are logged in. You can close this tab.');
 * ```
 */
export function callbackPage(ok: boolean, message: string): string {
  const title = ok ? 'Logged in with Kakao' : 'Kakao login failed';
  const color = ok ? '#1a7f37' : '#cf222e';
  const tail = ok
    ? 'You can close this tab and return to the terminal.'
    : 'Return to the terminal for details.';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5}h1{color:${color}}</style>
</head>
<body><h1 id="result" data-ok="${ok}">${title}</h1><p id="message">${escapeHtml(message)}</p><p>${tail}</p></body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
