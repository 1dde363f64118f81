/**
 * Every command of the CLI, in the order `--help` lists them.
 *
 * @module
 */
import type { Command } from '../command.js';
import { doctorCommand } from './doctor.js';
import { loginCommand } from './login.js';
import { refreshCommand } from './refresh.js';
import { tokenCommand } from './token.js';
import { urlCommand } from './url.js';
import { verifyCommand } from './verify.js';

/** The CLI's commands. */
export const COMMANDS: readonly Command[] = [
  loginCommand,
  tokenCommand,
  urlCommand,
  refreshCommand,
  verifyCommand,
  doctorCommand,
];
