import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDotenv, readDotenv } from '../../src/cli/config/dotenv.js';

describe('parseDotenv', () => {
  it('reads plain, quoted, exported and commented assignments', () => {
    const text = [
      '# a comment',
      'KAKAO_REST_API_KEY=abc123',
      'export KAKAO_REDIRECT_URI="http://127.0.0.1:8719/callback"',
      "KAKAO_CLIENT_SECRET='s#cret value'",
      'KAKAO_AUTH_URL=http://x.test # trailing comment',
      'KAKAO_API_URL = spaced ',
      'QUOTED="a\\"b\\nc"',
      'not an assignment',
      '',
    ].join('\n');
    expect(parseDotenv(text)).toEqual({
      KAKAO_REST_API_KEY: 'abc123',
      KAKAO_REDIRECT_URI: 'http://127.0.0.1:8719/callback',
      KAKAO_CLIENT_SECRET: 's#cret value',
      KAKAO_AUTH_URL: 'http://x.test',
      KAKAO_API_URL: 'spaced',
      QUOTED: 'a"b\nc',
    });
  });

  it('lets later lines win and handles CRLF and a BOM', () => {
    expect(parseDotenv('\uFEFFA=1\r\nA=2\r\n')).toEqual({ A: '2' });
  });

  it('keeps # inside a value without a space before it', () => {
    expect(parseDotenv('A=abc#def')).toEqual({ A: 'abc#def' });
  });

  it('returns {} when the directory has no .env, and reads it when there is one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kakao-dotenv-'));
    expect(readDotenv(dir)).toEqual({});
    writeFileSync(join(dir, '.env'), 'KAKAO_REST_API_KEY=fromfile\n');
    expect(readDotenv(dir)).toEqual({ KAKAO_REST_API_KEY: 'fromfile' });
  });
});
