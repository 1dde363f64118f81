/**
 * The rules every TokenStore keeps, as one suite run against each store.
 */
import { describe, expect, it } from 'vitest';
import type { TokenStore } from '../../../src/tokens/index.js';

/** Runs the contract against stores made by `make` (a fresh, empty store each time). */
export function storeContract(name: string, make: () => Promise<TokenStore> | TokenStore): void {
  describe(`${name}: the TokenStore contract`, () => {
    it('get of an unknown key is undefined; set with null creates; get returns value and version', async () => {
      const store = await make();
      expect(await store.get('k')).toBeUndefined();
      const version = await store.set('k', 'v1', null);
      expect(version).toBeTypeOf('string');
      expect(await store.get('k')).toEqual({ version, value: 'v1' });
    });

    it('set writes only over the expected version; a stale writer is refused', async () => {
      const store = await make();
      const v1 = (await store.set('k', 'one', null))!;
      expect(await store.set('k', 'again', null)).toBeUndefined();
      const v2 = (await store.set('k', 'two', v1))!;
      expect(v2).not.toBe(v1);
      expect(await store.set('k', 'stale', v1)).toBeUndefined();
      expect((await store.get('k'))?.value).toBe('two');
    });

    it('of concurrent writers over one version exactly one wins', async () => {
      const store = await make();
      const v1 = (await store.set('k', 'base', null))!;
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => store.set('k', `w${i}`, v1)));
      expect(results.filter((r) => r !== undefined)).toHaveLength(1);
    });

    it('delete needs the current version; a version is never reused after a delete', async () => {
      const store = await make();
      const v1 = (await store.set('k', 'one', null))!;
      expect(await store.delete('k', 'nope')).toBe(false);
      expect(await store.delete('k', v1)).toBe(true);
      expect(await store.get('k')).toBeUndefined();
      expect(await store.delete('k', v1)).toBe(false);
      const again = (await store.set('k', 'new sign-in', null))!;
      expect(again).not.toBe(v1);
      expect(await store.set('k', 'stale', v1)).toBeUndefined();
      expect((await store.get('k'))?.value).toBe('new sign-in');
    });

    it('keys are independent and may be any string (also __proto__)', async () => {
      const store = await make();
      await store.set('__proto__', 'a', null);
      await store.set('constructor', 'b', null);
      await store.set('user:1 / ✓', 'c', null);
      expect((await store.get('__proto__'))?.value).toBe('a');
      expect((await store.get('constructor'))?.value).toBe('b');
      expect((await store.get('user:1 / ✓'))?.value).toBe('c');
      expect(await store.get('toString')).toBeUndefined();
    });

    it('the lock is exclusive, released by its token only, and expires by itself', async () => {
      const store = await make();
      const token = (await store.lock('k', 60_000))!;
      expect(token).toBeTypeOf('string');
      expect(await store.lock('k', 60_000)).toBeUndefined();
      expect(await store.lock('other', 60_000)).toBeTypeOf('string');
      await store.unlock('k', 'not the token');
      expect(await store.lock('k', 60_000)).toBeUndefined();
      await store.unlock('k', token);
      const short = (await store.lock('k', 100))!;
      expect(short).toBeTypeOf('string');
      await new Promise((resolve) => setTimeout(resolve, 200));
      const taken = (await store.lock('k', 60_000))!;
      expect(taken).toBeTypeOf('string');
      await store.unlock('k', short); // the expired holder cannot release the new holder's lock
      expect(await store.lock('k', 60_000)).toBeUndefined();
    });

    it('of concurrent lockers exactly one gets the lock', async () => {
      const store = await make();
      const tokens = await Promise.all(Array.from({ length: 10 }, () => store.lock('k', 60_000)));
      expect(tokens.filter((t) => t !== undefined)).toHaveLength(1);
    });
  });
}
