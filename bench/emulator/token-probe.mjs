// A quick probe of one contender of the token benchmark (not part of `npm run bench`): runs the
// emulator child (or the signing reference) alone for BENCH_DURATION seconds and prints req/s
// and CPU µs per request (whole process and main thread). BENCH_PROF=<dir> writes a CPU profile.
//
//   npm run build && node bench/emulator/token-probe.mjs [emulator|reference]
import { measure } from '../lib/load.mjs';
import { emulatorTokenContender, signReferenceContender } from './servers.mjs';

const which = process.argv[2] ?? 'emulator';
const duration = Number(process.env.BENCH_DURATION ?? 6);
const contender = which === 'reference' ? await signReferenceContender() : await emulatorTokenContender();
try {
  await contender.prepare?.(Math.ceil(duration * 6000));
  const cpu0 = contender.server.cpuSeconds();
  const main0 = contender.server.mainThreadCpuSeconds();
  const result = await measure({ url: contender.server.url, duration, requests: [contender.request] });
  const perRequest = (s) => Math.round((s * 1e6) / result.requests);
  console.log(which, {
    rps: result.rps,
    statusCodes: result.statusCodes,
    valid: result.valid,
    cpuUsPerRequest: perRequest(contender.server.cpuSeconds() - cpu0),
    mainThreadUsPerRequest: perRequest(contender.server.mainThreadCpuSeconds() - main0),
  });
} finally {
  await contender.server.stop();
}
