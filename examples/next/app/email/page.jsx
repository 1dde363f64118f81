// A page that needs the account_email consent item: without it, off to Kakao's additional consent.
import { redirect } from 'next/navigation';
import { auth, kakaoAuth } from '../../lib/auth.js';

export const dynamic = 'force-dynamic';

export default async function Email() {
  const session = await auth();
  if (!session?.scopes.includes('account_email')) {
    redirect(kakaoAuth().loginPath({ returnTo: '/email', scopes: ['account_email'] }));
  }
  return (
    <>
      <h1>My email</h1>
      <p>
        Email: <strong id="email">{session.email ?? '(not shared)'}</strong>
      </p>
      <p>
        <a href="/">Home</a>
      </p>
    </>
  );
}
