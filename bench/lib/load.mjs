// One place that drives load with autocannon and reduces its result to the figures we report.
import autocannon from 'autocannon';

/**
 * @param {import('autocannon').Options} options autocannon options (url, method, body, requests…)
 * @returns {Promise<{ rps: number, p50: number, p99: number, requests: number, errors: number, non2xx: number }>}
 */
export async function measure(options) {
  const result = await autocannon({ connections: 16, duration: 8, ...options });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Warms a server up (JIT, key caches) before it is measured. */
export async function warmUp(options) {
  await autocannon({ connections: 8, duration: 2, ...options });
}

/** Formats rows of `{ name, rps, p50, p99 }` with a ratio against `base` as a plain table. */
export function table(rows, base) {
  const lines = ['name                                   req/s     p50 ms   p99 ms   ratio'];
  for (const row of rows) {
    const ratio = base ? (row.rps / base.rps).toFixed(2) : '';
    lines.push(
      `${row.name.padEnd(36)} ${String(row.rps).padStart(8)} ${String(row.p50).padStart(9)} ${String(row.p99).padStart(8)}   ${ratio}`,
    );
  }
  return lines.join('\n');
}
