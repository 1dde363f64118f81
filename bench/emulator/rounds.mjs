// Interleaved measurement rounds: every contender is warmed up once, then measured once per round
// in turn, so slow drifts of the machine hit all of them alike.
import { LOAD_DEFAULTS, measure, warmUp } from '../lib/load.mjs';

/**
 * Codes to mint for a measurement of `seconds` at `rps`: 40 % over, so the queue never runs dry
 * (if it did, the empty code would be answered 400 and the round would be invalid), and not much
 * more, so the emulator does not carry an unrealistic pile of unredeemed codes.
 */
function codesFor(rps, seconds) {
  return Math.ceil(rps * seconds * 1.4) + 1000;
}

const WARM_UP_CODES = 12_000;

async function prepare(contender, count) {
  if (contender.prepare) await contender.prepare(count);
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
    await prepare(contender, WARM_UP_CODES);
    await warmUp({ url: contender.server.url, requests: [contender.request] });
    // The warm-up's pace sizes the first batch of codes (2 s of warm-up).
    out[name] = { rounds: [], pace: contender.used ? contender.used() / 2 : 0 };
  }
  for (let round = 0; round < rounds; round++) {
    for (const [name, contender] of Object.entries(contenders)) {
      const pace = Math.max(out[name].pace, ...out[name].rounds.map((m) => m.rps));
      await prepare(contender, codesFor(pace, LOAD_DEFAULTS.duration));
      let m = await measureWithCpu(contender);
      if (!m.valid && contender.remaining?.() < 0) {
        // The harness ran out of codes (the pace was underestimated), not the server: once more
        // with twice as many. Any other invalid round stays invalid.
        console.log(`  round ${round + 1} ${name}: ran out of codes at ${m.rps} req/s, measuring again`);
        await prepare(contender, codesFor(2 * Math.max(pace, m.rps), LOAD_DEFAULTS.duration));
        m = await measureWithCpu(contender);
      }
      out[name].rounds.push(m);
      console.log(
        `  round ${round + 1} ${name}: ${m.rps} req/s p50 ${m.p50} p99 ${m.p99} cpu/req ${m.cpuUsPerRequest} µs (main thread ${m.mainThreadUsPerRequest} µs)${m.valid ? '' : ` INVALID ${JSON.stringify(m.statusCodes)} errors ${m.errors}`}`,
      );
    }
  }
  for (const [name, contender] of Object.entries(contenders)) {
    if (contender.prepare) out[name].stats = await contender.server.call({ type: 'stats' });
    delete out[name].pace;
  }
  return out;
}
