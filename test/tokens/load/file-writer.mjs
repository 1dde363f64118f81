// A process that writes to the file store as fast as it can, under the store's lock, until it is
// killed. Each value is large (so a torn write would show) and names its writer. Exits 3 when it
// cannot get the lock for 5 s: a lock left stuck by a killed writer (the lock TTL is a minute).
import { createFileStore } from '../../../dist/tokens/file/index.js';

const [dir, key] = process.argv.slice(2);
const store = createFileStore({ dir });
const pad = 'x'.repeat(64 * 1024);
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const deadline = Date.now() + 5_000;
  let lock = await store.lock(key, 60_000);
  while (lock === undefined) {
    if (Date.now() > deadline) process.exit(3);
    await new Promise((resolve) => setTimeout(resolve, 2));
    lock = await store.lock(key, 60_000);
  }
  const current = await store.get(key);
  await store.set(key, JSON.stringify({ writer: process.pid, i, pad }), current?.version ?? null);
  await store.unlock(key, lock);
}
