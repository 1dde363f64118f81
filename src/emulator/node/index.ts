/**
 * The Node binding of the emulator: `startEmulator` and the `node:http` listener.
 *
 * @module
 */

export { nodeListener, toWebRequest, writeWebResponse } from './binding.js';
export {
  type RunningEmulator,
  type ServerTimeouts,
  type StartEmulatorOptions,
  startEmulator,
} from './start.js';
