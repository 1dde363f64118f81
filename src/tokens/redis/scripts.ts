/**
 * The Lua scripts that make compare-and-set, delete and unlock atomic in Redis (one key each, so
 * they also run on a cluster). Values are `<version>:<encoded set>`.
 *
 * @module
 */
import type { RedisCommands } from './client.js';

/** ARGV: expected version ('' = no entry), new version, value. Returns 1 when written. */
export const SET_IF_VERSION = `
local current = redis.call('GET', KEYS[1])
local version = ''
if current then version = string.sub(current, 1, (string.find(current, ':', 1, true) or 1) - 1) end
if version ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2] .. ':' .. ARGV[3])
return 1`;

/** ARGV: expected version. Returns 1 when deleted. */
export const DELETE_IF_VERSION = `
local current = redis.call('GET', KEYS[1])
if not current then return 0 end
if string.sub(current, 1, (string.find(current, ':', 1, true) or 1) - 1) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
return 1`;

/** ARGV: lock token. Deletes the lock only when the token still holds it. */
export const UNLOCK_IF_TOKEN = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/** Runs a script by its SHA-1 (one round trip), loading it with EVAL when Redis does not have it. */
export function scriptRunner(commands: RedisCommands) {
  const shas = new Map<string, Promise<string>>();
  return async (script: string, key: string, args: string[]): Promise<unknown> => {
    let sha = shas.get(script);
    if (sha === undefined) {
      sha = sha1Hex(script);
      shas.set(script, sha);
    }
    try {
      return await commands.send(['EVALSHA', await sha, '1', key, ...args]);
    } catch (error) {
      if (!String((error as Error)?.message).startsWith('NOSCRIPT')) throw error;
      return commands.send(['EVAL', script, '1', key, ...args]);
    }
  };
}

async function sha1Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text)));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
