// Shared by the Passport examples (not shown in the docs): a loopback server whose app is attached
// later, the emulator pointed at it, the app's user records, and the unlink round trip (the user
// disconnects the app at Kakao; the emulator calls the app's webhook, which removes the user).
import { createServer } from 'node:http';
import { emulatorForApp } from './web.mjs';

/** The server (listening, no app yet), its URL, the emulator, and the app's user records. */
export async function passportDemo() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const appUrl = `http://127.0.0.1:${server.address().port}`;
  const emulator = await emulatorForApp(appUrl);
  const users = new Map(); // the app's user records, by the exact Kakao id
  const findOrCreate = (kakaoId) => users.get(kakaoId) ?? users.set(kakaoId, { kakaoId }).get(kakaoId);
  const removeUser = (kakaoId) =>
    console.log('unlinked at Kakao; removed user', kakaoId, users.delete(kakaoId));
  return { server, appUrl, emulator, users, findOrCreate, removeUser };
}

/** The user disconnects the app at Kakao; waits (bounded) until the webhook removed the user. */
export async function unlinkAtKakao({ emulator, users }, kakaoId) {
  await emulator.emulator.fetch(
    new Request(`${emulator.authUrl}/__emulator/users/disconnect`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: kakaoId }),
    }),
  );
  for (let i = 0; i < 100 && users.has(kakaoId); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  if (users.has(kakaoId)) throw new Error('the unlink webhook did not arrive');
}

export { signInThroughApp } from './web.mjs';

/** Closes the server and the emulator. */
export async function closeDemo({ server, emulator }) {
  server.closeAllConnections();
  server.close();
  await emulator.close();
}
