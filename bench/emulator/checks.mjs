// Correctness checks before the load (not measured): the emulator must answer what a client
// expects, so the benchmark measures real work. jose verifies the id_token against the JWKS.
import { createRemoteJWKSet, jwtVerify } from 'jose';

/** One code exchange over the socket: 200, an id_token that verifies, and a spent code. */
export async function checkToken(contender) {
  await contender.prepare(1);
  const { url } = contender.server;
  const { body } = contender.request.setupRequest({});
  const post = () =>
    fetch(`${url}/oauth/token`, { method: 'POST', headers: contender.request.headers, body });
  const response = await post();
  const json = await response.json();
  if (response.status !== 200 || !json.id_token || !json.access_token)
    throw new Error(`token check: ${response.status}`);
  const jwks = createRemoteJWKSet(new URL(`${url}/.well-known/jwks.json`));
  await jwtVerify(json.id_token, jwks, { issuer: url, audience: contender.server.info.clientId });
  const again = await post();
  if (again.status !== 400) throw new Error(`token check: a spent code answered ${again.status}`);
}

/** One `/v2/user/me` over the socket: 200 with the user's id as a JSON integer. Returns the body. */
export async function checkUserMe(contender) {
  const response = await fetch(`${contender.server.url}/v2/user/me`, { headers: contender.request.headers });
  const text = await response.text();
  if (response.status !== 200 || !/^\{"id":\d{16,}/.test(text))
    throw new Error(`user/me check: ${response.status}`);
  return text;
}
