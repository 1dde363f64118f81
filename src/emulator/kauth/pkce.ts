/**
 * PKCE S256 verification (spec §3.3, RFC 7636).
 *
 * @module
 */

/** base64url(SHA-256(verifier)), no padding. */
export async function s256(verifier: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  let binary = '';
  for (const b of digest) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Whether `verifier` matches the stored S256 `challenge`. Any non-empty verifier is accepted. */
export async function verifyPkce(challenge: string, verifier: string | null): Promise<boolean> {
  if (!verifier) return false;
  return (await s256(verifier)) === challenge;
}
