/**
 * Typed reads of parsed option values, with usage errors that say which option was wrong.
 *
 * @module
 */

import { UsageError } from '../errors.js';
import type { CommandContext } from './command.js';

/** A string option's value, or undefined when absent. */
export function stringOption(ctx: CommandContext, name: string): string | undefined {
  const value = ctx.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A boolean option. */
export function flagOption(ctx: CommandContext, name: string): boolean {
  return ctx.values[name] === true;
}

/**
 * A list option: repeatable and comma- or space-separated (`--scope a,b --scope c`).
 *
 * @example
 * ```ts
 * declare const ctx: Parameters<typeof listOption>[0];
 * listOption(ctx, 'scope'); // ['profile_nickname', 'openid']
 * ```
 */
export function listOption(ctx: CommandContext, name: string): string[] | undefined {
  const raw = ctx.values[name];
  const parts = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
  const items = parts.flatMap((p) => p.split(/[\s,]+/)).filter(Boolean);
  return items.length > 0 ? items : undefined;
}

/** The longest duration a seconds option takes: one day (Node's timers stop at about 24.8 days). */
export const MAX_SECONDS = 86_400;

/** A duration in seconds (more than 0, at most {@link MAX_SECONDS}), returned in milliseconds. */
export function secondsOption(ctx: CommandContext, name: string, fallbackMs: number): number {
  const raw = stringOption(ctx, name);
  if (raw === undefined) return fallbackMs;
  const seconds = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_SECONDS) {
    throw new UsageError(
      `kakao-oauth ${ctx.command}: --${name} must be a number of seconds above 0 and at most ${MAX_SECONDS} (one day), got ${JSON.stringify(raw)}.`,
      ctx.command,
    );
  }
  return Math.max(1, Math.round(seconds * 1000));
}

/**
 * A list option whose items must come from `allowed`, checked before anything is sent.
 *
 * @throws UsageError naming the wrong item and the allowed ones.
 */
export function choiceListOption(
  ctx: CommandContext,
  name: string,
  allowed: readonly string[],
): string[] | undefined {
  const items = listOption(ctx, name);
  const wrong = items?.find((item) => !allowed.includes(item));
  if (wrong !== undefined) {
    throw new UsageError(
      `kakao-oauth ${ctx.command}: --${name} ${JSON.stringify(wrong)} is not allowed: use ${allowed.join(', ')} (comma-separated).`,
      ctx.command,
    );
  }
  return items;
}

/** A TCP port (0-65535). */
export function portOption(ctx: CommandContext, name: string): number | undefined {
  const raw = stringOption(ctx, name);
  if (raw === undefined) return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(
      `kakao-oauth ${ctx.command}: --${name} must be a port number from 0 to 65535, got ${JSON.stringify(raw)}.`,
      ctx.command,
    );
  }
  return port;
}
