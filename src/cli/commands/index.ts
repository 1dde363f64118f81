/**
 * Every command of the CLI, in the order `--help` lists them.
 *
 * @module
 */
import type { Command } from '../command.js';

/** The CLI's commands. */
export const COMMANDS: readonly Command[] = [];
