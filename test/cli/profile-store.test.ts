import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkProfileName,
  profilesDir,
  readProfile,
  updateProfile,
  writeProfile,
} from '../../src/cli/config/profile-store.js';
import { ConfigError } from '../../src/cli/errors.js';

const temp = () => join(mkdtempSync(join(tmpdir(), 'kakao-profiles-')), 'kakao-oauth');

describe('profile store', () => {
  it('lives under XDG_CONFIG_HOME, else ~/.config', () => {
    expect(profilesDir({ XDG_CONFIG_HOME: '/x/cfg', HOME: '/home/u' })).toBe('/x/cfg/kakao-oauth');
    expect(profilesDir({ HOME: '/home/u' })).toBe('/home/u/.config/kakao-oauth');
    expect(profilesDir({ XDG_CONFIG_HOME: 'relative', HOME: '/home/u' })).toBe('/home/u/.config/kakao-oauth');
  });

  it('writes 0600 files in a 0700 directory and reads them back', () => {
    const dir = temp();
    writeProfile(dir, 'default', { settings: { restApiKey: 'k' }, tokens: { access_token: 'a' } });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'default.json')).mode & 0o777).toBe(0o600);
    expect(readProfile(dir, 'default')).toEqual({
      settings: { restApiKey: 'k' },
      tokens: { access_token: 'a' },
    });
    expect(readdirSync(dir)).toEqual(['default.json']);
  });

  it('returns undefined for a missing profile and updates in place', () => {
    const dir = temp();
    expect(readProfile(dir, 'nope')).toBeUndefined();
    updateProfile(dir, 'p', (old) => ({ ...old, settings: { restApiKey: 'one' } }));
    updateProfile(dir, 'p', (old) => ({ ...old, tokens: { access_token: 'two' } }));
    expect(readProfile(dir, 'p')).toEqual({
      settings: { restApiKey: 'one' },
      tokens: { access_token: 'two' },
    });
  });

  it('explains a corrupt profile file instead of crashing', () => {
    const dir = temp();
    writeProfile(dir, 'bad', {});
    writeFileSync(join(dir, 'bad.json'), '{"tokens": ');
    expect(() => readProfile(dir, 'bad')).toThrow(ConfigError);
    expect(() => readProfile(dir, 'bad')).toThrow(/bad\.json cannot be used: it is not valid JSON/);
  });

  it('sets a corrupt file aside when updating, and says where it went', () => {
    const dir = temp();
    writeProfile(dir, 'bad', {});
    writeFileSync(join(dir, 'bad.json'), '{"settings": []}');
    expect(() => readProfile(dir, 'bad')).toThrow(/"settings" is an array, expected an object/);
    const kept: string[] = [];
    updateProfile(
      dir,
      'bad',
      (old) => ({ ...old, tokens: { access_token: 'new' } }),
      (_err, keptAs) => kept.push(keptAs),
    );
    expect(kept).toEqual([join(dir, 'bad.json.corrupt')]);
    expect(readProfile(dir, 'bad')).toEqual({ tokens: { access_token: 'new' } });
  });

  it('removes temporary files left by dead writers', () => {
    const dir = temp();
    writeProfile(dir, 'p', {});
    writeFileSync(join(dir, '.p.json.999999999.abcd.tmp'), 'half');
    writeProfile(dir, 'p', { settings: {} });
    expect(readdirSync(dir)).toEqual(['p.json']);
  });

  it('rejects profile names that could escape the directory', () => {
    for (const bad of ['../x', '', '.hidden', 'a/b', 'x'.repeat(65)])
      expect(() => checkProfileName(bad)).toThrow(ConfigError);
    expect(checkProfileName('work-2.prod_x')).toBe('work-2.prod_x');
  });
});
