import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/cli/args/command.js';
import { parseCommandArgs, splitCommand } from '../../src/cli/args/parse.js';
import { UsageError } from '../../src/cli/errors.js';

const command: Command = {
  name: 'demo-cmd',
  summary: 'test',
  description: 'test',
  options: {
    port: { type: 'string', description: 'port' },
    'auto-login': { type: 'string', optionalValue: true, description: 'user' },
  },
  positionals: [{ name: 'ID_TOKEN', required: false, description: 'token' }],
  usesConfig: true,
  run: async () => undefined,
};

describe('splitCommand', () => {
  it('finds the command after global options and the --profile value', () => {
    expect(splitCommand(['--profile', 'work', 'me', '--json'])).toEqual({
      command: 'me',
      rest: ['--profile', 'work', '--json'],
    });
    expect(splitCommand(['--debug'])).toEqual({ command: undefined, rest: ['--debug'] });
    expect(splitCommand(['--rest-api-key', 'k', 'me']).command).toBe('me');
  });
});

describe('parseCommandArgs', () => {
  it('accepts global, setting and own options anywhere', () => {
    const { values, positionals } = parseCommandArgs(command, [
      '--json',
      'tok',
      '--port',
      '9',
      '--rest-api-key',
      'k',
      '--profile',
      'p',
    ]);
    expect(values).toMatchObject({ json: true, port: '9', 'rest-api-key': 'k', profile: 'p' });
    expect(positionals).toEqual(['tok']);
  });

  it('reads an optional-value option with and without its value', () => {
    expect(parseCommandArgs(command, ['--auto-login']).values['auto-login']).toBe('');
    expect(parseCommandArgs(command, ['--auto-login', '--port', '1']).values['auto-login']).toBe('');
    expect(parseCommandArgs(command, ['--auto-login', '42']).values['auto-login']).toBe('42');
  });

  it('rejects unknown options with a usage error naming the option and the help command', () => {
    const err = (() => {
      try {
        parseCommandArgs(command, ['--bogus']);
      } catch (e) {
        return e as UsageError;
      }
    })();
    expect(err).toBeInstanceOf(UsageError);
    expect(err?.exitCode).toBe(2);
    expect(err?.message).toBe(
      'kakao-oauth demo-cmd: unknown option --bogus. Run `kakao-oauth demo-cmd --help` for the options.',
    );
  });

  it('rejects a missing option value and extra positionals', () => {
    expect(() => parseCommandArgs(command, ['--port'])).toThrow(/option --port needs a value/);
    expect(() => parseCommandArgs(command, ['a', 'b'])).toThrow(/unexpected argument #2 \(1 character,/);
    const secret = 'SplxlOBeZQQYbYS6WxSbIA-code-0123456789';
    expect(() => parseCommandArgs(command, ['a', secret])).toThrow(/not shown in case it is a secret/);
    expect(() => parseCommandArgs(command, ['a', secret])).not.toThrow(new RegExp(secret));
  });

  it('does not accept the settings flags on commands that do not use them', () => {
    expect(() => parseCommandArgs({ ...command, usesConfig: false }, ['--rest-api-key', 'k'])).toThrow(
      UsageError,
    );
  });
});

describe('values that start with a dash', () => {
  it('reads the next argument as the value of a string option, even when it starts with "-"', () => {
    const { values } = parseCommandArgs(command, ['--port', '-5X_code', '--json']);
    expect(values).toMatchObject({ port: '-5X_code', json: true });
    expect(parseCommandArgs(command, ['--port=--x']).values.port).toBe('--x');
    expect(parseCommandArgs(command, ['--', '--port']).positionals).toEqual(['--port']);
  });
});
