// The home page: who is signed in (read on the server with auth()), or the Login with Kakao link.
import { auth } from '../lib/auth.js';

export const dynamic = 'force-dynamic';

export default async function Home() {
  const session = await auth();
  if (session === null) {
    return (
      <>
        <h1>Example app</h1>
        <p id="status">Signed out.</p>
        <p>
          <a href="/auth/kakao/login">Login with Kakao</a>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Example app</h1>
      <p id="status">
        Signed in as <strong id="nickname">{session.nickname}</strong> (Kakao user id{' '}
        <code id="user-id">{session.userId}</code>).
      </p>
      <p>
        <a href="/email">My email</a>
      </p>
      <form method="post" action="/auth/kakao/logout">
        <input type="hidden" name="csrf" value={session.csrfToken} />
        <button type="submit">Log out</button>
      </form>
      <form method="post" action="/auth/kakao/unlink">
        <input type="hidden" name="csrf" value={session.csrfToken} />
        <button type="submit">Disconnect from Kakao</button>
      </form>
    </>
  );
}
