/**
 * Property test of §23.11 over random consent sets: every configured item shows its flag as
 * `!agreed`; data appears only for agreed items; nothing appears for unconfigured items.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_APP } from '../../../src/emulator/index.js';
import { appConfig, kapi, kapiEmulator, MINJUN, modelTokens, objectBody } from './kapi-helpers.js';

/** Scope id → [flag, data fields] in `kakao_account`. */
const FIELDS: Record<string, [string, string[]]> = {
  profile_nickname: ['profile_nickname_needs_agreement', ['profile.nickname']],
  profile_image: ['profile_image_needs_agreement', ['profile.profile_image_url']],
  account_email: ['email_needs_agreement', ['email', 'is_email_valid', 'is_email_verified']],
  name: ['name_needs_agreement', ['name']],
  gender: ['gender_needs_agreement', ['gender']],
  age_range: ['age_range_needs_agreement', ['age_range']],
  birthday: ['birthday_needs_agreement', ['birthday', 'birthday_type']],
  birthyear: ['birthyear_needs_agreement', ['birthyear']],
  phone_number: ['phone_number_needs_agreement', ['phone_number']],
};
const IDS = Object.keys(FIELDS);

function has(account: Record<string, unknown> | undefined, path: string): boolean {
  const [head, tail] = path.split('.') as [string, string | undefined];
  const value = account?.[head];
  return tail === undefined
    ? value !== undefined
    : (value as Record<string, unknown> | undefined)?.[tail] !== undefined;
}

describe('/v2/user/me follows the consent state for any configuration', () => {
  it('flags, data and absence match configured × agreed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(IDS), fc.subarray(IDS), async (configured, agreed) => {
        const items = DEFAULT_APP.consentItems.filter((item) => configured.includes(item.id));
        const emulator = await kapiEmulator({ config: appConfig({ consentItems: items }) });
        const { accessToken } = modelTokens(emulator, MINJUN, agreed);
        const me = await objectBody(await kapi(emulator, 'GET', '/v2/user/me', { token: accessToken }));
        for (const id of IDS) {
          const [flag, data] = FIELDS[id]!;
          const shown = configured.includes(id) || agreed.includes(id);
          expect(me.kakao_account?.[flag]).toBe(shown ? !agreed.includes(id) : undefined);
          for (const field of data) expect(has(me.kakao_account, field)).toBe(agreed.includes(id));
        }
      }),
      { numRuns: 60 },
    );
  });
});
