/**
 * The Node binding of the emulator: `startEmulator` and the `node:http` listener.
 *
 * @module
 */

export { nodeListener, toWebRequest, writeWebResponse } from './binding.js';
export { nodeJwsSigner } from './signer.js';
export { type RunningEmulator, type StartEmulatorOptions, startEmulator } from './start.js';
