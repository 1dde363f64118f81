// Verifications per second: each contender runs `workers` concurrent loops for `ms`, rounds
// interleaved so drift (GC, JIT, thermal) hits everyone alike; the median round is kept.

async function round(run, workers, ms) {
  let done = 0;
  const deadline = performance.now() + ms;
  const loop = async () => {
    while (performance.now() < deadline) {
      await run();
      done++;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: workers }, loop));
  return (done * 1000) / (performance.now() - start);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * @param {Record<string, () => Promise<unknown>>} contenders
 * @returns {Promise<Record<string, number>>} median ops/s per contender
 */
export async function measureThroughput(contenders, { workers = 1, ms = 400, rounds = 15 } = {}) {
  const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, run] of Object.entries(contenders)) samples[name].push(await round(run, workers, ms));
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, values]) => [name, Math.round(median(values))]),
  );
}
