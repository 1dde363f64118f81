import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';

describe('package entry', () => {
  it('exposes Kakao base URLs as defaults', () => {
    expect(core.KAKAO_AUTH_URL).toBe('https://kauth.kakao.com');
    expect(core.KAKAO_API_URL).toBe('https://kapi.kakao.com');
  });
});
