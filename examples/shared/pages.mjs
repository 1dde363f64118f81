// The example apps' pages, shared so the three framework examples differ only in their wiring.
const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

const layout = (title, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}
.kakao{background:#fee500;color:#191919;padding:.6rem 1rem;border-radius:6px;text-decoration:none;display:inline-block}
form{display:inline;margin-right:.5rem}</style></head><body><main>${body}</main></body></html>`;

/** The home page: who is signed in, or the Login with Kakao button. */
export function homePage(session, basePath) {
  if (session === null) {
    return layout(
      'Example app',
      `<h1>Example app</h1><p id="status">Signed out.</p>
<p><a class="kakao" href="${basePath}/login">Login with Kakao</a></p>`,
    );
  }
  const csrf = `<input type="hidden" name="csrf" value="${escapeHtml(session.csrfToken)}">`;
  return layout(
    'Example app',
    `<h1>Example app</h1>
<p id="status">Signed in as <strong id="nickname">${escapeHtml(session.nickname ?? '')}</strong>
(Kakao user id <code id="user-id">${escapeHtml(session.userId)}</code>).</p>
<p><a href="/email">My email</a></p>
<form method="post" action="${basePath}/logout">${csrf}<button type="submit">Log out</button></form>
<form method="post" action="${basePath}/unlink">${csrf}<button type="submit">Disconnect from Kakao</button></form>`,
  );
}

/** The page that needs the account_email consent item. */
export function emailPage(session) {
  return layout(
    'My email',
    `<h1>My email</h1><p>Email: <strong id="email">${escapeHtml(session.email ?? '(not shared)')}</strong></p><p><a href="/">Home</a></p>`,
  );
}
