/**
 * Every command of the CLI, in the order `--help` lists them.
 *
 * @module
 */
import type { Command } from '../args/command.js';
import { demoCommand } from './demo.js';
import { doctorCommand } from './doctor.js';
import { emulatorCommand } from './emulator.js';
import { infoCommand } from './info.js';
import { loginCommand } from './login.js';
import { logoutCommand } from './logout.js';
import { meCommand } from './me.js';
import { refreshCommand } from './refresh.js';
import { tokenCommand } from './token.js';
import { unlinkCommand } from './unlink.js';
import { urlCommand } from './url.js';
import { verifyCommand } from './verify.js';

/** The CLI's commands. */
export const COMMANDS: readonly Command[] = [
  loginCommand,
  tokenCommand,
  urlCommand,
  refreshCommand,
  meCommand,
  infoCommand,
  logoutCommand,
  unlinkCommand,
  verifyCommand,
  doctorCommand,
  emulatorCommand,
  demoCommand,
];
