// Verifications per second: each contender runs `workers` concurrent loops for `ms`, rounds
// interleaved (in a rotating order, with a full GC before each slot when `gc` is exposed) so
// drift, garbage and other processes hit everyone alike; the median round is kept.
// Two figures per contender: wall-clock ops/s, and ops per CPU-second of this process (user +
// system time of all its threads, crypto pool included), which other load on a shared machine
// disturbs much less.

async function round(run, workers, ms) {
  let done = 0;
  const deadline = performance.now() + ms;
  const loop = async () => {
    while (performance.now() < deadline) {
      await run();
      done++;
    }
  };
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  await Promise.all(Array.from({ length: workers }, loop));
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: (done * 1000) / wallMs, cpu: (done * 1e6) / (cpu.user + cpu.system) };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]);
}

/**
 * @param {Record<string, () => Promise<unknown>>} contenders
 * @returns {Promise<{ wall: Record<string, number>, cpu: Record<string, number> }>} medians
 */
export async function measureThroughput(contenders, { workers = 1, ms = 400, rounds = 15 } = {}) {
  const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  const entries = Object.entries(contenders);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < entries.length; i++) {
      const [name, run] = entries[(r + i) % entries.length];
      globalThis.gc?.();
      samples[name].push(await round(run, workers, ms));
    }
  }
  const pick = (key) =>
    Object.fromEntries(
      Object.entries(samples).map(([name, list]) => [name, median(list.map((s) => s[key]))]),
    );
  return { wall: pick('wall'), cpu: pick('cpu') };
}
