/**
 * Options shared by the commands that log in (`login`, `demo`, `url`).
 *
 * @module
 */
import type { OptionSpec } from '../args/command.js';

/** The `prompt` values Kakao accepts. */
export const PROMPT_VALUES = ['login', 'none', 'create', 'select_account'] as const;

/** `--scope`, `--prompt`, `--login-hint`. */
export const AUTHORIZE_OPTIONS: Record<string, OptionSpec> = {
  scope: {
    type: 'string',
    multiple: true,
    valueName: 'ITEMS',
    description: 'consent items to ask for, comma-separated (e.g. profile_nickname,account_email,openid)',
  },
  prompt: {
    type: 'string',
    valueName: 'VALUES',
    description: 'login, none, create or select_account (comma-separated)',
  },
  'login-hint': {
    type: 'string',
    valueName: 'ID',
    description: 'pre-fill the Kakao account ID on the login page',
  },
};

/** `--timeout`, `--no-browser`. */
export const WAIT_OPTIONS: Record<string, OptionSpec> = {
  timeout: {
    type: 'string',
    valueName: 'SECONDS',
    description: 'give up waiting for the browser after this long (default 300)',
  },
  'no-browser': { type: 'boolean', description: 'do not open a browser; only print the URL to open' },
};
