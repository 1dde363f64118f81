// The memory web store: bounded, but a full store never drops a still-valid session-end mark
// (a logged-out cookie must not work again because other keys filled the store).
import { describe, expect, it } from 'vitest';
import { createMemoryWebStore } from '../../src/web/index.js';

const MAX_ENTRIES = 100_000;

describe('createMemoryWebStore', () => {
  it('when full, drops the oldest other entry and keeps end marks', async () => {
    const store = createMemoryWebStore();
    await store.set('end:s:first', { at: 1 }, 3600);
    await store.set('end:u:first', { at: 1 }, 3600);
    for (let i = 0; i < MAX_ENTRIES; i++) await store.set(`cb:${i}`, { at: i }, 600);
    expect(await store.get('end:s:first')).toEqual({ at: 1 });
    expect(await store.get('end:u:first')).toEqual({ at: 1 });
    expect(await store.get('cb:0')).toBeUndefined();
    expect(await store.get('cb:1')).toBeUndefined();
    expect(await store.get(`cb:${MAX_ENTRIES - 1}`)).toEqual({ at: MAX_ENTRIES - 1 });
  });

  it('when only valid end marks remain, refuses with an error naming a shared store', async () => {
    const store = createMemoryWebStore();
    for (let i = 0; i < MAX_ENTRIES; i++) await store.set(`end:s:${i}`, { at: i }, 3600);
    await expect(store.set('s:new', { at: 0 }, 60)).rejects.toThrow(/full.*Redis/s);
    expect(await store.get('end:s:0')).toEqual({ at: 0 });
  });

  it('drops expired end marks to make room', async () => {
    let now = 0;
    const store = createMemoryWebStore(() => now);
    for (let i = 0; i < MAX_ENTRIES; i++) await store.set(`end:s:${i}`, { at: i }, 1);
    now = 2000;
    await store.set('s:new', { at: 0 }, 60);
    expect(await store.get('s:new')).toEqual({ at: 0 });
    expect(await store.get('end:s:0')).toBeUndefined();
  });
});
