// Interleaved measurement rounds: every contender is warmed up once, then measured once per round
// in turn, so slow drifts of the machine hit all of them alike.
import { LOAD_DEFAULTS, measure, warmUp } from '../lib/load.mjs';

/** Codes to mint for a measurement expected to run at `rps`: a wide margin, never run dry. */
function codesFor(rps, seconds) {
  return Math.ceil(Math.max(rps, 6000) * seconds * 1.5);
}

async function prepare(contender, rps, seconds) {
  if (contender.prepare) await contender.prepare(codesFor(rps, seconds));
}

/** CPU seconds of the server since `before` (all threads, main thread), or undefined. */
function cpuSince(server, before) {
  const all = server.cpuSeconds();
  const main = server.mainThreadCpuSeconds();
  if (all === undefined || main === undefined || !before) return undefined;
  return { all: all - before.all, main: main - before.main };
}

/**
 * A measurement plus the server's CPU time per request in µs: `cpuUsPerRequest` over all its
 * threads (signing runs on libuv's pool), `mainThreadUsPerRequest` on its JavaScript thread.
 */
async function measureWithCpu(contender) {
  const { server } = contender;
  const all = server.cpuSeconds();
  const before = all === undefined ? undefined : { all, main: server.mainThreadCpuSeconds() };
  const m = await measure({ url: server.url, requests: [contender.request] });
  const used = cpuSince(server, before);
  const perRequest = (seconds) => (m.requests ? Math.round((seconds * 1e6) / m.requests) : undefined);
  return {
    ...m,
    cpuUsPerRequest: used && perRequest(used.all),
    mainThreadUsPerRequest: used && perRequest(used.main),
  };
}

/**
 * @param {Record<string, { server: { url: string, call: Function }, request: object, prepare?: Function }>} contenders
 * @returns {Promise<Record<string, { rounds: import('../lib/load.mjs').Measurement[], stats?: object }>>}
 */
export async function measureRounds(contenders, rounds) {
  const out = {};
  for (const [name, contender] of Object.entries(contenders)) {
    await prepare(contender, 0, 2);
    await warmUp({ url: contender.server.url, requests: [contender.request] });
    out[name] = { rounds: [] };
  }
  for (let round = 0; round < rounds; round++) {
    for (const [name, contender] of Object.entries(contenders)) {
      const last = out[name].rounds.at(-1)?.rps ?? 0;
      await prepare(contender, last, LOAD_DEFAULTS.duration);
      const m = await measureWithCpu(contender);
      out[name].rounds.push(m);
      console.log(
        `  round ${round + 1} ${name}: ${m.rps} req/s p50 ${m.p50} p99 ${m.p99}${m.valid ? '' : ` INVALID ${JSON.stringify(m.statusCodes)} errors ${m.errors}`}`,
      );
    }
  }
  for (const [name, contender] of Object.entries(contenders)) {
    if (contender.prepare) out[name].stats = await contender.server.call({ type: 'stats' });
  }
  return out;
}
